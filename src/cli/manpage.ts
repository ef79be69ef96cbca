// The man page (man/wirestory.1): the program's own definitions in (description, every option the help
// shows, the sections after the options), roff out. Generated at build (scripts/man.mjs), so an option
// added to program.ts appears in the man page as it does in --help; a test checks the file is in step.
import { DESCRIPTION, HELP_AFTER, makeProgram, SUMMARY } from "./program.js";

/** Text for roff: backslashes escaped, no line read as a request, hyphens in options as minus signs. */
function roff(text: string): string {
  return text
    .replace(/\\/g, "\\e")
    .split("\n")
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join("\n");
}

const flag = (text: string) => roff(text).replace(/-/g, "\\-");

export function manPage(version: string): string {
  const program = makeProgram();
  const help = program.createHelp();
  const out: string[] = [
    `.TH WIRESTORY 1 "" "wirestory ${roff(version)}" "User Commands"`,
    ".nh",
    ".ad l",
    ".SH NAME",
    `wirestory \\- ${roff(SUMMARY.replace(/^Turn/, "turn").replace(/\.$/, ""))}`,
    ".SH SYNOPSIS",
    ".B wirestory",
    "[\\fIoptions\\fR] [\\fIinputs\\fR...]",
    ".br",
    ".B wirestory completion",
    "\\fBbash\\fR|\\fBzsh\\fR|\\fBfish\\fR",
    ".SH DESCRIPTION",
    roff(DESCRIPTION.replace(/\n/g, " ")),
    ".SH OPTIONS",
  ];
  for (const option of help.visibleOptions(program)) {
    out.push(".TP", `.B ${flag(help.optionTerm(option))}`, roff(help.optionDescription(option)));
  }
  // the sections of the help after the options, each as laid out there
  for (const section of HELP_AFTER.trim().split(/\n(?=\S)/)) {
    const [title, ...lines] = section.split("\n");
    out.push(`.SH ${roff(title.replace(/:$/, "").toUpperCase())}`, ".nf");
    out.push(...lines.filter((l, i) => l.trim() || i < lines.length - 1).map((l) => roff(l.replace(/^ {2}/, ""))));
    out.push(".fi");
  }
  out.push(".SH SEE ALSO", "\\fBjq\\fR(1)");
  return `${out.join("\n")}\n`;
}
