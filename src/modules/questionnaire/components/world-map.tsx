import type { ResponseProgress } from "../constants";
import { MAP_HEIGHT, MAP_PROGRESS, MAP_WIDTH, fillClass, fillsById, mapShapes, type MapFill } from "../world-map";

/**
 * Colours (Okabe–Ito, safe for the common colour-vision deficiencies) and a pattern each, so
 * that colour is never the only cue: the legend shows the same swatches with their names and
 * counts, every shape has a <title>, and the table below the map carries the same data.
 */
const LOOK: Record<MapFill, { colour: string; ink: string | null; kind: "solid" | "diagonal" | "dots" | "cross" | "horizontal" }> = {
  not_started: { colour: "#D55E00", ink: "#FFFFFF", kind: "diagonal" },
  draft: { colour: "#F0E442", ink: "#5A5200", kind: "dots" },
  returned: { colour: "#CC79A7", ink: "#FFFFFF", kind: "cross" },
  submitted: { colour: "#56B4E9", ink: "#0B3C5D", kind: "horizontal" },
  accepted: { colour: "#007A5A", ink: null, kind: "solid" },
  not_invited: { colour: "#D9D9D9", ink: null, kind: "solid" },
};

const patternId = fillClass;

function Pattern({ fill }: { fill: MapFill }) {
  const { colour, ink, kind } = LOOK[fill];
  return (
    <pattern id={patternId(fill)} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill={colour} />
      {kind === "diagonal" && ink ? <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={ink} strokeWidth="1" /> : null}
      {kind === "dots" && ink ? <circle cx="3" cy="3" r="1.1" fill={ink} /> : null}
      {kind === "cross" && ink ? <path d="M0,0 l6,6 M6,0 l-6,6" stroke={ink} strokeWidth="0.8" /> : null}
      {kind === "horizontal" && ink ? <path d="M0,3 h6" stroke={ink} strokeWidth="1" /> : null}
    </pattern>
  );
}

/**
 * The fills' patterns, defined once in the page (before the map and the swatches, which all
 * point at them): repeated ids would be invalid HTML. A zero-size SVG, not display:none, in which
 * browsers would not paint the patterns.
 */
export function MapPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" className="absolute">
      <defs>
        {[...MAP_PROGRESS, "not_invited" as const].map((f) => (
          <Pattern key={f} fill={f} />
        ))}
      </defs>
    </svg>
  );
}

/** A legend swatch in the map's pattern (hidden from assistive technology: the text beside it says it). */
export function MapSwatch({ fill }: { fill: MapFill }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false" className="inline-block shrink-0 align-middle">
      <rect x="0.5" y="0.5" width="17" height="17" fill={`url(#${patternId(fill)})`} stroke="#404040" />
    </svg>
  );
}

export interface WorldMapProps {
  countries: readonly { m49: string; name: string; progress: ResponseProgress }[];
  /** Names of every country by three-digit m49 (for shapes of countries not invited). */
  nameOf: (m49: string) => string | undefined;
  labels: Record<MapFill, string>;
  /** The id of the caption that names the map. */
  captionId: string;
  /** "{{name}}: {{status}}" already bound to the reader's language. */
  titleOf: (name: string, status: string) => string;
}

/** The world, each invited country filled by its response's progress; drawn on the server as SVG (MapPatterns must be in the page). */
export function WorldMap({ countries, nameOf, labels, captionId, titleOf }: WorldMapProps) {
  const fills = fillsById(countries);
  const invitedName = new Map(countries.map((c) => [c.m49.padStart(3, "0"), c.name]));
  return (
    <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-labelledby={captionId} className="h-auto w-full" data-testid="questionnaire-map">
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill="#F4F8FB" />
      {mapShapes().map((s) => {
        if (s.id === null) return <path key={s.key} d={s.d} fill={`url(#${patternId("not_invited")})`} stroke="#FFFFFF" strokeWidth="0.5" />;
        const fill: MapFill = fills.get(s.id) ?? "not_invited";
        const name = invitedName.get(s.id) ?? nameOf(s.id) ?? s.atlasName;
        return (
          <path key={s.key} d={s.d} fill={`url(#${patternId(fill)})`} stroke="#FFFFFF" strokeWidth="0.5" data-progress={fill}>
            <title>{titleOf(name, labels[fill])}</title>
          </path>
        );
      })}
    </svg>
  );
}
