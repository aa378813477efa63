import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { numberFormat, yearFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ScrollRegion } from "@/modules/shell";

/**
 * The roster's own chart, drawn on the server as plain SVG with visx as the shared bars are
 * (src/modules/shell/components/horizontal-bars.tsx): no script, left-to-right geometry in RTL
 * pages, numbers in the reader's language, a focusable named region that scrolls on a phone.
 */
const BAR = "#155a96";

/** A share (0–1) per year as columns on a 0–100 % axis; years without assignments are left out. */
export function ShareByYearChart({ data, title, id, lng }: { data: { year: number; share: number }[]; title: string; id: string; lng: Locale }) {
  const percent = numberFormat(lng, { style: "percent" });
  const years = yearFormat(lng);
  const width = 760;
  const height = 280;
  const margin = { top: 16, right: 10, bottom: 40, left: 52 };
  const innerW = width - margin.left - margin.right;
  const innerH = height - margin.top - margin.bottom;
  const x = scaleBand<string>({ domain: data.map((d) => String(d.year)), range: [0, innerW], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, 1], range: [innerH, 0] });
  const every = Math.max(1, Math.ceil(data.length / 12));
  return (
    <figure>
      <ScrollRegion label={title}>
        <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full min-w-[36rem]" role="img" aria-labelledby={`${id}-title`} style={{ direction: "ltr" }}>
          <title id={`${id}-title`}>{title}</title>
          <Group left={margin.left} top={margin.top}>
            {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
              <g key={tick}>
                <line x1={0} x2={innerW} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
                <text x={-6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={11} fill="#334155">
                  {percent.format(tick)}
                </text>
              </g>
            ))}
            {data.map((d, i) => {
              const key = String(d.year);
              const left = x(key) ?? 0;
              return (
                <g key={key}>
                  <Bar x={left} y={y(d.share)} width={x.bandwidth()} height={innerH - y(d.share)} fill={BAR} />
                  {i % every === 0 ? (
                    <text x={left + x.bandwidth() / 2} y={innerH + 16} textAnchor="middle" fontSize={11} fill="#334155">
                      {years.format(d.year)}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </Group>
        </svg>
      </ScrollRegion>
    </figure>
  );
}
