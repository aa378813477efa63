/** The XSS corpus of the Markdown renderer and the checker of its output (src/lib/markdown.test.ts, the stories' integration tests). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { SCHEMA } from "@/lib/markdown";

/** The payloads of the fixture: blocks separated by a line "%%", the header comment dropped. */
export function xssCorpus(): string[] {
  const text = readFileSync(path.join(import.meta.dirname, "../../src/lib/markdown.xss-corpus.txt"), "utf8");
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

