// Reported speech: contents that a cut left short, or split in two, where the statement is one: a verb
// of thought coordinated after a clause content goes on with that content; an aside between two dashes
// sits inside the content; a relative clause's statement that closes its sentence runs past its comma; a
// short aside after a content's subject closes before the subject's verb; gerunds listed after a noun
// content stay in it; so do predicates listed after semicolons, and an "as" phrase with no verb; after a
// source set in the middle, "and it …" goes on with the statement.
// Invented sentences, each rule with a near miss that must stay as it was.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const said = (paragraph: string) => reported([paragraph]).map((r) => [r.speakerMention, r.cue, r.text]);

describe("reported speech: a verb of thought after 'and' inside a clause content", () => {
  it("keeps 'and thought …' with the content, as one statement", () => {
    expect(
      said("Varga said she closed the pier on the harbour board's advice and thought most crews would agree."),
    ).toEqual([
      ["Varga", "said", "she closed the pier on the harbour board's advice and thought most crews would agree"],
    ]);
  });

  it("still reads a speech verb after 'and' as the source's second statement", () => {
    expect(said("Varga said she closed the pier on the board's advice and insisted that the crews agreed.")).toEqual([
      ["Varga", "said", "she closed the pier on the board's advice"],
      ["Varga", "insisted", "the crews agreed"],
    ]);
  });
});

describe("reported speech: an aside between two dashes inside a content", () => {
  it("reads past a closed pair of dashes", () => {
    expect(
      said(
        "The mayor called for all crews to publish their rosters — including the night shifts — for the coming season.",
      ),
    ).toEqual([
      [
        "The mayor",
        "called for",
        "all crews to publish their rosters — including the night shifts — for the coming season",
      ],
    ]);
    expect(said("The mayor urged the pilots -- both old and new -- to sign the charter.")).toEqual([
      ["The mayor", "urged", "the pilots -- both old and new -- to sign the charter"],
    ]);
  });

  it("still ends an object at a lone dash or at a pair around the reporter's apposition", () => {
    expect(said("The mayor praised the crews — a rare gesture for her.")).toEqual([
      ["The mayor", "praised", "the crews"],
    ]);
    expect(said("The mayor praised the crews — a rare gesture for her — and left.")).toEqual([
      ["The mayor", "praised", "the crews"],
    ]);
  });
});

describe("reported speech: a relative clause's statement at the sentence's end", () => {
  it("runs past a comma that no verb follows", () => {
    expect(
      said(
        "The crews cheered the plan, said Ana Ruiz, who admitted the pier was her third choice, behind the quay, the beach and the park.",
      ),
    ).toContainEqual(["who", "admitted", "the pier was her third choice, behind the quay, the beach and the park"]);
    expect(
      said("The crews cheered, said Tom Varga, who claims to speak for the pilots, the fishers and the ferrymen."),
    ).toContainEqual(["who", "claims", "to speak for the pilots, the fishers and the ferrymen"]);
  });

  it("still ends at the comma where the main clause goes on", () => {
    expect(said("Ana Ruiz, who admitted the pier was her third choice, left the hall early.")).toEqual([
      ["who", "admitted", "the pier was her third choice"],
    ]);
  });
});

describe("reported speech: a short aside between a content's subject and its verb", () => {
  it("reads past the aside to the verb, a cue form included", () => {
    expect(said("Ruiz said his partner Tom Lee, AKA Captain Tom, posted a photo of the new boats.")).toContainEqual([
      "Ruiz",
      "said",
      "his partner Tom Lee, AKA Captain Tom, posted a photo of the new boats",
    ]);
    expect(said("Ruiz said his partner, known as the Captain, painted the boats.")).toEqual([
      ["Ruiz", "said", "his partner, known as the Captain, painted the boats"],
    ]);
  });
});

describe("reported speech: a list of gerunds in a noun-phrase content", () => {
  it("keeps the listed gerunds", () => {
    expect(said("Crews have accused Ruiz of stalling, delaying, and hiding the reports on the pier.")).toEqual([
      ["Crews", "accused", "Ruiz of stalling, delaying, and hiding the reports on the pier"],
    ]);
  });

  it("still ends the content before a participle the reporter adds", () => {
    expect(said("Crews have accused Ruiz of stalling, prompting a protest at the pier.")).toContainEqual([
      "Crews",
      "accused",
      "Ruiz of stalling",
    ]);
  });
});

describe("reported speech: predicates listed after semicolons", () => {
  it("keeps a list of the content subject's verbs together", () => {
    expect(
      said(
        "Ruiz said the crews had spoken at the hearings on the pier; helped marshal protesters for the rallies; and raised money for the fund.",
      ),
    ).toEqual([
      [
        "Ruiz",
        "said",
        "the crews had spoken at the hearings on the pier; helped marshal protesters for the rallies; and raised money for the fund",
      ],
    ]);
  });

  it("still ends the content at a semicolon before a clause or an auxiliary", () => {
    expect(said("Ruiz said the crews had left; the pier stayed shut.")).toContainEqual([
      "Ruiz",
      "said",
      "the crews had left",
    ]);
    expect(said("Ruiz said the crews had left; is the pier safe now?")).toEqual([
      ["Ruiz", "said", "the crews had left"],
    ]);
  });
});

describe("reported speech: an 'as' phrase after a noun-phrase content", () => {
  it("keeps a phrase with no verb, which names the role of what was said", () => {
    expect(said("Ruiz also pointed to the two ferry lines, as examples of routes that pay for themselves.")).toEqual([
      ["Ruiz", "pointed to", "the two ferry lines, as examples of routes that pay for themselves"],
    ]);
  });

  it("still ends the content before the reporter's 'as' clause", () => {
    expect(said("Ruiz praised the crews, as the crowd cheered.")).toEqual([["Ruiz", "praised", "the crews"]]);
    expect(said("Ruiz praised the crews, as they had worked all night.")).toEqual([["Ruiz", "praised", "the crews"]]);
  });
});

describe("reported speech: the rest of a content after a source set in its middle", () => {
  it("goes on with 'and it …', which names no speaker", () => {
    expect(
      said("The ferry was built for storms, Ruiz said on Friday, and it has sailed five times this year."),
    ).toEqual([["Ruiz", "said", "The ferry was built for storms and it has sailed five times this year"]]);
  });

  it("still leaves out 'and she …', the reporter's own clause", () => {
    expect(said("The ferry was built for storms, Ruiz said on Friday, and she left the quay.")).toEqual([
      ["Ruiz", "said", "The ferry was built for storms"],
    ]);
  });
});
