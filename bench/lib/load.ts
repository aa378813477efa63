/**
 * A closed-loop load driver: `concurrency` clients, each sending its next request as soon
 * as the previous answer has been read, over keep-alive connections (node:http, as a
 * browser or a reverse proxy would hold them). Latency is from sending to the last byte.
 */
import http from "node:http";

export type LoadResult = { requests: number; rps: number; p50: number; p95: number; p99: number; statuses: Record<number, number>; bytes: number };

export type LoadOptions = {
  url: string | ((i: number) => string);
  requests: number;
  concurrency?: number;
  headers?: Record<string, string>;
  /** Requests sent and thrown away first, so caches, JIT and connections are warm. */
  warmup?: number;
};

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function once(agent: http.Agent, url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const concurrency = options.concurrency ?? 8;
  const urlOf = typeof options.url === "string" ? () => options.url as string : options.url;
  const headers = options.headers ?? {};
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    const warmup = options.warmup ?? Math.min(50, options.requests);
    let w = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (w < warmup) await once(agent, urlOf(w++), headers);
    }));
    const times: number[] = [];
    const statuses: Record<number, number> = {};
    let bytes = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < options.requests; i = next++) {
        const t0 = performance.now();
        const r = await once(agent, urlOf(i), headers);
        times.push(performance.now() - t0);
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        bytes += r.bytes;
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return { requests: options.requests, rps: options.requests / seconds, p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99), statuses, bytes };
  } finally {
    agent.destroy();
  }
}
