import { describe, expect, it } from "vitest";
import { opensWithRolePhrase } from "../../src/extract/credit-parse.js";

describe("opensWithRolePhrase", () => {
  it("reads role phrases that open with a lead, additional or role word, a typo of one, or a bare By", () => {
    for (const text of [
      "Reporting by Ana Vell in Norbury; Editing by Tom Grail",
      "With additional reporting by Ana Vell",
      "Additional reporting and writing by Ana Vell",
      "Reportng by Ana Vell",
      "Fact checking by Ana Vell",
      "By Ana Vell",
      "(Editing by Tom Grail)",
      "Research by Ana Vell",
      "Design and research by Ana Vell",
    ]) {
      expect(opensWithRolePhrase(text), text).toBe(true);
    }
  });

  it("reads no role phrase in prose, even with a by further on", () => {
    for (const text of [
      "The mayor of Norbury said on Tuesday the bridge would reopen by June.",
      "Óscar Vell was hired by the council",
      "Stand by me",
      "",
      "2024 was a year of floods in the valley by the river",
    ]) {
      expect(opensWithRolePhrase(text), text).toBe(false);
    }
  });
});
