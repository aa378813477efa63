import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** Desktop and phone widths: every page the specs check is checked at both. */
export const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

/** No WCAG 2.2 AA violation at either width; the page is left at desktop width. */
export async function axeClean(page: Page, label: string) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `${label} at ${viewport.width}px`).toEqual([]);
  }
  await page.setViewportSize(VIEWPORTS[0]!);
}
