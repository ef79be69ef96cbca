// A headless Chromium driven over the DevTools protocol through a pipe (--remote-debugging-pipe: commands
// in on fd 3, replies and events out on fd 4, each a JSON message ended by a NUL byte), so the browser
// test needs no driver package. Used only by tests; findChromium() says null when none is installed.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

const CANDIDATES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

/** The path of a Chromium to drive: CHROMIUM_PATH, else the first candidate on PATH; null when none. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const name of CANDIDATES) {
    const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

interface Message {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export class Browser {
  private readonly child: ChildProcess;
  private readonly input: Writable;
  private readonly profile: string;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private readonly waiters: { method: string; sessionId?: string; resolve: (m: Message) => void }[] = [];
  private readonly listeners: { method: string; listener: (params: Record<string, unknown>) => void }[] = [];
  private buffer = "";

  constructor(executable: string) {
    this.profile = mkdtempSync(join(tmpdir(), "wirestory-chromium-"));
    this.child = spawn(
      executable,
      [
        "--headless",
        "--remote-debugging-pipe",
        "--no-sandbox", // containers and CI run as root
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        `--user-data-dir=${this.profile}`,
        "about:blank",
      ],
      { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
    );
    this.input = this.child.stdio[3] as Writable;
    (this.child.stdio[4] as Readable).on("data", (chunk: Buffer) => this.receive(chunk.toString("utf8")));
    this.child.on("exit", () => {
      for (const { reject } of this.pending.values()) reject(new Error("chromium exited"));
      this.pending.clear();
    });
  }

  private receive(text: string): void {
    this.buffer += text;
    let end = this.buffer.indexOf("\0");
    while (end >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end)) as Message;
      this.buffer = this.buffer.slice(end + 1);
      end = this.buffer.indexOf("\0");
      if (message.id !== undefined) {
        const call = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) call?.reject(new Error(message.error.message));
        else call?.resolve(message);
        continue;
      }
      for (const l of this.listeners) if (l.method === message.method) l.listener(message.params ?? {});
      const i = this.waiters.findIndex(
        (w) => w.method === message.method && (w.sessionId === undefined || w.sessionId === message.sessionId),
      );
      if (i >= 0) this.waiters.splice(i, 1)[0].resolve(message);
    }
  }

  /** Sends one DevTools command (to a page when sessionId is given) and returns its result. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (m) => resolve(m.result ?? {}), reject });
      this.input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  /** The next event of this name (on that page). */
  event(method: string, sessionId?: string): Promise<Message> {
    return new Promise((resolve) => this.waiters.push({ method, sessionId, resolve }));
  }

  /** Calls `listener` with the parameters of every event of this name, from any page. */
  on(method: string, listener: (params: Record<string, unknown>) => void): void {
    this.listeners.push({ method, listener });
  }

  /** Opens a page of the given size and light or dark preference, loads the URL, and returns the page. */
  async open(url: string, options: { width: number; height: number; dark?: boolean }): Promise<Page> {
    const { targetId } = await this.send("Target.createTarget", { url: "about:blank" });
    const { sessionId } = (await this.send("Target.attachToTarget", { targetId, flatten: true })) as {
      sessionId: string;
    };
    await this.send("Page.enable", {}, sessionId);
    await this.send("Network.enable", {}, sessionId);
    await this.send(
      "Emulation.setDeviceMetricsOverride",
      { width: options.width, height: options.height, deviceScaleFactor: 1, mobile: false },
      sessionId,
    );
    await this.send(
      "Emulation.setEmulatedMedia",
      { features: [{ name: "prefers-color-scheme", value: options.dark ? "dark" : "light" }] },
      sessionId,
    );
    const loaded = this.event("Page.loadEventFired", sessionId);
    await this.send("Page.navigate", { url }, sessionId);
    await loaded;
    return new Page(this, sessionId);
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.send("Browser.close").catch(() => {});
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export class Page {
  constructor(
    private readonly browser: Browser,
    private readonly sessionId: string,
  ) {}

  /** The value of a JavaScript expression evaluated by the test in the page (not by the page itself). */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = (await this.browser.send(
      "Runtime.evaluate",
      { expression, returnByValue: true },
      this.sessionId,
    )) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(`evaluate: ${exceptionDetails.text}`);
    return result.value;
  }

  /** A PNG of the whole page, as long as its content. */
  async screenshot(): Promise<Buffer> {
    const { cssContentSize, cssLayoutViewport } = (await this.browser.send(
      "Page.getLayoutMetrics",
      {},
      this.sessionId,
    )) as { cssContentSize: { height: number }; cssLayoutViewport: { clientWidth: number } };
    const clip = {
      x: 0,
      y: 0,
      width: cssLayoutViewport.clientWidth,
      height: Math.ceil(cssContentSize.height),
      scale: 1,
    };
    const { data } = (await this.browser.send(
      "Page.captureScreenshot",
      { format: "png", captureBeyondViewport: true, clip },
      this.sessionId,
    )) as { data: string };
    return Buffer.from(data, "base64");
  }
}
