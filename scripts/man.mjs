// Writes man/wirestory.1 from the built program (dist/manpage.js), so the man page says what --help says.
import { readFileSync, writeFileSync } from "node:fs";
import { manPage } from "../dist/manpage.js";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));
writeFileSync("man/wirestory.1", manPage(version));
