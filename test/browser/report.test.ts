// The HTML report in a real browser (headless Chromium, when one is installed; CHROMIUM_PATH picks one):
// the highlighted quotes and the legend are visible in the speakers' colours, nothing from the input
// runs or loads, dark mode and a phone's width work; screenshots are saved to a temporary folder
// (WIRESTORY_SCREENSHOT=path.png also saves the light one there, as docs/report.png is made).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storyPage } from "../../src/cli/report-html.js";
import { fixtureStory } from "../cli/story-fixture.js";
import { runCli, SAMPLES } from "../helpers.js";
import { Browser, findChromium, type Page } from "./chromium.js";

const chromium = findChromium();
// CI installs Chromium (.ci/run): there, its absence is a failure, not a skip
const skip = !chromium && !process.env.CI;
if (skip) console.warn("browser test skipped: no Chromium found (install chromium or set CHROMIUM_PATH)");

/** An invented story whose words try to run script, restyle the page and load an image. */
const HOSTILE_STORY = `Council votes <script>document.body.dataset.ran = "script"</script> on bridge

RIVERTON (Newswire) - The council voted on Monday to rebuild the old bridge, officials said.

"We cannot wait </style><style>body { display: none }</style> another winter," said Mayor Ana Ruiz. "The bridge is older than any of us."

A resident, Tom Hale, said the vote "\\"><img src=x onerror="document.body.dataset.ran = 'img'"> came too late".
`;

describe.skipIf(skip)("HTML report in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "wirestory-report-"));
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  let report: string;

  beforeAll(async () => {
    const hostile = join(dir, "hostile.txt");
    writeFileSync(hostile, HOSTILE_STORY);
    const r = runCli(["-f", "html", join(SAMPLES, "news-page.html"), hostile]);
    expect(r.code).toBe(0);
    report = join(dir, "report.html");
    writeFileSync(report, r.stdout);
    browser = new Browser(chromium as string);
    browser.on("Network.requestWillBeSent", (p) => requests.push(String((p.request as { url: string }).url)));
    page = await browser.open(pathToFileURL(report).href, { width: 900, height: 900 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows every highlighted quote, in the colour of its speaker in the legend", async () => {
    const quotes = await page.evaluate<{ text: string; visible: boolean; background: string; border: string }[]>(`
      [...document.querySelectorAll("#story-1 mark.q")].map((m) => {
        const r = m.getBoundingClientRect(), s = getComputedStyle(m);
        return { text: m.textContent, visible: r.width > 0 && r.height > 0 && m.checkVisibility({ visibilityProperty: true }),
                 background: s.backgroundColor, border: s.borderBottomColor };
      })`);
    expect(quotes.map((q) => q.text)).toEqual([
      "The old town is not a theme park,",
      "People live here, and they have a right to walk to the market without pushing through a crowd.",
      "a step backwards",
    ]);
    for (const q of quotes) {
      expect(q.visible).toBe(true);
      expect(q.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    }
    const legend = await page.evaluate<{ text: string; visible: boolean; swatch: string }[]>(`
      [...document.querySelectorAll("#story-1 .legend li")].map((li) => {
        const r = li.getBoundingClientRect();
        return { text: li.textContent.replace(/\\s+/g, " ").trim(), visible: r.width > 0 && r.height > 0 && li.checkVisibility(),
                 swatch: getComputedStyle(li.querySelector(".swatch")).backgroundColor };
      })`);
    // speakers in order of their first statement, quoted or reported
    expect(legend.map((l) => l.text)).toEqual([
      "Dora Matic Mayor 2 quotes, 1 reported",
      "Tour operators 1 reported",
      "A spokesman for the regional tourism board 1 quote, 2 reported",
    ]);
    expect(legend.every((l) => l.visible)).toBe(true);
    // one colour per speaker: the legend's swatch is the underline of that speaker's quotes, and they differ
    expect(quotes[0].border).toBe(legend[0].swatch);
    expect(quotes[1].border).toBe(legend[0].swatch);
    expect(quotes[2].border).toBe(legend[2].swatch);
    expect(new Set(legend.map((l) => l.swatch)).size).toBe(legend.length);
  });

  it("runs nothing from the input and loads nothing: the markup in the story is shown as text", async () => {
    const state = await page.evaluate<Record<string, unknown>>(`({
      ran: document.body.dataset.ran ?? null,
      scripts: document.scripts.length,
      images: document.images.length,
      styles: document.querySelectorAll("style").length,
      bodyShown: getComputedStyle(document.body).display !== "none",
      text: document.querySelector("#story-2").innerText,
    })`);
    expect(state).toMatchObject({ ran: null, scripts: 0, images: 0, styles: 1, bodyShown: true });
    expect(state.text).toContain('<script>document.body.dataset.ran = "script"</script>');
    expect(state.text).toContain("</style><style>body { display: none }</style>");
    expect(state.text).toContain("<img src=x onerror=");
    expect(requests).toEqual([pathToFileURL(report).href]);
  });

  it("keeps the removed blocks folded, and opens them on a click", async () => {
    const summary = await page.evaluate<{ text: string; items: number; shown: boolean }>(`({
      text: document.querySelector("#story-1 summary").textContent,
      items: document.querySelectorAll("#story-1 details li").length,
      shown: document.querySelector("#story-1 details li").checkVisibility(),
    })`);
    expect(summary.text).toMatch(/^Removed \((\d+)\)$/);
    expect(summary.items).toBe(Number(summary.text.match(/\d+/)?.[0]));
    expect(summary.shown).toBe(false);
    const after = await page.evaluate<{ shown: boolean; struck: string }>(`(() => {
      document.querySelector("#story-1 summary").click();
      const li = document.querySelector("#story-1 details li");
      return { shown: li.checkVisibility(), struck: getComputedStyle(li.querySelector("s")).textDecorationLine };
    })()`);
    expect(after.shown).toBe(true);
    expect(after.struck).toBe("line-through");
  });

  it("underlines reported speech in its speaker's colour (a hand-made story that has some)", async () => {
    const file = join(dir, "reported.html");
    writeFileSync(file, storyPage(fixtureStory(), "stories/ferry.txt"));
    const made = await browser.open(pathToFileURL(file).href, { width: 820, height: 600 });
    const found = await made.evaluate<
      { text: string; line: string; colour: string; swatch: string; shown: boolean }[]
    >(`
      [...document.querySelectorAll(".rep")].map((el) => {
        const s = getComputedStyle(el);
        const slot = [...el.classList].find((c) => /^s\\d+$/.test(c));
        const swatch = document.querySelector(".legend li." + slot + " .swatch");
        return { text: el.textContent, line: s.textDecorationLine, colour: s.textDecorationColor,
                 swatch: getComputedStyle(swatch).backgroundColor, shown: el.checkVisibility() };
      })`);
    expect(found.map((f) => f.text)).toEqual([
      "The new boats would be ready by May",
      "the quay could take the extra traffic",
    ]);
    for (const f of found) {
      expect(f).toMatchObject({ line: "underline", shown: true });
      expect(f.colour).toBe(f.swatch);
    }
    expect(found[0].colour).not.toBe(found[1].colour);
    writeFileSync(join(dir, "reported.png"), await made.screenshot());
  });

  it("saves a screenshot of a sample's report", async () => {
    const r = runCli(["-f", "html", "samples/news-page.html"]);
    const sample = join(dir, "sample.html");
    writeFileSync(sample, r.stdout);
    const png = await (await browser.open(pathToFileURL(sample).href, { width: 820, height: 600 })).screenshot();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const file = join(dir, "report.png");
    writeFileSync(file, png);
    console.info(`report screenshot: ${file}`);
    if (process.env.WIRESTORY_SCREENSHOT) copyFileSync(file, process.env.WIRESTORY_SCREENSHOT);
    expect(readFileSync(file).length).toBeGreaterThan(10_000);
  });

  it("goes dark with the system, and fits a phone's width", async () => {
    const phone = await browser.open(pathToFileURL(report).href, { width: 390, height: 800, dark: true });
    const layout = await phone.evaluate<{ background: string; overflow: number }>(`({
      background: getComputedStyle(document.body).backgroundColor,
      overflow: document.documentElement.scrollWidth - 390,
    })`);
    const [r, g, b] = (layout.background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 64); // a dark background
    expect(layout.overflow).toBeLessThanOrEqual(0); // nothing wider than the screen
    const file = join(dir, "report-phone-dark.png");
    writeFileSync(file, await phone.screenshot());
    console.info(`phone screenshot (dark): ${file}`);
  });
});
