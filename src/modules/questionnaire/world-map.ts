import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";
import type { ResponseProgress } from "./constants";

/**
 * The pure part of the dashboard's world map (components/world-map.tsx draws it): the
 * countries of world-atlas' 110m topology (Natural Earth, keyed by ISO 3166 numeric id, which
 * is the country table's m49) projected once per process with Equal Earth fitted to the
 * viewBox, and each invited country's fill class by its progress. Countries the 110m scale
 * lacks (many small island states) have no shape: the table beside the map lists them.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** The fills of the progress states (Okabe–Ito colours, safe for colour-blind readers, each with a pattern: components/world-map.tsx). */
export const MAP_PROGRESS: readonly ResponseProgress[] = ["not_started", "draft", "returned", "submitted", "accepted"];
export type MapFill = ResponseProgress | "not_invited";

export interface MapShape {
  /** Unique among the shapes (React's key). */
  key: string;
  /** The ISO 3166 numeric id, three digits ("004", "818"); null for a shape of no UN member or observer (Kosovo in this atlas). */
  id: string | null;
  /** The atlas' own English name, for shapes of countries the portal does not list. */
  atlasName: string;
  d: string;
}

/** m49 as the atlas writes it: three digits, zero-padded. */
export const atlasId = (m49: string) => m49.padStart(3, "0");

/**
 * Natural Earth draws some areas apart without an ISO id; the UN counts them within a member
 * state, and so does the map (the same fill and title as that state).
 */
const WITHIN: Record<string, string> = { Somaliland: "706", "N. Cyprus": "196" };

let shapes: MapShape[] | null = null;

/** Every country shape of the atlas as an SVG path in the map's viewBox (computed once per process). */
export function mapShapes(): MapShape[] {
  if (shapes) return shapes;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  // Antarctica takes a fifth of the height and no country answers for it.
  const kept = countries.features.filter((f) => f.id !== "010");
  const projection = geoEqualEarth().fitExtent([[4, 4], [MAP_WIDTH - 4, MAP_HEIGHT - 4]], { type: "FeatureCollection", features: kept });
  const path = geoPath(projection);
  shapes = kept
    .map((f: Feature<Geometry, { name: string }>, i) => {
      const id = f.id !== undefined ? atlasId(String(f.id)) : (WITHIN[f.properties.name] ?? null);
      return { key: `${id ?? "x"}-${i}`, id, atlasName: f.properties.name, d: path(f) ?? "" };
    })
    .filter((s) => s.d !== "");
  return shapes;
}

/** The fill of each atlas id: an invited country's progress; any other shape stays "not_invited". */
export function fillsById(countries: readonly { m49: string; progress: ResponseProgress }[]): Map<string, ResponseProgress> {
  return new Map(countries.map((c) => [atlasId(c.m49), c.progress]));
}

/** The id of the SVG pattern of a fill (components/world-map.tsx draws their colours and patterns). */
export const fillClass = (fill: MapFill) => `qmap-${fill.replace("_", "-")}`;
