// The sign-offs that close a block of wire copy (" Reuter", "Enditem", "(END)", "-- BERNAMA", AFP
// "bur-jd/ab"), found from the block's end. Shared by the sign-off extractor, which cuts them, and the
// credits extractor, which reads the credits standing just before them.
import { SIGNOFF_CONTACT, SIGNOFF_FORMS, SIGNOFF_REACH, type SignoffForm } from "../../lexicon/signoffs.js";

export interface SignoffPiece {
  /** Offsets into the text. */
  start: number;
  end: number;
  kind: "signoff" | "signature" | "contact";
  agency: string | null;
}

const SENTENCE_END = /[.!?"'”’)\]]$/;
const MAX_PIECES = 3;

/**
 * The sign-off pieces at the end of a text, in text order; [] when it does not end with one. `final`:
 * the text is among the document's last blocks, where a bare agency name ("Reuters") signs off.
 */
export function signoffTail(text: string, final = true): SignoffPiece[] {
  const pieces: SignoffPiece[] = [];
  let end = text.trimEnd().length;
  for (let n = 0; n < MAX_PIECES && end > 0; n++) {
    const head = text.slice(0, end);
    const found = matchAtEnd(head, final);
    if (!found) break;
    const { start, form } = found;
    pieces.unshift({ start, end, kind: form.kind, agency: form.agency });
    end = text.slice(0, start).trimEnd().length;
    if (form.agency === "Yonhap" && end > 0) {
      const before = text.slice(Math.max(0, end - 120), end);
      const mail = SIGNOFF_CONTACT.exec(before);
      if (mail) {
        const at = end - before.length + mail.index;
        if (at === 0 || /\s/.test(text[at - 1])) {
          pieces.unshift({ start: at, end, kind: "contact", agency: "Yonhap" });
          end = text.slice(0, at).trimEnd().length;
        }
      }
    }
  }
  return pieces;
}

/** Where the sign-off pieces at the end of a text begin (its length when there are none). */
export function signoffStart(text: string): number {
  const pieces = signoffTail(text, false);
  return pieces.length ? pieces[0].start : text.length;
}

function matchAtEnd(head: string, final: boolean): { start: number; form: SignoffForm } | null {
  for (const form of SIGNOFF_FORMS) {
    if (form.final && !final) continue;
    if (form.alone) {
      if (head.length <= SIGNOFF_REACH && form.match.exec(head.trimStart())?.index === 0) {
        return { start: head.length - head.trimStart().length, form };
      }
      continue;
    }
    const offset = Math.max(0, head.length - SIGNOFF_REACH);
    const m = form.match.exec(head.slice(offset));
    if (!m) continue;
    const start = offset + m.index;
    if (start > 0) {
      // a space before it, or a full stop of a script written without spaces ("。（完）")
      if (!/[\s。！？」”]/u.test(head[start - 1])) continue;
      if (form.afterSentence && !SENTENCE_END.test(head.slice(0, start).trimEnd())) continue;
    }
    return { start, form };
  }
  return null;
}
