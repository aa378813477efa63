import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HorizontalBars } from "@/modules/shell/components/horizontal-bars";
import { StackedYearsChart } from "./charts";

const texts = (html: string) => [...html.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe("charts", () => {
  it("write numbers as the reader's language does, whatever the server's locale, and years ungrouped", () => {
    const years = renderToStaticMarkup(
      createElement(StackedYearsChart<"a" | "b">, {
        lng: "fr",
        id: "c",
        title: "Par année",
        keys: ["a", "b"],
        labels: { a: "A", b: "B" },
        data: [
          { year: 2023, counts: { a: 1200, b: 30 } },
          { year: 2024, counts: { a: 5, b: 3000 } },
        ],
      }),
    );
    const fr = new Intl.NumberFormat("fr");
    expect(texts(years)).toContain(fr.format(3000)); // "3 000": a tick of the y axis
    expect(texts(years)).toContain("2023");
    expect(texts(years).join(" ")).not.toMatch(/\d,\d{3}/);
    const bars = renderToStaticMarkup(createElement(HorizontalBars, { lng: "fr", id: "h", title: "Régions", data: [{ label: "Afrique", value: 12345 }] }));
    expect(texts(bars)).toEqual(["Afrique", fr.format(12345)]);
  });

  it("scroll inside a focusable region named after the chart", () => {
    const html = renderToStaticMarkup(createElement(HorizontalBars, { lng: "ar", id: "h", title: "المناطق", data: [{ label: "أفريقيا", value: 3 }] }));
    expect(html).toMatch(/<div role="region" aria-label="المناطق" tabindex="0" class="overflow-x-auto">/);
  });
});
