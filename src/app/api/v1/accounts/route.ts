import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { registerSchema } from "@/modules/accounts/schemas";
import { registerAccount } from "@/modules/accounts/server";

export const POST = apiRoute({ body: registerSchema }, async ({ body, req }) => {
  await registerAccount(body, requestMeta(req.headers));
  return Response.json({ status: "accepted", message: "If the address can be registered, a verification email is on its way." }, { status: 202 });
});
