// The HTML report: a self-contained page (no scripts, no requests), quotes highlighted by speaker with
// a legend, reported speech underlined, removed blocks and warnings, error records, a contents list,
// and every input string escaped.
import { describe, expect, it } from "vitest";
import { htmlWriter } from "../../src/cli/html-writer.js";
import { escapeHtml, storyPage } from "../../src/cli/report-html.js";
import type { ErrorRecord } from "../../src/story.js";
import { fixtureStory, HOSTILE } from "./story-fixture.js";

const failed: ErrorRecord = {
  schemaVersion: 1,
  source: { path: "gone.txt", id: null, format: null, encoding: null, bytes: null },
  error: { code: "not_found", message: "no such file" },
};

function page(records: Parameters<ReturnType<typeof htmlWriter>["write"]>[0][], several: boolean): string {
  let out = "";
  const writer = htmlWriter((s) => (out += s), several);
  for (const [i, r] of records.entries()) writer.write(r, `input-${i + 1}.txt`);
  writer.end();
  return out;
}

describe("HTML report", () => {
  const one = storyPage(fixtureStory(), "stories/ferry.txt");

  it("is one self-contained page: inline style, no script, no external resource", () => {
    expect(one).toMatch(/^<!doctype html>/);
    expect(one).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(one).toContain("prefers-color-scheme: dark");
    expect(one).toContain("default-src 'none'");
    expect(one).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=/i);
    expect(one.match(/href="([^"#][^"]*)"/g)).toEqual(['href="https://example.org/ferry"']);
  });

  it("shows the headline, dateline, byline, credits by role, agency and dates", () => {
    expect(one).toContain("<h1>Ferry company adds night crossings</h1>");
    expect(one).toContain('<dt>Dateline</dt><dd><mark class="dl">LAKEPORT, Ore. (Newswire) —</mark>');
    expect(one).toContain("<dt>Byline</dt><dd>Ada Quill</dd>");
    expect(one).toContain('<dt>Credits</dt><dd><span class="role">editing</span> Bo Lind</dd>');
    expect(one).toContain("<dt>Agency</dt><dd>Newswire</dd>");
    expect(one).toContain("<dt>Published</dt><dd>2025-03-04</dd>");
  });

  it("highlights each quote in its speaker's colour, with a legend of speakers, descriptions and counts", () => {
    expect(one).toContain('<mark class="q s s0">We heard the nurses and the bakers loud and clear,</mark>');
    expect(one).toContain('<mark class="q s s1">There is room for one more berth,</mark>');
    expect(one).toContain('<mark class="q unnamed">Nobody asked the neighbours,</mark>');
    const legend = one.slice(
      one.indexOf('<ul class="legend"'),
      one.indexOf("</ul>", one.indexOf('<ul class="legend"')),
    );
    expect(legend).toContain(
      '<li class="s s0"><span class="swatch"></span><b><bdi>Ines Morrow</bdi></b> <span class="desc">operations chief</span> <span class="count">1 quote, 1 reported</span></li>',
    );
    expect(legend).toContain('<bdi>Tomas Keel</bdi></b> <span class="desc">Harbour master</span>');
    expect(legend).toContain('<i>unattributed</i></b> <span class="count">1 quote</span>');
  });

  it("underlines reported speech in its speaker's colour and marks the dateline in the body", () => {
    expect(one).toContain('<span class="rep s s0">The new boats would be ready by May</span>');
    expect(one).toContain('<span class="rep s s1">the quay could take the extra traffic</span>');
    expect(one).toMatch(/<div class="body"><p><mark class="dl">LAKEPORT, Ore\. \(Newswire\) —<\/mark> The ferry/);
  });

  it("puts every removed block, with its kind, struck through in a collapsible section; and the warnings", () => {
    expect(one).toContain(
      '<details><summary>Removed (2)</summary><ul><li><span class="kind">navigation</span> <s>Home | Local | Sport</s></li><li><span class="kind">promo</span> <s>Subscribe for 1 € a week</s></li></ul></details>',
    );
    const hostile = storyPage(fixtureStory(true), "x.txt");
    expect(hostile).toMatch(/<ul class="warnings"><li>⚠ <code>encoding_guessed<\/code> guessed windows-1252/);
  });

  it("escapes every string from the input: markup shows as text and runs nothing", () => {
    const html = storyPage(fixtureStory(true), `dir/${HOSTILE.img}.txt`);
    const style = html.slice(html.indexOf("<style>"), html.indexOf("</style>") + 8);
    const rest = html.replace(style, "");
    expect(html.split("</style>")).toHaveLength(2); // only our own style ends
    expect(rest).not.toMatch(/<(script|img|style)\b|<[^>]*\bonerror|href="javascript/i);
    expect(rest).toContain("&lt;script&gt;document.title=&#39;ran&#39;&lt;/script&gt;");
    expect(rest).toContain("&lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;");
    expect(rest).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(rest).toContain("<title>Ferry company adds night crossings&lt;script&gt;");
    // a URL that is not http(s) stays text
    expect(rest).toContain("<dt>URL</dt><dd>javascript:alert(1)&quot;&gt;&lt;img");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what is looked for
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it("escapes the five markup characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("makes one page of several records: a section each, errors as such, then the contents", () => {
    const html = page([fixtureStory(), failed, fixtureStory(true)], true);
    expect(html.match(/<!doctype html>/g)).toHaveLength(1);
    expect(html.match(/<\/html>/g)).toHaveLength(1);
    expect(html.match(/<article id="story-\d"/g)).toEqual([
      '<article id="story-1"',
      '<article id="story-2"',
      '<article id="story-3"',
    ]);
    expect(html).toContain(
      '<article id="story-2" class="error">\n<p class="path">input-2.txt</p>\n<h1>Not parsed</h1>\n<p><code>not_found</code>: no such file</p>',
    );
    const nav = html.slice(html.indexOf('<nav id="contents">'));
    expect(nav.indexOf("<nav")).toBeGreaterThan(html.lastIndexOf("<article") - html.indexOf('<nav id="contents">'));
    expect(nav).toContain('<li><a href="#story-1">Ferry company adds night crossings</a></li>');
    expect(nav).toContain('<li class="failed"><a href="#story-2">input-2.txt: not_found</a></li>');
    expect(html).toContain('<a href="#contents">');
  });

  it("streams: the page head and each section are written as each record arrives", () => {
    const chunks: string[] = [];
    const writer = htmlWriter((s) => chunks.push(s), true);
    writer.write(fixtureStory(), "a.txt");
    expect(chunks.join("")).toContain('<article id="story-1"');
    expect(chunks.join("")).not.toContain("</html>");
    writer.write(failed, "b.txt");
    expect(chunks.join("")).toContain('<article id="story-2" class="error"');
    writer.end();
    expect(chunks.join("")).toMatch(/<\/html>\n$/);
  });

  it("titles a one-story page with its headline and gives it no contents list", () => {
    const html = page([fixtureStory()], false);
    expect(html).toContain("<title>Ferry company adds night crossings</title>");
    expect(html).not.toContain('<nav id="contents">');
  });
});
