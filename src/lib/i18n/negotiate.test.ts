import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("prefers a valid cookie over the header", () => {
    expect(negotiateLocale("ar", "fr-FR,fr;q=0.9")).toBe("ar");
  });
  it("ignores an unknown cookie value", () => {
    expect(negotiateLocale("de", "es-MX,es;q=0.9")).toBe("es");
  });
  it("maps regional and script variants to the portal's locales", () => {
    expect(negotiateLocale(undefined, "zh-CN,zh;q=0.9")).toBe("zh");
    expect(negotiateLocale(undefined, "pt-BR")).toBe("pt");
    expect(negotiateLocale(undefined, "ar-EG,en;q=0.5")).toBe("ar");
  });
  it("honours quality values", () => {
    expect(negotiateLocale(undefined, "de;q=1.0, ru;q=0.8, en;q=0.5")).toBe("ru");
  });
  it("falls back to English", () => {
    expect(negotiateLocale(undefined, null)).toBe("en");
    expect(negotiateLocale(undefined, "de-DE,ja;q=0.8")).toBe("en");
    expect(negotiateLocale(undefined, "!!!,;;;q=x")).toBe("en");
  });
});
