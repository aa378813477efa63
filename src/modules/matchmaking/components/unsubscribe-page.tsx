import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { unsubscribeAction } from "../actions/unsubscribe";

/** Asks for one press before unsubscribing (a GET must change nothing: mail scanners open links). */
export async function UnsubscribePage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, string | string[]> }) {
  const t = await getT(lng, "matchmaking");
  const one = (k: string) => [searchParams[k]].flat()[0] ?? "";
  const token = one("token");
  let body;
  if (one("done")) body = <p role="status" className="mt-4">{t("unsubscribe.done")}</p>;
  else if (one("refused")) body = <p role="alert" className="mt-4 text-red-900">{t("unsubscribe.unknown")}</p>;
  else if (!token) body = <p className="mt-4">{t("unsubscribe.noToken")}</p>;
  else
    body = (
      <form action={unsubscribeAction} className="mt-4">
        <input type="hidden" name="lng" value={lng} />
        <input type="hidden" name="token" value={token} />
        <p>{t("unsubscribe.lead")}</p>
        <button type="submit" className="mt-3 rounded bg-brand-800 px-4 py-2 font-semibold text-white">{t("unsubscribe.button")}</button>
      </form>
    );
  return (
    <section className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("unsubscribe.title")}</h1>
      {body}
    </section>
  );
}
