// The progress line on stderr for a batch at a terminal, and the one summary line that replaces it:
//   1,204/2,400 stories · 610/s · 2 failed · ETA 2 s
//   2,400 stories: 2,398 parsed, 2 failed, 3.1 s
// Our own few lines rather than a progress library: a library would add its load time to every run,
// one-file runs included, for a single line of text. The line is redrawn at most 10 times a second, from a timer that does not
// keep the process alive; an error line first clears it.
import { terminalSafeLine } from "./terminal-safe.js";

const REDRAW_MS = 100;
const CLEAR = "\r\u001b[K";

export interface Tally {
  parsed: number;
  failed: number;
  skipped: number;
}

export class Progress {
  readonly tally: Tally = { parsed: 0, failed: 0, skipped: 0 };
  private readonly started = Date.now();
  private shown = false;
  private drawn = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: (s: string) => void,
    /** Whether the line is drawn at all (a terminal, or --progress); the summary comes with it. */
    private readonly live: boolean,
    /** The number of inputs, once known. */
    private readonly total: () => number | null,
  ) {
    if (live) {
      this.timer = setInterval(() => {
        if (Date.now() - this.drawn >= REDRAW_MS) this.draw();
      }, REDRAW_MS / 2);
      this.timer.unref();
    }
  }

  count(kind: keyof Tally): void {
    this.tally[kind]++;
    // at once the first time; then here too, in case parsing keeps the timer from firing
    if (this.live && (!this.shown || Date.now() - this.drawn >= REDRAW_MS)) this.draw();
  }

  /** A one-line message (an input's error), over the progress line. */
  message(line: string): void {
    this.clear();
    this.write(line);
  }

  /** Stops redrawing; replaces the line by the summary. */
  finish(interrupted: string | null): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.live) return;
    this.clear();
    this.write(`${interrupted ? `interrupted (${interrupted}): ` : ""}${summary(this.tally, this.seconds())}\n`);
  }

  private done(): number {
    return this.tally.parsed + this.tally.failed + this.tally.skipped;
  }

  private seconds(): number {
    return (Date.now() - this.started) / 1000;
  }

  private clear(): void {
    if (this.shown) this.write(CLEAR);
    this.shown = false;
  }

  private draw(): void {
    const done = this.done();
    const seconds = this.seconds();
    const rate = seconds > 0 ? done / seconds : 0;
    const total = this.total();
    const parts = [`${n(done)}${total !== null ? `/${n(total)}` : ""} stories`];
    if (seconds >= 0.5) parts.push(`${n(Math.round(rate))}/s`);
    if (this.tally.failed) parts.push(`${n(this.tally.failed)} failed`);
    if (this.tally.skipped) parts.push(`${n(this.tally.skipped)} skipped`);
    if (total !== null && rate > 0 && seconds >= 0.5) parts.push(`ETA ${duration((total - done) / rate)}`);
    this.write(`${CLEAR}${terminalSafeLine(parts.join(" · "))}`);
    this.shown = true;
    this.drawn = Date.now();
  }
}

/** `2,400 stories: 2,398 parsed, 2 failed, 3.1 s` */
export function summary(tally: Tally, seconds: number): string {
  const total = tally.parsed + tally.failed + tally.skipped;
  const parts = [`${n(tally.parsed)} parsed`, `${n(tally.failed)} failed`];
  if (tally.skipped) parts.push(`${n(tally.skipped)} skipped`);
  return `${n(total)} ${total === 1 ? "story" : "stories"}: ${parts.join(", ")}, ${seconds.toFixed(1)} s`;
}

function n(value: number): string {
  return value.toLocaleString("en-US");
}

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
