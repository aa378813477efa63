import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isExternalHref, markdownToPlainText, renderMarkdown, SCHEMA } from "./markdown";

/** The payloads of the fixture: blocks separated by a line "%%", the header comment dropped. */
export function xssCorpus(): string[] {
  const text = readFileSync(path.join(import.meta.dirname, "markdown.xss-corpus.txt"), "utf8");
  return text
    .split(/^%%$/m)
    .slice(1)
    .map((b) => b.replace(/^\n/, "").replace(/\n$/, ""))
    .filter((b) => b.trim() !== "");
}

interface Tag {
  name: string;
  attributes: { name: string; value: string }[];
}

/**
 * Every tag of rendered HTML. The renderer escapes `<` in text (as &#x3C;) and double-quotes
 * every attribute value (escaping `"` inside), so this reads the output exactly.
 */
export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes = [...m[2]!.matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)].map((a) => ({ name: a[1]!.toLowerCase(), value: a[2] ?? "" }));
    tags.push({ name: m[1]!.toLowerCase(), attributes });
  }
  return tags;
}

/** An attribute value as the browser reads it: character references decoded once, as HTML does. */
const decode = (v: string) =>
  v.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|lt|gt));?/gi, (_, h?: string, d?: string, n?: string) =>
    h ? String.fromCodePoint(parseInt(h, 16)) : d ? String.fromCodePoint(Number(d)) : ({ amp: "&", quot: '"', lt: "<", gt: ">" } as Record<string, string>)[n!.toLowerCase()]!,
  );

/** The problems of one rendering: anything that could run script or leave the schema. */
export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push("<script");
  // An event handler outside the (double-quoted, escaped) attribute values, i.e. as an attribute.
  if (/<[^>]*\son\w+\s*=/i.test(html.replace(/"[^"]*"/g, '""'))) problems.push("event handler");
  // Every `<` left in the output must open one of the tags parsed below (text is escaped).
  const opened = (html.match(/</g) ?? []).length;
  const tags = tagsOf(html);
  if (tags.length !== opened) problems.push("a `<` that is not a well-formed tag");
  const allowedTags = new Set(SCHEMA.tagNames);
  for (const tag of tags) {
    if (!allowedTags.has(tag.name)) problems.push(`element ${tag.name}`);
    const allowed = new Set([...(SCHEMA.attributes?.[tag.name] ?? []).map(String), ...(tag.name === "a" ? ["rel"] : [])]);
    for (const a of tag.attributes) {
      if (!allowed.has(a.name)) problems.push(`attribute ${tag.name}.${a.name}`);
      if (a.name === "href" || a.name === "src") {
        const url = decode(a.value).replace(/[\u0000-\u0020]/g, "").toLowerCase();
        if (/^(?:javascript|data|vbscript|file|blob):/.test(url)) problems.push(`${a.name}=${a.value}`);
        const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
        if (scheme && !["http", "https", ...(a.name === "href" ? ["mailto"] : [])].includes(scheme)) problems.push(`${a.name} scheme ${scheme}`);
      }
    }
  }
  return problems;
}

describe("renderMarkdown", () => {
  const corpus = xssCorpus();

  it("reads the whole corpus", () => {
    expect(corpus.length).toBeGreaterThan(60);
    expect(corpus).toContain("<script>alert(1)</script>");
  });

  it.each(corpus.map((p, i) => [i, p] as const))("renders payload %i inert", (_i, payload) => {
    const html = renderMarkdown(payload);
    expect(unsafeParts(html), html).toEqual([]);
  });

  it("the checker itself catches what it must (it is not blind)", () => {
    expect(unsafeParts('<a href="javascript:alert(1)">x</a>')).not.toEqual([]);
    expect(unsafeParts('<img src="x" onerror="alert(1)">')).not.toEqual([]);
    expect(unsafeParts('<a href="&#x6A;avascript:alert(1)">x</a>')).not.toEqual([]);
    expect(unsafeParts('<img src="data:image/png;base64,AAAA">')).not.toEqual([]);
    expect(unsafeParts("<iframe></iframe>")).not.toEqual([]);
    expect(unsafeParts('<p style="x">y</p>')).not.toEqual([]);
    expect(unsafeParts("<p>fine</p>")).toEqual([]);
  });

  it("keeps ordinary Markdown", () => {
    const html = renderMarkdown("# Results\n\nThe office **trained** 40 examiners in [Lima](/en/countries/PE).\n\n- one\n- two\n\n> quoted\n\n`code`");
    expect(html).toContain("<h2>Results</h2>");
    expect(html).toContain("<strong>trained</strong>");
    expect(html).toContain('<a href="/en/countries/PE">Lima</a>');
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<code>code</code>");
  });

  it("marks external links, not internal ones", () => {
    expect(renderMarkdown("[w](https://www.wipo.int/)")).toBe('<p><a href="https://www.wipo.int/" rel="noopener noreferrer nofollow">w</a></p>');
    expect(renderMarkdown("[w](//evil.example/)")).toContain('rel="noopener noreferrer nofollow"');
    expect(renderMarkdown("[m](mailto:a@example.org)")).toBe('<p><a href="mailto:a@example.org">m</a></p>');
    expect(renderMarkdown("[s](/fr/stories)")).toBe('<p><a href="/fr/stories">s</a></p>');
    expect(isExternalHref("HTTPS://x.example")).toBe(true);
    expect(isExternalHref("/x")).toBe(false);
  });

  it("drops a dangerous link's address but keeps its text", () => {
    const html = renderMarkdown("[click](javascript:alert(1))");
    expect(html).toContain("click");
    expect(html).not.toContain("javascript");
  });

  it("escapes raw HTML in text rather than running it", () => {
    expect(renderMarkdown("a < b & c")).toBe("<p>a &#x3C; b &#x26; c</p>");
    expect(renderMarkdown("   ")).toBe("");
  });

  it("gives plain text for summaries", () => {
    expect(markdownToPlainText("## Title\n\nSome *text* & [a link](https://x.example) <b>raw</b>")).toBe("Title Some text & a link raw");
  });
});
