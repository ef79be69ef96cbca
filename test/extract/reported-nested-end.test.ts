// Reported speech: a cue-first statement's content ends before a second statement joined to it with its
// own source and cue ("Ruiz said the pier was safe as the union's leader said it was not"). Invented
// sentences; each test of the rule comes with the shapes it leaves alone.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a statement joined to a cue-first content", () => {
  it("ends the content before 'as' and a statement of its own", () => {
    expect(reportedCues(["Ruiz said the pier was safe as the union's leader said it was not."])).toEqual([
      "said: the pier was safe",
      "said: it was not",
    ]);
  });

  it("ends the content before 'while' and a statement of its own", () => {
    expect(reportedCues(["Ruiz said the pier was safe while Varga insisted that it was not."])).toEqual([
      "said: the pier was safe",
      "insisted: it was not",
    ]);
  });

  it("ends the content before a subject with an aside set off by commas", () => {
    expect(
      reportedCues(["Ruiz said the pier was safe and the union's leader, Tom Varga, told reporters it was not."])[0],
    ).toBe("said: the pier was safe");
  });

  it("ends the content before 'even as', the 'even' with it", () => {
    expect(reportedCues(["Ruiz said the pier was safe even as the ferry crews have argued that it was not."])[0]).toBe(
      "said: the pier was safe",
    );
  });

  it("ends the content before a phrase whose relative has its own cue", () => {
    expect(
      reportedCues(["Most skippers said the levy was fair, double the number who said the same of the tolls."]),
    ).toEqual(["said: the levy was fair", "said: the same of the tolls"]);
  });

  it("goes on past a relative clause whose subject is a noun of its own", () => {
    expect(reportedCues(["Ruiz said the pier, which officials said was safe, would reopen."])[0]).toBe(
      "said: the pier, which officials said was safe, would reopen",
    );
  });

  it("goes on past 'as' in a comparison", () => {
    expect(reportedCues(["Ruiz said the levy is the same as Varga said it would be."])[0]).toBe(
      "said: the levy is the same as Varga said it would be",
    );
  });

  it("goes on past 'as' before a noun that a cue form names", () => {
    expect(reportedCues(["Ruiz cited the surveys, such as his recent claim that the pier is safe."])[0]).toBe(
      "cited: the surveys, such as his recent claim that the pier is safe",
    );
  });

  it("goes on past 'and' that joins two names", () => {
    expect(
      reportedCues(["Ruiz said that Varga and the union's leader, Tom Baines, had spoken about the levy."])[0],
    ).toBe("said: Varga and the union's leader, Tom Baines, had spoken about the levy");
    expect(
      reportedCues([
        "Ruiz said 100 people came to the dinner and that she and Mr. Varga had spoken about the levy.",
      ])[0],
    ).toBe("said: 100 people came to the dinner and that she and Mr. Varga had spoken about the levy");
  });

  it("goes on past a joined attribution with no words of its own after its cue", () => {
    expect(reportedCues(["Ruiz said the pier was safe, as she has said before."])[0]).toBe("said: the pier was safe");
    expect(reportedCues(["Ruiz said the pier was safe as Varga had said."])[0]).toBe(
      "said: the pier was safe as Varga had said",
    );
  });

  it("goes on past a statement inside an aside set off by dashes", () => {
    expect(
      reportedCues([
        "Ruiz said the crews - who had worked hard even as Varga argued they had not - deserved a raise.",
      ])[0],
    ).toBe("said: the crews - who had worked hard even as Varga argued they had not - deserved a raise");
  });
});
