import { describe, expect, it } from "vitest";
import { unsafeParts, xssCorpus } from "../../tests/support/markdown-safety";
import { isExternalHref, markdownToPlainText, renderMarkdown } from "./markdown";

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
    expect(isExternalHref("http:evil.example")).toBe(true);
    expect(isExternalHref("/\\evil.example")).toBe(true);
    expect(renderMarkdown("![a](http:tracker.example/p.gif)")).toBe('<p><img alt="a"></p>');
  });

  it("shows images from the portal only", () => {
    expect(renderMarkdown("![a](/api/v1/stories/x/images/y)")).toBe('<p><img src="/api/v1/stories/x/images/y" alt="a"></p>');
    expect(renderMarkdown("![a](https://tracker.example/p.gif)")).toBe('<p><img alt="a"></p>');
    expect(renderMarkdown("![a](//tracker.example/p.gif)")).toBe('<p><img alt="a"></p>');
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
