// Invented wire stories for the benchmark, built from templates with a seeded random source, so every
// run parses the same inputs. Stories -> plain text (wire copy) or an HTML page around the same story.

const CITIES = [
  ["ALDERBROOK", "Ore."],
  ["KESTREL BAY", "Maine"],
  ["PORT MIRELLE", ""],
  ["VANTOR", "N.M."],
  ["HOLLOWAY", "Ky."],
  ["SANTA ILVA", ""],
  ["BRANNOCK", "Mont."],
  ["TEVERLY", "Ga."],
];
const AGENCIES = [
  ["AP", "Associated Press"],
  ["Reuters", "Reuters"],
  ["AFP", "Agence France-Presse"],
];
const FIRST = ["Dana", "Milo", "Priya", "Tomas", "Hedda", "Rafael", "June", "Osei", "Lena", "Viktor", "Ines", "Caleb"];
const LAST = [
  "Okafor",
  "Lindqvist",
  "Marsh",
  "Duarte",
  "Kowal",
  "Brightwater",
  "Ferreira",
  "Nakamura",
  "Holt",
  "Abara",
];
const ROLES = [
  "the mayor",
  "a city spokeswoman",
  "the fire chief",
  "the council chair",
  "a union leader",
  "the director",
];
const SUBJECTS = [
  "The county council",
  "The regional water board",
  "A local ferry operator",
  "The school district",
  "State officials",
  "The harbour authority",
];
const ACTS = [
  "voted to delay the new bridge toll until the spring",
  "said it would repair the flooded pumping station within a month",
  "announced plans to hire forty more drivers before winter",
  "agreed to keep the old library open on weekends",
  "warned that road works would close the main street for two weeks",
  "approved a budget that raises spending on parks by 4 percent",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const QUOTES = [
  "We are not going to rush this, and we owe people a clear answer",
  "Nobody wanted this outcome, but the numbers left us little choice",
  "It has been a long week for everyone who works here",
  "We will keep the doors open for as long as we can",
  "The repairs will take time, and we ask for patience",
  "This is the best deal we could get for the town",
];
const FILLER = [
  "Residents packed the meeting hall, and several speakers asked for more notice before changes of this kind.",
  "The plan still needs approval from the state, which is expected to rule on it next month.",
  "Officials said the cost would be shared between the county and two neighbouring towns.",
  "Local businesses said the delay would give them time to prepare for the busy season.",
  "A report published last year found that traffic on the route had doubled in a decade.",
  "The decision follows months of talks between the two sides, according to people familiar with them.",
];

/** A seeded random source (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

/** One story as parts: headline, byline, dateline lead and body paragraphs. */
export function storyParts(rnd, paragraphs = 5) {
  const [city, region] = pick(rnd, CITIES);
  const [tag, agency] = pick(rnd, AGENCIES);
  const reporter = `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
  const speaker = `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
  const surname = speaker.split(" ")[1];
  const subject = pick(rnd, SUBJECTS);
  const act = pick(rnd, ACTS);
  const day = pick(rnd, DAYS);
  const place = region ? `${city}, ${region}` : city;
  const lead = `${place} (${tag}) — ${subject} ${act} on ${day}, ${pick(rnd, ROLES)} said.`;
  const body = [
    `${speaker}, who leads the project, said the work had been planned for more than a year.`,
    `"${pick(rnd, QUOTES)}," ${surname} said. "${pick(rnd, QUOTES)}."`,
  ];
  for (let i = 2; i < paragraphs; i++) body.push(pick(rnd, FILLER));
  return {
    headline: `${subject} ${act.split(" ").slice(0, 6).join(" ")}`,
    byline: `By ${reporter.toUpperCase()} ${agency}`,
    lead,
    body,
    credit: `${agency} writer ${pick(rnd, FIRST)} ${pick(rnd, LAST)} contributed to this report.`,
  };
}

export function storyText(parts) {
  return `${parts.headline}\n${parts.byline}\n\n${[parts.lead, ...parts.body].join("\n\n")}\n\n___\n\n${parts.credit}\n`;
}

export function storyHtml(parts, rnd) {
  const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/section/${i}">${pick(rnd, SUBJECTS)}</a></li>`);
  const related = Array.from(
    { length: 6 },
    (_, i) => `<li><a href="/story/${i}">${pick(rnd, SUBJECTS)} ${pick(rnd, ACTS)}</a></li>`,
  );
  const paragraphs = [parts.lead, ...parts.body, parts.credit].map((p) => `<p>${escapeHtml(p)}</p>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(parts.headline)} | The Daily Ledger</title>
<meta property="og:title" content="${escapeHtml(parts.headline)}">
<meta property="article:published_time" content="2024-05-14T09:30:00Z">
<meta name="description" content="${escapeHtml(parts.lead)}">
<link rel="canonical" href="https://ledger.example/story/1">
<style>.nav{display:flex}.ad{height:250px}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>
</head><body>
<header class="site-header"><div class="logo"><a href="/">The Daily Ledger</a></div>
<nav class="nav main-menu"><ul>${links.join("")}</ul></nav></header>
<div class="ad ad-top" aria-hidden="true"><span>Advertisement</span></div>
<main><article class="story">
<h1 class="headline">${escapeHtml(parts.headline)}</h1>
<div class="byline"><span class="author">${escapeHtml(parts.byline)}</span> <time datetime="2024-05-14">May 14, 2024</time></div>
<figure><img src="/img/1.jpg" alt="photo"><figcaption>A file photo of the harbour. Photo: Ledger staff</figcaption></figure>
<div class="story-body">${paragraphs.join("\n")}</div>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
</article>
<aside class="related"><h2>Related stories</h2><ul>${related.join("")}</ul></aside></main>
<footer class="site-footer"><p>© 2024 The Daily Ledger. All rights reserved.</p><ul>${links.slice(0, 5).join("")}</ul></footer>
<script src="/js/app.js"></script>
</body></html>
`;
}

function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
