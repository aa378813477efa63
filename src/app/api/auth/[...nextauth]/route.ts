import NextAuth from "next-auth";
import { problemFor, problemResponse } from "@/lib/api/problem";
import { requestIdFrom } from "@/lib/api/request-id";
import { requestMeta } from "@/lib/request-meta";
import { authOptions, rateLimited, signInRateLimit } from "@/modules/accounts/server";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Ctx) {
  const params = await ctx.params;
  // Credentials sign-in is rate limited here, so an over-limit attempt gets a real 429 with Retry-After.
  if (req.method === "POST" && params.nextauth.join("/") === "callback/credentials") {
    const form = await req.clone().formData().catch(() => null);
    const wait = await signInRateLimit(String(form?.get("email") ?? ""), requestMeta(req.headers));
    if (wait !== null) {
      const problem = problemFor(rateLimited(wait), new URL(req.url).pathname, requestIdFrom(req.headers));
      return problemResponse(problem, { "retry-after": String(wait) });
    }
  }
  // next-auth v4 reads params synchronously; Next 16 passes a promise.
  return NextAuth(req as never, { params } as never, authOptions());
}

export { handler as GET, handler as POST };
