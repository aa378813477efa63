import { dateFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/modules/accounts/server";
import { STORY_STATUSES, type StoryStatus } from "../constants";
import { storiesToManage } from "../server";
import { marked } from "./story-card";

/** The secretariat's list of every story (or those of one status), last changed first. */
export async function ManageStoriesPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, string | string[]> }) {
  const requested = String(searchParams.status ?? "");
  const status = (STORY_STATUSES as readonly string[]).includes(requested) ? (requested as StoryStatus) : undefined;
  await requirePageAccess(lng, "stories.manage", `/${lng}/stories/manage${status ? `?status=${status}` : ""}`);
  const [t, stories] = await Promise.all([getT(lng, "stories"), storiesToManage(lng, { status })]);
  const dates = dateFormat(lng, { dateStyle: "medium", timeStyle: "short" });
  const filters: { value?: StoryStatus; label: string }[] = [{ label: t("manage.all") }, ...STORY_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))];
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <p className="text-sm">
        <a href={`/${lng}/stories`} className="underline">{t("story.back")}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("manage.title")}</h1>
      <p className="mt-3">
        <a href={`/${lng}/stories/new`} className="font-semibold underline">{t("form.new")}</a>
      </p>
      <nav aria-label={t("manage.filter")} className="mt-4">
        <ul className="flex flex-wrap gap-3">
          {filters.map((f) => (
            <li key={f.value ?? "all"}>
              <a href={`/${lng}/stories/manage${f.value ? `?status=${f.value}` : ""}`} aria-current={f.value === status ? "page" : undefined} className={`underline ${f.value === status ? "font-bold" : ""}`}>
                {f.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status" className="mt-4 font-semibold">{t("manage.count", { count: stories.length })}</p>
      <ol className="mt-4 space-y-3">
        {stories.map((s) => (
          <li key={s.id} className="rounded border border-slate-200 p-4">
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-800">{t(`statuses.${s.status}`)}</p>
            <h2 className="text-lg font-semibold">
              <a href={`/${lng}/stories/${s.id}`} className="underline" {...marked(s.locale, lng)}>{s.title}</a>
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              {t("manage.updated", { date: dates.format(new Date(s.updatedAt)) })}
              {s.status !== "archived" ? (
                <>
                  {" · "}
                  <a href={`/${lng}/stories/${s.id}/edit`} className="underline">{t("manage.edit")}</a>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
