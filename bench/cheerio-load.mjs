// The reference for HTML speed: reads each page named on the command line and loads it with
// `cheerio/slim` load(), nothing more.
import { readFileSync } from "node:fs";
import { load } from "cheerio/slim";

let nodes = 0;
for (const path of process.argv.slice(2)) nodes += load(readFileSync(path, "utf8")).root().children().length;
if (nodes < 0) console.log(nodes);
