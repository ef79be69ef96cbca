// Reported speech boundaries: where the content of a statement starts and ends. Invented sentences,
// one rule per test, each with the case the rule leaves alone.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: where a content ends", () => {
  it("goes on past ', but that …' and ', but rather …': the same statement continues", () => {
    expect(texts(["Marsh said the pier was old, but that the council would mend it."])).toEqual([
      "the pier was old, but that the council would mend it",
    ]);
    expect(texts(["Varga said the ferry would not close, but rather run twice a day."])).toEqual([
      "the ferry would not close, but rather run twice a day",
    ]);
    // a contrast the reporter adds still ends the content
    expect(texts(["Marsh said the pier was old, but the council has no money to mend it."])).toEqual([
      "the pier was old",
    ]);
  });

  it("goes on past 'and' with a bare verb: it is the content's own, not a second statement", () => {
    const said = extractAttributions(["Marsh said she would visit the pier and tell the crews to leave."], "en")
      .reported.filter((r) => r.cue === "said")
      .map((r) => r.text);
    expect(said).toEqual(["she would visit the pier and tell the crews to leave"]);
    // a verb in the cue's own tense is the same source's second statement
    expect(texts(["Marsh said the pier was safe and warned that the tide was rising."])).toEqual([
      "the pier was safe",
      "the tide was rising",
    ]);
  });

  it("ends the object of a cue at a dash that sets off the reporter's comment", () => {
    expect(texts(["The dockers' union endorsed Varga — a rare step for a union that rarely picks sides."])).toEqual([
      "Varga",
    ]);
    expect(texts(["The dockers' union endorsed Varga -- a rare step for the union."])).toEqual(["Varga"]);
    // a hyphen inside a word is no dash
    expect(texts(["The dockers' union endorsed the low-fare plan of the ferry line."])).toEqual([
      "the low-fare plan of the ferry line",
    ]);
  });
  it("ends the object of a cue before the reporter's apposition to it", () => {
    expect(texts(["Varga railed against the toll plan, a levy the council passed in May."])).toEqual(["the toll plan"]);
    // a list goes on with the object; a clause content keeps an apposition closed by a comma
    expect(texts(["Varga criticized the tolls, the levies and the fares."])).toEqual([
      "the tolls, the levies and the fares",
    ]);
    expect(texts(["Varga said the council passed the levy, a tax on every boat, in May."])).toEqual([
      "the council passed the levy, a tax on every boat, in May",
    ]);
  });

  it("ends the object of a cue before a time that opens a phrase, not a time inside the object", () => {
    expect(texts(["The dockers' union endorsed Varga last week at its hall."])).toEqual(["Varga"]);
    // (a reason after the time goes on with the object: reported-reason-after-time.test.ts)
    expect(texts(["Marsh praised the ferry crews on Friday at the quay."])).toEqual(["the ferry crews"]);
    expect(texts(["Marsh praised the ferry crews yesterday."])).toEqual(["the ferry crews"]);
    expect(texts(["The dockers' union endorsed Varga Tuesday."])).toEqual(["Varga"]);
    // "the past decade", "in the past": the time belongs to the object
    expect(texts(["Marsh criticized the levies of the past decade."])).toEqual(["the levies of the past decade"]);
    expect(texts(["Marsh praised the crews for their work in the past."])).toEqual([
      "the crews for their work in the past",
    ]);
  });

  it("ends the object of a cue before the setting it was said in", () => {
    expect(texts(["Marsh praised the ferry crews in a speech to the harbour board."])).toEqual(["the ferry crews"]);
    expect(texts(["Varga criticized the new tolls at a rally in Leith."])).toEqual(["the new tolls"]);
    // a place that is no setting stays with the object
    expect(texts(["Varga criticized the new tolls in the harbour."])).toEqual(["the new tolls in the harbour"]);
  });
});

describe("reported speech: a content cut by its attribution", () => {
  it("takes the rest after the source when it opens with a capital", () => {
    expect(texts(["Worse than any toll, Marsh said, Varga's levy would hurt the crews."])).toEqual([
      "Worse than any toll Varga's levy would hurt the crews",
    ]);
  });

  it("takes the rest after the source from past its 'that'", () => {
    expect(texts(["It is no surprise, Marsh said, that the ferry line raised its fares."])).toEqual([
      "It is no surprise the ferry line raised its fares",
    ]);
  });

  it("leaves a new clause after the source to the reporter", () => {
    expect(texts(["The pier is safe, Marsh said, and she left the quay."])).toEqual(["The pier is safe"]);
    // a reason after the source is the source's own: the statement runs on to the sentence's end
    expect(texts(["The pier is safe, Marsh said, because divers checked it."])).toEqual([
      "The pier is safe because divers checked it",
    ]);
  });

  it("goes on after an 'according to' source whose comma the content resumes at", () => {
    const one = (text: string) => extractAttributions([text], "en").reported.map((r) => [r.text, r.speakerMention]);
    expect(one("The new levy, according to harbour officials, would cost the crews dearly.")).toEqual([
      ["The new levy would cost the crews dearly", "harbour officials"],
    ]);
    // an apposition to the source is no content; a relative clause stays with the source
    expect(one("The real trouble, according to Tom Varga, a former pilot, was the tide.")).toEqual([
      ["The real trouble was the tide", "Tom Varga"],
    ]);
    expect(one("The levy will pass, according to officials, who spoke on condition of anonymity.")).toEqual([
      ["The levy will pass", "officials"],
    ]);
  });

  it("leaves out an aside in brackets the reporter adds, but keeps a short bracket", () => {
    expect(texts(["Marsh said the levy (which the council passed in May) would hurt the crews."])).toEqual([
      "the levy would hurt the crews",
    ]);
    expect(texts(["Marsh said Sen. Ana Ruiz (D-Ohio) would back the levy."])).toEqual([
      "Sen. Ana Ruiz (D-Ohio) would back the levy",
    ]);
  });
});
