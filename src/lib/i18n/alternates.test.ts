import { afterEach, describe, expect, it, vi } from "vitest";
import { localeAlternates, pagePath, publicOrigin } from "./alternates";

describe("localeAlternates", () => {
  it("links the same page in all seven languages, x-default in English, and the page as canonical", () => {
    expect(localeAlternates("ar", "/activities/statistics")).toEqual({
      canonical: "/ar/activities/statistics",
      languages: {
        ar: "/ar/activities/statistics",
        "zh-Hans": "/zh/activities/statistics",
        en: "/en/activities/statistics",
        fr: "/fr/activities/statistics",
        ru: "/ru/activities/statistics",
        es: "/es/activities/statistics",
        pt: "/pt/activities/statistics",
        "x-default": "/en/activities/statistics",
      },
    });
  });
  it("uses the locale root for the home page", () => {
    const { canonical, languages } = localeAlternates("zh", "/");
    expect(canonical).toBe("/zh");
    expect(languages["zh-Hans"]).toBe("/zh");
    expect(languages["x-default"]).toBe("/en");
  });
  it("drops the query and fragment", () => {
    expect(localeAlternates("fr", "/countries?status=ldc#list").canonical).toBe("/fr/countries");
  });
});

describe("pagePath", () => {
  it("keeps a local path, drops a trailing slash, refuses what is not a local path", () => {
    expect(pagePath("/activities/")).toBe("/activities");
    expect(pagePath("")).toBe("/");
    expect(pagePath("//evil.example/x")).toBe("/");
    expect(pagePath("https://evil.example/")).toBe("/");
  });
});

describe("publicOrigin", () => {
  afterEach(() => vi.unstubAllEnvs());
  it("is PUBLIC_URL's origin, else NEXTAUTH_URL's, else localhost", () => {
    vi.stubEnv("PUBLIC_URL", "https://portal.example.org/some/path");
    expect(publicOrigin().href).toBe("https://portal.example.org/");
    vi.stubEnv("PUBLIC_URL", undefined);
    vi.stubEnv("NEXTAUTH_URL", "http://127.0.0.1:3100");
    expect(publicOrigin().href).toBe("http://127.0.0.1:3100/");
    vi.stubEnv("NEXTAUTH_URL", undefined);
    vi.stubEnv("PORT", "4000");
    expect(publicOrigin().href).toBe("http://localhost:4000/");
  });
});
