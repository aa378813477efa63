import { expect, test, type Page } from "@playwright/test";

/** The portal's locales and the BCP 47 tag each is announced with (src/lib/i18n/locales.ts LOCALE_TAGS). */
const TAGS: Record<string, string> = { ar: "ar", zh: "zh-Hans", en: "en", fr: "fr", ru: "ru", es: "es", pt: "pt" };
const EXPECTED_HREFLANGS = [...Object.values(TAGS), "x-default"].sort();

interface HeadLinks {
  alternates: { hreflang: string; href: string }[];
  canonical: string[];
}

/** The links as written in the HTML head (raw attribute values, not resolved by the browser). */
async function headLinks(page: Page): Promise<HeadLinks> {
  return page.evaluate(() => ({
    alternates: [...document.head.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => ({
      hreflang: l.getAttribute("hreflang") ?? "",
      href: l.getAttribute("href") ?? "",
    })),
    canonical: [...document.head.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute("href") ?? ""),
  }));
}

/** "absolute" (with one origin) or "root-relative"; anything else fails the test. */
function form(href: string): "absolute" | "root-relative" {
  if (/^https?:\/\//.test(href)) return "absolute";
  expect(href, `a link is neither absolute nor root-relative: ${href}`).toMatch(/^\/(?!\/)/);
  return "root-relative";
}

const pathOf = (href: string) => (form(href) === "absolute" ? new URL(href).pathname + new URL(href).search : href);

async function expectCompleteSet(page: Page, lng: string, localPath: string): Promise<HeadLinks> {
  const links = await headLinks(page);
  const where = `/${lng}${localPath}`;
  expect(links.alternates.map((l) => l.hreflang).sort(), `hreflang set on ${where}`).toEqual(EXPECTED_HREFLANGS);
  expect(links.canonical, `one canonical on ${where}`).toHaveLength(1);
  const all = [...links.alternates.map((l) => l.href), ...links.canonical];
  // One form for every link of the page, and for absolute links one origin.
  expect(new Set(all.map(form)).size, `links on ${where} mix absolute and root-relative: ${all.join(" ")}`).toBe(1);
  if (form(all[0]!) === "absolute") expect(new Set(all.map((h) => new URL(h).origin)).size, `origins on ${where}`).toBe(1);
  const inLocale = (l: string) => `/${l}${localPath === "/" ? "" : localPath}`;
  for (const [l, tag] of Object.entries(TAGS)) {
    expect(pathOf(links.alternates.find((a) => a.hreflang === tag)!.href), `${tag} on ${where}`).toBe(inLocale(l));
  }
  expect(pathOf(links.alternates.find((a) => a.hreflang === "x-default")!.href), `x-default on ${where}`).toBe(inLocale("en"));
  expect(pathOf(links.canonical[0]!), `canonical on ${where}`).toBe(inLocale(lng));
  return links;
}

test("every public page links itself in the seven languages, x-default and a canonical, without the query", async ({ page, request }) => {
  const list = await (await request.get("/api/v1/activities?lng=en&limit=1")).json();
  const id: string = list.items[0].id;
  const pages = [
    { path: "/", query: "" },
    { path: "/activities", query: "?q=patent&sort=date" },
    { path: `/activities/${id}`, query: "" },
    { path: "/activities/statistics", query: "" },
    { path: "/countries", query: "?status=ldc" },
    { path: "/consultants", query: "" },
    { path: "/sign-in", query: "?next=%2Fen%2Faccount" },
  ];
  for (const lng of ["en", "ar", "zh"]) {
    for (const { path, query } of pages) {
      const response = await page.goto(`/${lng}${path === "/" ? "" : path}${query}`);
      expect(response?.status()).toBe(200);
      await expectCompleteSet(page, lng, path);
    }
  }
});

test("each alternate is the same page in that language, and links back with the same set", async ({ page, request }) => {
  const list = await (await request.get("/api/v1/activities?lng=en&limit=1")).json();
  for (const path of ["/countries", `/activities/${list.items[0].id}`]) {
    await page.goto(`/fr${path}`);
    const { alternates } = await expectCompleteSet(page, "fr", path);
    for (const { hreflang, href } of alternates) {
      const response = await page.goto(pathOf(href));
      expect(response?.status(), href).toBe(200);
      const lng = new URL(page.url()).pathname.split("/")[1]!;
      await expect(page.locator("html")).toHaveAttribute("lang", hreflang === "x-default" ? "en" : hreflang);
      // Reciprocal: the alternate lists the same URLs as the page that pointed to it.
      const back = await expectCompleteSet(page, lng, path);
      expect(back.alternates.map((a) => `${a.hreflang} ${a.href}`).sort()).toEqual(alternates.map((a) => `${a.hreflang} ${a.href}`).sort());
    }
  }
});
