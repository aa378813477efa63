import { Group } from "@visx/group";
import { scaleBand, scaleLinear, scaleOrdinal } from "@visx/scale";
import { BarStack } from "@visx/shape";
import { numberFormat, yearFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ScrollRegion } from "@/modules/shell";

/**
 * Charts drawn on the server as plain SVG with visx (no script: they load on slow
 * links and with JavaScript off). Each sits next to a table with the same numbers.
 * The SVG keeps left-to-right geometry in RTL pages (text-anchor would flip with the
 * inherited direction); Arabic labels still shape and order correctly inside it.
 * Numbers and years are written in the reader's language (`lng`), never the server's.
 * On a narrow screen a chart scrolls sideways inside a focusable, named region.
 */
const COLORS = ["#155a96", "#b5471b", "#5b6b7a"];

export function StackedYearsChart<K extends string>({
  data,
  keys,
  labels,
  title,
  id,
  lng,
}: {
  data: { year: number; counts: Record<K, number> }[];
  keys: K[];
  labels: Record<K, string>;
  title: string;
  id: string;
  lng: Locale;
}) {
  const numbers = numberFormat(lng);
  const years = yearFormat(lng);
  const width = 760;
  const height = 280;
  const margin = { top: 10, right: 10, bottom: 40, left: 48 };
  const innerW = width - margin.left - margin.right;
  const innerH = height - margin.top - margin.bottom;
  const rows = data.map((d) => ({ year: String(d.year), ...d.counts }));
  const max = Math.max(1, ...data.map((d) => keys.reduce((n, k) => n + d.counts[k], 0)));
  const x = scaleBand<string>({ domain: rows.map((r) => r.year), range: [0, innerW], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, max], range: [innerH, 0], nice: true });
  const color = scaleOrdinal<K, string>({ domain: keys, range: COLORS });
  return (
    <figure>
      <ScrollRegion label={title}>
        <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full min-w-[36rem]" role="img" aria-labelledby={`${id}-title`} style={{ direction: "ltr" }}>
          <title id={`${id}-title`}>{title}</title>
          <Group left={margin.left} top={margin.top}>
            {y.ticks(5).map((t) => (
              <g key={t}>
                <line x1={0} x2={innerW} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
                <text x={-6} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill="#334155">
                  {numbers.format(t)}
                </text>
              </g>
            ))}
            <BarStack data={rows} keys={keys} x={(r) => r.year} xScale={x} yScale={y} color={color}>
              {(stacks) =>
                stacks.map((stack) =>
                  stack.bars.map((bar) => <rect key={`${stack.index}-${bar.index}`} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.color} />),
                )
              }
            </BarStack>
            {rows.map((r, i) =>
              i % 2 === 0 ? (
                <text key={r.year} x={(x(r.year) ?? 0) + x.bandwidth() / 2} y={innerH + 16} textAnchor="middle" fontSize={11} fill="#334155">
                  {years.format(Number(r.year))}
                </text>
              ) : null,
            )}
          </Group>
        </svg>
      </ScrollRegion>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-sm">
        {keys.map((k) => (
          <span key={k} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block size-3" style={{ background: color(k) }} />
            {labels[k]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
