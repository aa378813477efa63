/**
 * What the public pages cost a visitor: first-load JavaScript and Lighthouse mobile scores,
 * for the home, activities search, activity record, statistics and countries pages in
 * English, Arabic and Chinese.
 *
 *   npm run bench:pages                              builds nothing: serves the production build
 *                                                    (NEXT_DIST_DIR, else .next) with a throwaway
 *                                                    database and demo data (scripts/e2e-server.ts)
 *   npm run bench:pages -- --url http://localhost:3000   measures a running portal instead
 *   options: --runs 3 (Lighthouse runs per page, the median is kept), --port 3200,
 *            --pages home,search,record,statistics,countries, --locales en,ar,zh, --no-lighthouse
 *
 * First-load JS: every <script src> of the page's HTML (fetched without running it; `nomodule`
 * ones are left out, as browsers with ES modules never fetch them), each
 * file gzipped here with zlib (level 6, as servers do), so the figure does not depend on the
 * server's compression; inline scripts (the RSC payload) are counted apart. Lighthouse 12.8.2,
 * its default mobile config (simulated slow 4G, 4x CPU slowdown), on the Chromium from
 * scripts/lib/chromium.ts. Lighthouse figures are only comparable on a quiet machine.
 * The table is printed and written as JSON to bench/results/ (git-ignored).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { resolveChromium } from "../scripts/lib/chromium";
import { ROOT } from "../scripts/lib/root";
import { exited } from "../scripts/lib/run";

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    port: { type: "string", default: "3200" },
    runs: { type: "string", default: "3" },
    pages: { type: "string", default: "home,search,record,statistics,countries" },
    locales: { type: "string", default: "en,ar,zh" },
    "no-lighthouse": { type: "boolean", default: false },
  },
});

const RUNS = Math.max(1, Number(args.runs));
const LOCALES = args.locales.split(",");
const PAGES: Record<string, (lng: string, id: string) => string> = {
  home: (lng) => `/${lng}`,
  search: (lng) => `/${lng}/activities`,
  record: (lng, id) => `/${lng}/activities/${id}`,
  statistics: (lng) => `/${lng}/activities/statistics`,
  countries: (lng) => `/${lng}/countries`,
};
const pageNames = args.pages.split(",").filter((p) => p in PAGES);
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function waitForHealth(base: string, server: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}) before it was ready`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base}/api/health did not answer within ${timeoutMs / 1000} s`);
}

/** The e2e server: throwaway database, migrated, demo data, the production build on a port. */
async function startServer(port: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    throw new Error(`no production build in ${distDir}/: run \`npm run build\` first (or set NEXT_DIST_DIR to the folder a build went to), or pass --url`);
  }
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(ROOT, "scripts", "e2e-server.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, E2E_PORT: port, LOG_LEVEL: "warn" },
  });
  const base = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await exited(child);
    }
  };
  try {
    await waitForHealth(base, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

interface JsFigures {
  scripts: number;
  /** nomodule scripts, not counted: modern browsers skip them. */
  noModule: number;
  jsGzip: number;
  jsRaw: number;
  inlineGzip: number;
  htmlGzip: number;
}

const fileCache = new Map<string, Buffer>();

async function getBytes(url: string): Promise<Buffer> {
  const cached = fileCache.get(url);
  if (cached) return cached;
  const res = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  fileCache.set(url, body);
  return body;
}

async function measureJs(url: string): Promise<JsFigures> {
  const res = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  const html = await res.text();
  const srcs = new Set<string>();
  let inline = "";
  let noModule = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc="([^"]+)"/i.exec(m[1]!)?.[1];
    // A nomodule script (Next.js's legacy polyfills) is neither fetched nor run by a browser with ES modules.
    if (src && /\bnomodule\b/i.test(m[1]!)) noModule++;
    else if (src) srcs.add(new URL(src.replace(/&amp;/g, "&"), url).toString());
    else inline += m[2];
  }
  let jsGzip = 0;
  let jsRaw = 0;
  for (const src of srcs) {
    const body = await getBytes(src);
    jsRaw += body.length;
    jsGzip += gzipSync(body).length;
  }
  return { scripts: srcs.size, noModule, jsGzip, jsRaw, inlineGzip: inline ? gzipSync(inline).length : 0, htmlGzip: gzipSync(html).length };
}

interface LhRun {
  perf: number;
  a11y: number;
  lcpMs: number;
  tbtMs: number;
  unusedJs: number;
  transferred: number;
  scriptTransferred: number;
  failedA11y: string[];
  hreflang: boolean;
  canonical: boolean;
}

type Lighthouse = typeof import("lighthouse").default;

async function lighthouseRun(lighthouse: Lighthouse, url: string, port: number): Promise<LhRun> {
  // The SEO category's hreflang and canonical audits ride along (cheap: they read the DOM).
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    onlyAudits: ["hreflang", "canonical"],
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id];
  const summary = (audit("resource-summary")?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const a11yRefs = lhr.categories.accessibility?.auditRefs ?? [];
  return {
    perf: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    a11y: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcpMs: Math.round(audit("largest-contentful-paint")?.numericValue ?? 0),
    tbtMs: Math.round(audit("total-blocking-time")?.numericValue ?? 0),
    unusedJs: (audit("unused-javascript")?.details as { overallSavingsBytes?: number } | undefined)?.overallSavingsBytes ?? 0,
    transferred: audit("total-byte-weight")?.numericValue ?? 0,
    scriptTransferred: summary.find((i) => i.resourceType === "script")?.transferSize ?? 0,
    failedA11y: a11yRefs.filter((r) => r.weight > 0 && lhr.audits[r.id]?.score === 0).map((r) => r.id),
    hreflang: audit("hreflang")?.score === 1,
    canonical: audit("canonical")?.score === 1,
  };
}

interface Row extends JsFigures {
  page: string;
  locale: string;
  path: string;
  lighthouse?: {
    runs: LhRun[];
    perf: number;
    a11y: number;
    lcpMs: number;
    tbtMs: number;
    unusedJs: number;
    transferred: number;
    scriptTransferred: number;
    hreflang: boolean;
    canonical: boolean;
  };
}

const server = args.url ? null : await startServer(args.port);
const base = (args.url ?? server!.base).replace(/\/$/, "");
try {
  const searchHtml = await (await fetch(`${base}/en/activities`)).text();
  const id = /\/en\/activities\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(searchHtml)?.[1];
  if (!id && pageNames.includes("record")) throw new Error("no activity on /en/activities to open (no demo data?)");

  const rows: Row[] = [];
  for (const page of pageNames) {
    for (const locale of LOCALES) {
      const p = PAGES[page]!(locale, id ?? "");
      rows.push({ page, locale, path: p, ...(await measureJs(base + p)) });
    }
  }

  if (!args["no-lighthouse"]) {
    const chromium = await resolveChromium();
    process.env.CHROME_PATH = chromium.path;
    const { launch } = await import("chrome-launcher");
    const { default: lighthouse } = await import("lighthouse");
    const chrome = await launch({ chromePath: chromium.path, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
    try {
      const runs = new Map<Row, LhRun[]>(rows.map((r) => [r, []]));
      // Round-robin, so a burst of load on the machine spreads over pages instead of hitting one.
      for (let i = 0; i < RUNS; i++) {
        for (const row of rows) {
          const run = await lighthouseRun(lighthouse, base + row.path, chrome.port);
          runs.get(row)!.push(run);
          process.stderr.write(`  lighthouse ${i + 1}/${RUNS} ${row.path}: perf ${run.perf} a11y ${run.a11y}\n`);
        }
      }
      for (const [row, list] of runs) {
        const m = (f: (r: LhRun) => number) => median(list.map(f));
        row.lighthouse = {
          runs: list,
          perf: m((r) => r.perf),
          a11y: m((r) => r.a11y),
          lcpMs: m((r) => r.lcpMs),
          tbtMs: m((r) => r.tbtMs),
          unusedJs: m((r) => r.unusedJs),
          transferred: m((r) => r.transferred),
          scriptTransferred: m((r) => r.scriptTransferred),
          hreflang: list.every((r) => r.hreflang),
          canonical: list.every((r) => r.canonical),
        };
      }
    } finally {
      await chrome.kill();
    }
  }

  const head = ["page", "locale", "scripts", "JS KB gzip", "inline KB gz", "HTML KB gz", "perf", "a11y", "LCP ms", "TBT ms", "unused JS KB", "total KB", "hreflang", "canonical"];
  const table = rows.map((r) => [
    r.page,
    r.locale,
    String(r.scripts),
    kb(r.jsGzip).toFixed(1),
    kb(r.inlineGzip).toFixed(1),
    kb(r.htmlGzip).toFixed(1),
    ...(r.lighthouse
      ? [String(r.lighthouse.perf), String(r.lighthouse.a11y), String(r.lighthouse.lcpMs), String(r.lighthouse.tbtMs), kb(r.lighthouse.unusedJs).toFixed(1),
          kb(r.lighthouse.transferred).toFixed(1),
          r.lighthouse.hreflang ? "ok" : "FAIL",
          r.lighthouse.canonical ? "ok" : "FAIL",
        ]
      : ["-", "-", "-", "-", "-", "-", "-", "-"]),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\nPublic pages, ${base}${args["no-lighthouse"] ? "" : `, Lighthouse 12.8.2 mobile, median of ${RUNS}`}`);
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of table) console.log(line(r));
  const failing = rows.filter((r) => r.lighthouse?.runs.some((x) => x.failedA11y.length));
  for (const r of failing) console.log(`a11y failures on ${r.path}: ${[...new Set(r.lighthouse!.runs.flatMap((x) => x.failedA11y))].join(", ")}`);

  const dir = path.join(ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `public-pages-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), base, runs: RUNS, node: process.version, rows }, null, 2));
  console.log(`\nwritten to ${path.relative(ROOT, file)}`);
} finally {
  await server?.stop();
}
