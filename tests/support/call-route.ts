import { NextRequest } from "next/server";

type Handler = (req: NextRequest, segment?: { params?: Promise<Record<string, string | string[]>> }) => Promise<Response>;

/** Calls a route handler the way Next.js does, without a server. */
export async function callRoute(
  handler: Handler,
  url: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; params?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; json: unknown }> {
  const req = new NextRequest(new URL(url, "http://localhost"), {
    method: init.method ?? "GET",
    headers: { "content-type": "application/json", ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const res = await handler(req, { params: Promise.resolve(init.params ?? {}) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}
