import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseEnv } from "../../src/lib/env";
import { CLIENT_IP_HEADER as APP_CLIENT_IP_HEADER } from "../../src/lib/request-meta";
import { API_CSP } from "../../src/lib/security-headers";
import { MAX_IMPORT_BYTES as APP_MAX_IMPORT_BYTES, MAX_REQUEST_BODY_BYTES as APP_MAX_REQUEST_BODY_BYTES } from "../../src/lib/upload-limits";
import {
  CLIENT_IP_HEADER,
  MAX_IMPORT_BYTES,
  MAX_REQUEST_BODY_BYTES,
  clientAddress,
  normalizeIp,
  parseTrustedProxies,
  portalContinueHandler,
  portalRequestHandler,
} from "./portal-server.mjs";

describe("clientAddress", () => {
  it("trusts no header when no proxy stands in front (TRUSTED_PROXIES=0)", () => {
    expect(clientAddress("192.0.2.10", "203.0.113.9", 0)).toBe("192.0.2.10");
    expect(clientAddress("::ffff:192.0.2.10", undefined, 0)).toBe("192.0.2.10");
  });

  it("takes the hop the one trusted proxy appended, whatever the client sent before it", () => {
    // client 198.51.100.7 → nginx (172.18.0.5) → app
    expect(clientAddress("172.18.0.5", "198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("172.18.0.5", "6.6.6.6, 7.7.7.7, 198.51.100.7", 1)).toBe("198.51.100.7");
  });

  it("walks back one hop per trusted proxy", () => {
    // client → CDN (appends the client) → nginx (appends the CDN) → app
    expect(clientAddress("172.18.0.5", "6.6.6.6, 198.51.100.7, 203.0.113.50", 2)).toBe("198.51.100.7");
  });

  it("with fewer hops than trusted proxies, stops at the leftmost (a proxy wrote it)", () => {
    expect(clientAddress("172.18.0.5", undefined, 1)).toBe("172.18.0.5");
    expect(clientAddress("172.18.0.5", "198.51.100.7", 3)).toBe("198.51.100.7");
  });

  it("skips a malformed entry towards the trusted side, never towards the client's", () => {
    expect(clientAddress("172.18.0.5", "6.6.6.6, not-an-ip", 1)).toBe("172.18.0.5");
  });

  it("joins repeated headers and strips ports and brackets", () => {
    expect(clientAddress("10.0.0.1", ["6.6.6.6", "198.51.100.7:5555"], 1)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.1", "[2001:db8::1]:443", 1)).toBe("2001:db8::1");
    expect(normalizeIp(" 2001:DB8::1 ")).toBe("2001:db8::1");
    expect(normalizeIp("localhost")).toBeNull();
  });
});

describe("the mirrored constants and rules", () => {
  it("equal the app's", () => {
    expect(CLIENT_IP_HEADER).toBe(APP_CLIENT_IP_HEADER);
    expect(MAX_IMPORT_BYTES).toBe(APP_MAX_IMPORT_BYTES);
    expect(MAX_REQUEST_BODY_BYTES).toBe(APP_MAX_REQUEST_BODY_BYTES);
  });

  it("TRUSTED_PROXIES: the server accepts exactly what src/lib/env.ts accepts", () => {
    for (const raw of [undefined, "", "0", "1", "2", "10", "11", "-1", "1.5", "yes", "true", " 3 "]) {
      let app: number | string;
      try {
        app = parseEnv({ DATABASE_URL: "postgresql://u:p@h/db", TRUSTED_PROXIES: raw }).TRUSTED_PROXIES;
      } catch {
        app = "refused";
      }
      let server: number | string;
      try {
        server = parseTrustedProxies(raw);
      } catch {
        server = "refused";
      }
      expect(server, String(raw)).toBe(app);
    }
  });
});

/** A server with the portal's step in front of a handler that echoes the headers it received. */
async function echoServer(trustedProxies: number, maxBodyBytes = 1024) {
  const echo = (req: http.IncomingMessage, res: http.ServerResponse) => {
    let size = 0;
    req.on("data", (c: Buffer) => (size += c.length));
    req.on("end", () => res.end(JSON.stringify({ headers: req.headers, size })));
  };
  const server = http.createServer(portalRequestHandler(echo, { trustedProxies, maxBodyBytes }));
  server.on("checkContinue", portalContinueHandler(echo, { trustedProxies, maxBodyBytes }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function send(url: string, { headers = {}, body }: { headers?: Record<string, string>; body?: Buffer } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const req = http.request(url, { method: body ? "POST" : "GET", headers }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("portalRequestHandler", () => {
  it("without trusted proxies: the socket's address, a client's forwarding headers and its own client-ip header gone", async () => {
    const url = await echoServer(0);
    const { headers } = JSON.parse(
      (await send(url, { headers: { "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example", [CLIENT_IP_HEADER]: "6.6.6.6" } })).text,
    );
    expect(headers[CLIENT_IP_HEADER]).toBe("127.0.0.1");
    expect(headers["x-forwarded-for"]).toBeUndefined();
    expect(headers["x-forwarded-host"]).toBeUndefined();
  });

  it("behind one proxy: the hop it appended, never the client's own client-ip header", async () => {
    const url = await echoServer(1);
    const { headers } = JSON.parse((await send(url, { headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.7", [CLIENT_IP_HEADER]: "6.6.6.6" } })).text);
    expect(headers[CLIENT_IP_HEADER]).toBe("198.51.100.7");
    expect(headers["x-forwarded-for"]).toBe("6.6.6.6, 198.51.100.7");
  });

  it("passes a body within the limit and answers 413 (a problem, not a cut body) above it", async () => {
    const url = await echoServer(0, 1024);
    expect(JSON.parse((await send(url, { body: Buffer.alloc(1024) })).text).size).toBe(1024);
    const refused = await send(url, { body: Buffer.alloc(5000) });
    expect(refused.status).toBe(413);
    expect(refused.headers["content-type"]).toBe("application/problem+json");
    expect(refused.headers["content-security-policy"]).toBe(API_CSP);
    expect(JSON.parse(refused.text)).toMatchObject({ status: 413, title: "Payload too large", detail: expect.stringContaining("20 MiB") });
  });

  it("refuses a body over the limit before it is sent when the client asks (Expect: 100-continue)", async () => {
    const url = await echoServer(0, 1024);
    const refused = await send(url, { headers: { expect: "100-continue", "content-length": "5000" } });
    expect(refused.status).toBe(413);
    const ok = await new Promise<number>((resolve, reject) => {
      const req = http.request(url, { method: "POST", headers: { expect: "100-continue", "content-length": "10" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("continue", () => req.end(Buffer.alloc(10)));
      req.on("error", reject);
    });
    expect(ok).toBe(200);
  });
});
