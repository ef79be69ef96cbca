// A hand-made Story for the view tests: two named speakers with quotes and reported speech, one
// unattributed quote, a dateline, credits, removed blocks and a warning. Spans are found in the body
// text, so the fixture stays right if a paragraph is edited. `hostile` puts markup and terminal
// controls into every string a view shows.
import type { Quote, Reported, Story } from "../../src/story.js";

export const HOSTILE = {
  script: "<script>document.title='ran'</script>",
  style: "</style><style>body{display:none}</style>",
  img: '"><img src=x onerror=alert(1)>',
  terminal: "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e",
};

const P = [
  "LAKEPORT, Ore. (Newswire) — The ferry company said on Tuesday it would add two night crossings from June, after a year of complaints from late-shift workers.",
  '"We heard the nurses and the bakers loud and clear," said Ines Morrow, the company\'s operations chief. The new boats would be ready by May, Morrow said.',
  'Harbour master Tomas Keel said the quay could take the extra traffic. "There is room for one more berth," he said. 港口将增加夜间航班。',
  '"Nobody asked the neighbours," one resident said.',
];

function span(body: string, text: string, from = 0): [number, number] {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: ${text} not in body`);
  return [start, start + text.length];
}

export function fixtureStory(hostile = false): Story {
  const h = (s: string) => (hostile ? `${s}${HOSTILE.script}${HOSTILE.terminal}` : s);
  const paragraphs = hostile ? [...P, `${HOSTILE.script} ${HOSTILE.style} ${HOSTILE.img} ${HOSTILE.terminal}`] : P;
  const text = paragraphs.join("\n\n");
  const quote = (
    q: string,
    speaker: string | null,
    mention: string | null,
    cue: string,
    desc: string | null,
  ): Quote => ({
    text: q,
    speaker: speaker && h(speaker),
    speakerMention: mention,
    speakerDescription: desc && h(desc),
    cue,
    partial: false,
    spans: [span(text, q)],
    speakerSpan: mention ? span(text, mention, span(text, q)[1]) : null,
    cueSpan: null,
  });
  /** `before`: the mention stands before the reported words ("Keel said the quay…"), else after them. */
  const reported = (r: string, speaker: string, mention: string, before: boolean): Reported => ({
    text: r,
    speaker: h(speaker),
    speakerMention: mention,
    speakerDescription: null,
    cue: "said",
    spans: [span(text, r)],
    speakerSpan: span(text, mention, before ? text.lastIndexOf("\n", span(text, r)[0]) + 1 : span(text, r)[1]),
    cueSpan: null,
  });
  return {
    schemaVersion: 1,
    source: { path: h("stories/ferry.txt"), id: null, format: "text", encoding: "utf-8", bytes: text.length },
    meta: null,
    headline: h("Ferry company adds night crossings"),
    published: "2025-03-04",
    modified: null,
    section: h("Local"),
    language: "en",
    canonicalUrl: hostile ? `javascript:alert(1)${HOSTILE.img}` : "https://example.org/ferry",
    siteName: null,
    agency: h("Newswire"),
    byline: { raw: h("By Ada Quill"), authors: [h("Ada Quill")] },
    dateline: {
      raw: "LAKEPORT, Ore. (Newswire) —",
      location: "LAKEPORT, Ore.",
      date: null,
      isoDate: null,
      agency: "Newswire",
      span: span(text, "LAKEPORT, Ore. (Newswire) —"),
    },
    credits: { raw: h("(Editing by Bo Lind)"), roles: { editing: [h("Bo Lind")] } },
    quotes: [
      quote(
        "We heard the nurses and the bakers loud and clear,",
        "Ines Morrow",
        "Ines Morrow",
        "said",
        "operations chief",
      ),
      quote("There is room for one more berth,", "Tomas Keel", null, "said", "Harbour master"),
      quote("Nobody asked the neighbours,", null, null, "said", null),
    ],
    reported: [
      reported("The new boats would be ready by May", "Ines Morrow", "Morrow", false),
      reported("the quay could take the extra traffic", "Tomas Keel", "Tomas Keel", true),
    ],
    body: { text, paragraphs },
    removed: [
      { kind: "navigation", text: h("Home | Local | Sport") },
      { kind: "promo", text: h("Subscribe for 1 € a week") },
    ],
    warnings: hostile ? [{ code: "encoding_guessed", message: h("guessed windows-1252") }] : [],
  };
}
