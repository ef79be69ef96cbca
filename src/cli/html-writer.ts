// --format html: output records in, one page out on stdout. One input: a page for its story. Several:
// the page head at once, then a section per record as it completes (an error record as such), then the
// table of contents; only the contents list (a name and a headline per input) is kept in memory.
import type { Emit, Writer } from "./output.js";
import { isError } from "./records.js";
import { isRendered } from "./renderings.js";
import { pageBanner, pageFoot, pageHead, storySection, type TocEntry, tocEntry } from "./report-html.js";

export function htmlWriter(emit: Emit, several: boolean): Writer {
  const toc: TocEntry[] = [];
  return {
    rendering: null, // records come as objects: the page is made here
    write(record, name) {
      if (isRendered(record)) return;
      const id = `story-${toc.length + 1}`;
      if (toc.length === 0) {
        const title = several ? "wirestory report" : isError(record) ? name : (record.headline ?? name);
        emit(pageHead(title) + (several ? pageBanner() : ""));
      }
      emit(storySection(record, id, name));
      toc.push(tocEntry(record, id, name));
    },
    end() {
      if (toc.length === 0) emit(pageHead("wirestory report"));
      emit(pageFoot(several ? toc : []));
    },
  };
}
