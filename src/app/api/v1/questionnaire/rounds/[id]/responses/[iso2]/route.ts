import { apiRoute } from "@/lib/api/route";
import { invalidInput } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { responseParams, responsePutSchema } from "@/modules/questionnaire/schemas";
import { getResponse, saveResponse } from "@/modules/questionnaire/server";

export const dynamic = "force-dynamic";

const etag = (version: number) => `"v${version}"`;

/** `If-Match: "v3"` (or a bare 3) names the version a save is based on. */
function ifMatchVersion(header: string | null): number | undefined {
  const m = header ? /^\s*(?:W\/)?"?v?(\d+)"?\s*$/.exec(header) : null;
  return m ? Number(m[1]) : undefined;
}

/** A country's response with its version (version 0 and status not_started: none yet). Its focal points and the secretariat. */
export const GET = apiRoute(
  { params: responseParams, authorize: ({ req, params }) => requireAccess("questionnaire.responses.read", { country: params.iso2 }, req) },
  async ({ params, auth: user }) => {
    const response = await getResponse(user, params.id, params.iso2);
    return Response.json(response, { headers: { "cache-control": "private, no-store", etag: etag(response.version) } });
  },
);

/** Saves the answers as a whole, based on `version` or `If-Match` (stale: 409 with the current version and the saves since). */
export const PUT = apiRoute(
  { params: responseParams, body: responsePutSchema, authorize: ({ req, params }) => requireAccess("questionnaire.respond", { country: params.iso2 }, req) },
  async ({ params, body, req, auth: user }) => {
    const version = body.version ?? ifMatchVersion(req.headers.get("if-match"));
    if (version === undefined) throw invalidInput([{ name: "version", reason: "invalid_version" }], "Say which version you are saving over: `version` in the body or If-Match");
    const saved = await saveResponse(user, params.id, params.iso2, { ...body, version }, requestMeta(req.headers));
    return Response.json(saved, { headers: { "cache-control": "no-store", etag: etag(saved.version) } });
  },
);
