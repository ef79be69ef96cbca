// SIGINT and SIGTERM during a batch: the first stops the reading of new inputs (the run finishes the
// inputs under way, writes their records whole, and exits 130 or 143); a second one stops at once,
// after removing temporary files.
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type StopSignal = keyof typeof EXIT_CODES;

export class Interrupt {
  signal: StopSignal | null = null;
  /** Called once when a signal comes. */
  readonly listeners = new Set<() => void>();
  private readonly handlers: [StopSignal, () => void][] = [];

  constructor(onHardStop: () => void) {
    for (const signal of Object.keys(EXIT_CODES) as StopSignal[]) {
      const handler = () => {
        if (this.signal) {
          onHardStop();
          process.exit(EXIT_CODES[this.signal]);
        }
        this.signal = signal;
        for (const listener of this.listeners) listener();
      };
      process.on(signal, handler);
      this.handlers.push([signal, handler]);
    }
  }

  get exitCode(): number | null {
    return this.signal ? EXIT_CODES[this.signal] : null;
  }

  dispose(): void {
    for (const [signal, handler] of this.handlers) process.off(signal, handler);
  }
}

/** The items of a source until a stop: a pending read is not waited for once the stop comes. */
export async function* untilStopped<T>(source: AsyncIterable<T>, stop: Interrupt): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  try {
    while (!stop.signal) {
      // a promise of its own for each read: one that lived as long as the run would keep a reaction
      // for every read, and memory would grow with the stream
      let listener = () => {};
      const stopped = new Promise<null>((resolve) => {
        listener = () => resolve(null);
        stop.listeners.add(listener);
      });
      const next = await Promise.race([iterator.next(), stopped]);
      stop.listeners.delete(listener);
      if (next === null || next.done) return;
      if (stop.signal) return; // read, but after the stop: dropped
      yield next.value;
    }
  } finally {
    // a source parked on a read that never comes (an open stdin) is left behind, not awaited
    if (!stop.signal) await iterator.return?.();
  }
}
