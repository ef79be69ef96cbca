// What the views (pretty, html) mark in a story's body: a Story in, its speakers (one colour slot
// each, in order of first appearance) and each paragraph cut into runs of plain text, quotes,
// reported speech, speaker mentions and the dateline, each run naming its speaker's slot.
import type { Quote, Reported, Story } from "../story.js";

export type MarkKind = "quote" | "reported" | "speaker" | "dateline";

export interface Speaker {
  /** The resolved speaker's name; null gathers the statements nobody is named for. */
  name: string | null;
  /** The first description the story gives with the speaker. */
  description: string | null;
  quotes: number;
  reported: number;
  /** The speaker's colour slot: 0, 1, 2… in order of first appearance; null for the unnamed. */
  slot: number | null;
}

export interface Run {
  text: string;
  /** Null for plain text. */
  kind: MarkKind | null;
  /** The speaker's slot for quotes, reported speech and speaker mentions; null otherwise. */
  slot: number | null;
}

/** The speakers of a story's quotes and reported speech, in order of first appearance. */
export function speakersOf(story: Story): Speaker[] {
  const bySpeaker = new Map<string | null, Speaker>();
  let named = 0;
  const statements: (Quote | Reported)[] = [...story.quotes, ...story.reported].sort(
    (a, b) => (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0),
  );
  for (const s of statements) {
    let speaker = bySpeaker.get(s.speaker);
    if (!speaker) {
      const slot = s.speaker === null ? null : named++;
      speaker = { name: s.speaker, description: null, quotes: 0, reported: 0, slot };
      bySpeaker.set(s.speaker, speaker);
    }
    speaker.description ??= s.speakerDescription;
    if ("partial" in s) speaker.quotes++;
    else speaker.reported++;
  }
  return [...bySpeaker.values()];
}

/** The colour slot of a statement's speaker; null when nobody is named. */
export function slotOf(speakers: readonly Speaker[], statement: Quote | Reported): number | null {
  return speakers.find((s) => s.name === statement.speaker)?.slot ?? null;
}

interface Interval {
  start: number;
  end: number;
  kind: MarkKind;
  slot: number | null;
}

/** Which mark shows where two overlap: the innermost kind wins. */
const RANK: Record<MarkKind, number> = { dateline: 0, reported: 1, quote: 2, speaker: 3 };

/** Each paragraph of the body as runs; the spans of the contract index body.text. */
export function paragraphRuns(story: Story, speakers: readonly Speaker[]): Run[][] {
  const intervals: Interval[] = [];
  const add = (span: readonly number[] | null | undefined, kind: MarkKind, slot: number | null) => {
    if (span && span[1] > span[0]) intervals.push({ start: span[0], end: span[1], kind, slot });
  };
  if (story.dateline) add(story.dateline.span, "dateline", null);
  for (const q of story.quotes) {
    const slot = slotOf(speakers, q);
    for (const span of q.spans) add(span, "quote", slot);
    add(q.speakerSpan, "speaker", slot);
  }
  for (const r of story.reported) {
    const slot = slotOf(speakers, r);
    for (const span of r.spans) add(span, "reported", slot);
    add(r.speakerSpan, "speaker", slot);
  }
  intervals.sort((a, b) => a.start - b.start);

  const runs: Run[][] = [];
  let offset = 0;
  let next = 0; // the first interval not yet opened
  const open: Interval[] = [];
  for (const paragraph of story.body.paragraphs) {
    const end = offset + paragraph.length;
    const out: Run[] = [];
    let at = offset;
    while (at < end) {
      while (next < intervals.length && intervals[next].start <= at) open.push(intervals[next++]);
      for (let i = open.length - 1; i >= 0; i--) if (open[i].end <= at) open.splice(i, 1);
      const top = open.reduce<Interval | null>(
        (best, iv) => (!best || RANK[iv.kind] > RANK[best.kind] ? iv : best),
        null,
      );
      // the run lasts until a mark opens or closes, or the paragraph ends
      let stop = end;
      if (next < intervals.length) stop = Math.min(stop, intervals[next].start);
      for (const iv of open) stop = Math.min(stop, iv.end);
      stop = Math.max(stop, at + 1);
      const text = paragraph.slice(at - offset, stop - offset);
      const last = out[out.length - 1];
      const kind = top?.kind ?? null;
      const slot = top?.slot ?? null;
      if (last && last.kind === kind && last.slot === slot) last.text += text;
      else out.push({ text, kind, slot });
      at = stop;
    }
    runs.push(out);
    offset = end + 2; // paragraphs are joined by "\n\n"
  }
  return runs;
}
