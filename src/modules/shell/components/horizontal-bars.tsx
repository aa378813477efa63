import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { numberFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ScrollRegion } from "./scroll-region";

/**
 * A bar per label, drawn on the server as plain SVG with visx (no script), for every module's
 * statistics page; it sits next to a table with the same numbers. Left-to-right geometry in RTL
 * pages (text-anchor would flip with the inherited direction), numbers in the reader's language,
 * and on a narrow screen it scrolls inside a focusable region named after the chart.
 */
export function HorizontalBars({
  data,
  title,
  id,
  lng,
  labelWidth = 220,
}: {
  data: { label: string; value: number }[];
  title: string;
  id: string;
  lng: Locale;
  /** Room for the labels, in the chart's 760-unit width (long labels: more). */
  labelWidth?: number;
}) {
  const numbers = numberFormat(lng);
  const width = 760;
  const rowH = 24;
  const margin = { top: 4, right: 60, bottom: 4, left: labelWidth };
  const innerW = width - margin.left - margin.right;
  const height = margin.top + margin.bottom + rowH * data.length;
  const x = scaleLinear<number>({ domain: [0, Math.max(1, ...data.map((d) => d.value))], range: [0, innerW] });
  const y = scaleBand<string>({ domain: data.map((d) => d.label), range: [0, rowH * data.length], padding: 0.2 });
  return (
    <figure>
      <ScrollRegion label={title}>
        <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full min-w-[36rem]" role="img" aria-labelledby={`${id}-title`} style={{ direction: "ltr" }}>
          <title id={`${id}-title`}>{title}</title>
          <Group left={margin.left} top={margin.top}>
            {data.map((d) => (
              <g key={d.label}>
                <text x={-8} y={(y(d.label) ?? 0) + y.bandwidth() / 2} dy="0.32em" textAnchor="end" fontSize={12} fill="#1e293b">
                  {d.label}
                </text>
                <Bar x={0} y={y(d.label)} width={x(d.value)} height={y.bandwidth()} fill="#155a96" />
                <text x={x(d.value) + 6} y={(y(d.label) ?? 0) + y.bandwidth() / 2} dy="0.32em" fontSize={12} fill="#1e293b">
                  {numbers.format(d.value)}
                </text>
              </g>
            ))}
          </Group>
        </svg>
      </ScrollRegion>
    </figure>
  );
}
