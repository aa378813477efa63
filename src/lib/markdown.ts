import rehypeSanitize, { type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/** The few hast shapes the two small plugins below touch. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function eachElement(node: HastNode, fn: (el: HastNode & { tagName: string; properties: Record<string, unknown> }) => void): void {
  if (node.type === "element" && node.tagName) fn(node as HastNode & { tagName: string; properties: Record<string, unknown> });
  for (const child of node.children ?? []) eachElement(child, fn);
}

/**
 * The portal's one Markdown renderer for text people write (success stories, later the
 * content pages): CommonMark through unified → remark-parse → remark-rehype → rehype-sanitize
 * → rehype-stringify. What it promises (docs/STORIES.md, "Sanitiser"; tested against the XSS
 * corpus in markdown.xss-corpus.txt):
 * - raw HTML in the Markdown is dropped (remark-rehype without allowDangerousHtml), and the
 *   sanitiser keeps only the elements and attributes of SCHEMA below: no script, style, iframe,
 *   form, svg…, no event handlers, no style or class attributes;
 * - links only to http(s), mailto or relative addresses; images only from relative addresses on
 *   the portal (so no `javascript:`, `data:` or `vbscript:` anywhere, and no tracking pixels);
 * - an absolute link (another site, or a protocol-relative `//host`) gets
 *   rel="noopener noreferrer nofollow".
 * Headings start at level 2 (`#` becomes h2): the page owns its h1.
 */
export const SCHEMA: SanitizeSchema = {
  tagNames: ["p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "a", "img", "ul", "ol", "li", "blockquote", "code", "pre", "table", "thead", "tbody", "tr", "th", "td"],
  attributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
  },
  // Images: the sanitiser keeps http(s) and relative sources; externalLinks() then keeps the relative
  // ones only, from the portal itself (a story's uploaded images; the CSP's img-src is 'self').
  // (An empty list here would mean "any protocol" to hast-util-sanitize.)
  protocols: { href: ["http", "https", "mailto"], src: ["http", "https"] },
  strip: ["script", "style"],
  clobberPrefix: "user-content-",
  clobber: [],
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

/**
 * Whether an address leaves the portal: an http(s) one (`http:host` too, which browsers read as
 * `http://host`) or a protocol-relative one (`//host`, and `\\host` or `/\host`, which browsers
 * read the same).
 */
export function isExternalHref(href: string): boolean {
  return /^(?:https?:|[\\/]{2})/i.test(href.trim());
}

function demoteHeadings() {
  return (tree: HastNode) =>
    eachElement(tree, (el) => {
      if (el.tagName === "h1") el.tagName = "h2";
    });
}

function externalLinks() {
  return (tree: HastNode) =>
    eachElement(tree, (el) => {
      const href = el.properties.href;
      if (el.tagName === "a" && typeof href === "string" && isExternalHref(href)) el.properties.rel = ["noopener", "noreferrer", "nofollow"];
      if (el.tagName === "img" && typeof el.properties.src === "string" && isExternalHref(el.properties.src)) delete el.properties.src;
    });
}

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(demoteHeadings)
  .use(rehypeSanitize, SCHEMA)
  .use(externalLinks)
  .use(rehypeStringify)
  .freeze();

/** Markdown → safe HTML (see the rules above). Empty or blank text gives "". */
export function renderMarkdown(markdown: string): string {
  if (!markdown.trim()) return "";
  return String(processor.processSync(markdown));
}

/** The text of Markdown without its markup (for a feed summary, a meta description): rendered, then the tags dropped. */
export function markdownToPlainText(markdown: string): string {
  return renderMarkdown(markdown)
    .replace(/<[^>]*>/g, " ")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
