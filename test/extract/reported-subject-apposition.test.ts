// Reported speech: an apposition or a relative clause set off on the subject of a content ("said the
// harbour master, a Green, signed the order", "…, who is a Green, signed …") does not end the content,
// and the comma after it opens no inverted attribution (", signed the order" read as ", wrote Ruiz"
// made "the order" a source). Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples } from "./helpers.js";

describe("reported speech: an apposition on the content's subject", () => {
  it("keeps the subject's verb in the content after a cue that may end a content", () => {
    const got = reportedTriples(["Ruiz said the harbour master, a Green, wrote the new rules."]);
    expect(got[0]).toEqual(["the harbour master, a Green, wrote the new rules", "Ruiz", "said"]);
    expect(got.some(([, source]) => source === "the new rules")).toBe(false);
  });

  it("does so after 'that' and a name", () => {
    const got = reportedTriples(["Ruiz said that Varga, an engineer, wrote the new rules."]);
    expect(got[0]).toEqual(["Varga, an engineer, wrote the new rules", "Ruiz", "said"]);
  });

  it("does so after a relative clause set off on the subject", () => {
    const got = reportedTriples(["Ruiz said the harbour master, who is a Green, wrote the new rules."]);
    expect(got[0]).toEqual(["the harbour master, who is a Green, wrote the new rules", "Ruiz", "said"]);
    expect(got.some(([, source]) => source === "the new rules")).toBe(false);
  });

  it("still reads an inverted cue after a whole clause", () => {
    expect(reportedTriples(["The levy is dead, wrote Varga, an engineer."])).toEqual([
      ["The levy is dead", "Varga", "wrote"],
    ]);
  });
});
