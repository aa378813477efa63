import { describe, expect, it } from "vitest";
import { indexTokens, normalize, queryTokens, toTsquery } from "./search-text";

const finds = (doc: string, query: string) => {
  const index = new Set(indexTokens(doc));
  const q = queryTokens(query);
  return q.length > 0 && q.every((t) => index.has(t));
};

describe("search text", () => {
  it("cuts a giant token so the tsvector stays valid, and a query for it still matches", () => {
    const giant = "a".repeat(3000) + "é".repeat(3000);
    const [token] = indexTokens(giant);
    expect(Buffer.byteLength(token!, "utf8")).toBeLessThan(2048);
    expect(queryTokens(giant)).toEqual([token]);
  });

  it("ignores case and accents in Latin scripts", () => {
    expect(finds("Séminaire national sur les indications géographiques", "indications geographiques")).toBe(true);
    expect(finds("Propiedad Intelectual y Políticas", "POLITICAS")).toBe(true);
    expect(finds("Propriété intellectuelle", "propriete")).toBe(true);
  });

  it("ignores Arabic diacritics and alef, hamza and taa marbuta variants", () => {
    expect(normalize("المُؤَشِّرَات الجُغْرَافِيَّة")).toBe("الموشرات الجغرافيه");
    expect(finds("ندوة وطنية بشأن المؤشرات الجغرافية", "المُؤَشِّرات الجغرافيه")).toBe(true);
    expect(finds("إدارة الملكية الفكرية", "اداره")).toBe(true);
    expect(finds("أكاديمية الويبو", "اكاديميه")).toBe(true);
    expect(finds("مستشفى", "مستشفي")).toBe(true);
    expect(finds("تدريب ــــ متقدم", "تدريب متقدم")).toBe(true);
  });

  it("finds Chinese words inside unspaced text", () => {
    expect(finds("关于地理标志的国家研讨会", "地理标志")).toBe(true);
    expect(finds("关于地理标志的国家研讨会", "研讨会")).toBe(true);
    expect(finds("关于地理标志的国家研讨会", "专利")).toBe(false);
    expect(indexTokens("地理标志")).toEqual(["地理", "理标", "标志"]);
    expect(indexTokens("会")).toEqual(["会"]);
  });

  it("splits mixed-script runs and maps Arabic-Indic digits", () => {
    expect(indexTokens("WIPO知识产权")).toEqual(["wipo", "知识", "识产", "产权"]);
    expect(indexTokens("٢٠٢٤")).toEqual(["2024"]);
  });

  it("builds a safe tsquery", () => {
    expect(toTsquery(queryTokens("O'Brien training"))).toBe("'o' & 'brien' & 'training'");
    expect(queryTokens("!!! ...")).toEqual([]);
  });
});
