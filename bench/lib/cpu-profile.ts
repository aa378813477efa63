/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): self time per category of code, and the
 * functions that cost most. A category is decided by the script's path, so the breakdown
 * says "Next.js's router", "React's renderer", "our code", "pg", "Node's http" and so on.
 */
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const CATEGORIES: Array<[string, RegExp]> = [
  ["idle / gc / program", /^\((idle|garbage collector|program)\)$/],
  ["react-dom server renderer", /react-dom.*server|react-server-dom|react-dom-server/],
  ["next.js (compiled)", /next\/dist\/compiled/],
  ["next.js server", /next\/dist\/(server|lib|shared|build|client)/],
  ["our app (built chunks)", /\.next[^/]*\/server\/(chunks|app)/],
  ["prisma", /@prisma|generated\/prisma/],
  ["pg", /node_modules\/pg/],
  ["pino", /pino/],
  ["i18next", /i18next/],
  ["zod", /node_modules\/zod/],
  ["our server (scripts/)", /scripts\/(server|lib)/],
  ["node: zlib", /node:zlib|^zlib/],
  ["node: http / net / streams", /node:(_http|http|net|stream|internal\/streams|internal\/http|events|buffer)/],
  ["node: other", /^node:/],
];

function category(node: Node): string {
  const { functionName, url } = node.callFrame;
  if (!url) return /^\((idle|garbage collector|program)\)$/.test(functionName) ? "idle / gc / program" : functionName === "(root)" ? "root" : "native / builtins";
  for (const [name, re] of CATEGORIES) if (re.test(url)) return name;
  return "other node_modules";
}

/** Time of the samples whose stack holds a frame matching `pattern` (function name or script path). */
function inclusive(p: Profile, parent: Map<number, number>, byId: Map<number, Node>, pattern: RegExp): number {
  let us = 0;
  const hit = new Map<number, boolean>();
  const matches = (id: number): boolean => {
    const known = hit.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const up = parent.get(id);
    const r = pattern.test(`${n.callFrame.functionName} ${n.callFrame.url}`) || (up !== undefined && matches(up));
    hit.set(id, r);
    return r;
  };
  for (let i = 0; i < p.samples.length; i++) if (matches(p.samples[i]!)) us += p.timeDeltas[i] ?? 0;
  return us;
}

export function summarise(file: string, top = 15, marks: Record<string, RegExp> = {}): string {
  const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const cats = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const c = category(n);
    cats.set(c, (cats.get(c) ?? 0) + us);
    const key = `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(\.next[^/]*)/, "$1")}:${n.callFrame.lineNumber}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const busy = total - (cats.get("idle / gc / program") ?? 0);
  const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`.padStart(6);
  const lines = [`${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s outside idle/gc/program`, "self time by category:"];
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const [c, us] of [...cats].sort((a, b) => b[1] - a[1])) lines.push(`  ${pct(us)}  ${c}`);
  lines.push(`top ${top} functions (self):`);
  for (const [f, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)}  ${f.slice(0, 140)}`);
  if (Object.keys(marks).length) lines.push("inclusive time of marked frames (share of busy time):");
  for (const [name, re] of Object.entries(marks)) lines.push(`  ${`${((100 * inclusive(p, parent, byId, re)) / busy).toFixed(1)}%`.padStart(6)}  ${name}`);
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("cpu-profile.ts")) {
  const marks = Object.fromEntries(process.argv.slice(4).map((m) => { const [k, v] = m.split("="); return [k!, new RegExp(v!)]; }));
  console.log(summarise(process.argv[2]!, Number(process.argv[3] ?? 15), marks));
}
