import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as activities from "@/modules/activities/search-text";
import * as consultants from "@/modules/consultants/search-text";

/**
 * The roster keeps a copy of IP-TAD's normaliser (the module boundary rule keeps it from
 * importing that file): both must tokenise every text alike, or a search in one finds what the
 * other does not.
 */
const SAMPLES = ["Géographiques 地理标志", "أحمد الحدّاد ـ ٢٠٢٤", "ማርያም ወልደ", "शर्मा", "Ёлка", "ĲSSEL ﬁ", "王芳 wipo知识产权", "?!", "a".repeat(300)];
const scripts = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(..."aéÀçñ ØĲ地理标志王芳أإآةىئؤـًٌٍَُِّْ٠١٢ሰላምअनिलЖЁё-_.,!?\u0301\u0308".split("")), maxLength: 40 }),
);

describe("consultants' search-text.ts", () => {
  it("is the activities' normaliser", () => {
    for (const s of SAMPLES) {
      expect(consultants.indexTokens(s), s).toEqual(activities.indexTokens(s));
      expect(consultants.queryTokens(s), s).toEqual(activities.queryTokens(s));
    }
    fc.assert(
      fc.property(scripts, (s) => {
        expect(consultants.normalize(s)).toBe(activities.normalize(s));
        expect(consultants.indexTokens(s)).toEqual(activities.indexTokens(s));
        expect(consultants.toTsquery(consultants.queryTokens(s))).toBe(activities.toTsquery(activities.queryTokens(s)));
      }),
      { numRuns: 2000 },
    );
  });
});
