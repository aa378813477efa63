import { notFound } from "next/navigation";
import { classifyError } from "@/lib/classify-error";
import { dateFormat, formatList, languageNames, numberFormat } from "@/lib/i18n/format";
import { direction, isLocale, LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { decide } from "@/modules/accounts/policy";
import { getCurrentUser } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { removeAttachmentAction, transitionListingAction, uploadAttachmentAction } from "../actions/listings";
import { LISTING_STATUSES, MAX_ATTACHMENTS } from "../constants";
import { listingIdSchema, type Interest, type ListingDetail, type Suggestions } from "../schemas";
import { getListing, listingSuggestionsFor, listInterests, sentInterests } from "../server";
import { isEditable, isOpen } from "../state-machine";
import { AnswerInterestForm, ExpressInterestForm } from "./interest-forms";
import { interestStrings, refusalNotice } from "./strings";

const DONE = ["saved", "submitted", "attachmentAdded", "attachmentRemoved", "interestSent", "accepted", "declined"];
/** Steps that need a comment for the owner (the secretariat's; also on the moderation pages). */
const NEEDS_COMMENT = new Set(["returned", "rejected"]);
const button = "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
const secondary = "rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50";

async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (classifyError(e)?.kind === "not_found") notFound();
    throw e;
  }
}

function suggestionHref(lng: string, s: Suggestions["items"][number]): string {
  if (s.kind === "consultant") return `/${lng}/consultants/${s.id}`;
  if (s.kind === "activity") return `/${lng}/activities/${s.id}`;
  return `/${lng}/matchmaking/listings/${s.id}`;
}

/** Ranked suggestions with their reasons (the listing page and "my listings"). */
export function SuggestionList({ lng, items, kindLabel }: { lng: string; items: Suggestions["items"]; kindLabel: (k: string) => string }) {
  return (
    <ol className="mt-3 space-y-3">
      {items.map((s) => (
        <li key={`${s.kind}-${s.id}`} className="rounded border border-slate-200 p-3">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-800">{kindLabel(s.kind)}</p>
          <a href={suggestionHref(lng, s)} className="font-semibold">
            <span dir="auto">{s.title}</span>
          </a>
          {s.reasons.length ? (
            <ul className="mt-1 ms-5 list-disc text-sm text-slate-700">
              {s.reasons.map((r, i) => (
                <li key={i}>{r.text}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * One listing (docs/MATCHMAKING.md, "Listings"): every public field, its attachments and ranked
 * suggestions for anyone; "I can help" / "We need this" for the signed-in; for its owners and the
 * secretariat its contact, status buttons, interests and attachments. Others: 404 for listings
 * that are not public. For visitors the page is the same for everyone (it is page-cached).
 */
export async function ListingPage({ lng, id, searchParams }: { lng: Locale; id: string; searchParams: Record<string, string | string[]> }) {
  if (!listingIdSchema.safeParse(id).success) notFound();
  const [t, tc, ta] = await Promise.all([getT(lng, "matchmaking"), getT(lng, "common"), getT(lng, "activities")]);
  const user = await getCurrentUser();
  const l: ListingDetail = await orNotFound(() => getListing(id, user, lng));
  const manages = l.version !== null;
  const [suggestions, interests, sent, names] = await Promise.all([
    orNotFound(() => listingSuggestionsFor(id, user, lng)),
    manages ? listInterests(user, id) : Promise.resolve([] as Interest[]),
    user && !manages ? sentInterests(user, lng) : Promise.resolve([]),
    placeNames(lng),
  ]);
  const dates = dateFormat(lng, { dateStyle: "medium" });
  const numbers = numberFormat(lng);
  const languages = languageNames(lng);
  const day = (d: string) => dates.format(new Date(d.length === 10 ? `${d}T00:00:00Z` : d));
  const langName = (code: string) => languages.of(isLocale(code) ? LOCALE_TAGS[code] : code) ?? code;
  const fallbackLocale = l.titleLocale !== lng ? l.titleLocale : l.descriptionLocale !== lng ? l.descriptionLocale : null;
  const mark = (locale: string) => (isLocale(locale) ? { lang: locale, dir: direction(locale) } : { dir: "auto" as const });
  const done = String(searchParams.done ?? "");
  const refused = String(searchParams.refused ?? "");
  const mine = sent.find((s) => s.listingId === id);
  const budget =
    l.budgetMin !== null || l.budgetMax !== null
      ? [l.budgetMin, l.budgetMax].map((v) => (v === null ? "…" : numberFormat(lng, l.currency ? { style: "currency", currency: l.currency, maximumFractionDigits: 0 } : {}).format(v))).join(" – ")
      : null;
  const rows: [string, React.ReactNode][] = [
    [t("listing.organisation"), <><span dir="auto">{l.organisation}</span> ({t(`form.organisationTypes.${l.organisationType}`)})</>],
    ...(l.ownerCountry ? [[t("listing.ownerCountry"), names.country(l.ownerCountry)] as [string, React.ReactNode]] : []),
    [t("listing.supportType"), t(`supportTypes.${l.supportType}`)],
    [t("listing.forms"), formatList(lng, l.forms.map((f) => t(`forms.${f}`)))],
    [t("listing.ipAreas"), formatList(lng, l.ipAreas.map((a) => ta(`ipAreas.${a}`)))],
    ...(l.themes.length ? [[t("listing.themes"), formatList(lng, l.themes.map((x) => tc(`themes.${x}`)))] as [string, React.ReactNode]] : []),
    [l.kind === "need" ? t("listing.beneficiaries") : t("listing.offeredIn"), formatList(lng, [...l.countries.map(names.country), ...l.regions.map(names.region)]) || "—"],
    [t("listing.languages"), formatList(lng, l.languages.map(langName))],
    ...(budget ? [[t("listing.budget"), budget] as [string, React.ReactNode]] : []),
    [t("listing.deadline"), l.deadline ? day(l.deadline) : t("listing.noDeadline")],
    ...(l.timeframe ? [[t("listing.timeframe"), <span key="tf" dir="auto">{l.timeframe}</span>] as [string, React.ReactNode]] : []),
    ...(l.publishedAt ? [[t("listing.published"), day(l.publishedAt)] as [string, React.ReactNode]] : []),
    [t("listing.interestCount"), t("search.interests", { count: l.interests })],
  ];
  const is = await interestStrings(lng);
  const kindLabel = (k: string) => t(`listing.suggestionKinds.${k}`);
  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm">
        <a href={`/${lng}/matchmaking`}>{t("listing.back")}</a>
      </p>
      <p className="mt-3 text-sm font-semibold uppercase tracking-wide text-brand-800">
        {t(`kinds.${l.kind}`)} · {t(`statuses.${l.status}`)}
      </p>
      <h1 className="text-3xl font-bold text-brand-900" {...mark(l.titleLocale)}>{l.title}</h1>
      {done ? (
        <p role="status" className="mt-4 rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">
          {DONE.includes(done) ? t(`listing.done.${done}`) : (LISTING_STATUSES as readonly string[]).includes(done) ? t("listing.moved", { status: t(`statuses.${done}`) }) : t("listing.done.saved")}
        </p>
      ) : null}
      {refused ? refusalNotice({ tc, t, refused, field: String(searchParams.field ?? ""), reason: String(searchParams.reason ?? "") }) : null}
      {fallbackLocale ? (
        <p role="note" className="mt-3 rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {tc("notInYourLanguage", { language: langName(fallbackLocale) })}
        </p>
      ) : null}
      <section aria-labelledby="description" className="mt-6">
        <h2 id="description" className="text-xl font-bold text-brand-900">{t("listing.description")}</h2>
        <p className="mt-2 whitespace-pre-line text-slate-800" {...mark(l.descriptionLocale)}>{l.description}</p>
      </section>
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-900">{label}</dt>
            <dd className="text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="attachments" className="mt-8">
        <h2 id="attachments" className="text-xl font-bold text-brand-900">{t("listing.attachments")}</h2>
        {l.attachments.length === 0 ? <p className="mt-2 text-slate-700">{t("listing.noAttachments")}</p> : null}
        <ul className="mt-2 space-y-2">
          {l.attachments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-3">
              <a href={`/api/v1/matchmaking/listings/${l.id}/attachments/${a.id}`} download>
                <span dir="auto">{a.filename}</span>
              </a>
              <span className="text-sm text-slate-700">{t("listing.size", { size: numbers.format(Math.max(1, Math.round(a.size / 1024))) })}</span>
              {manages && isEditable(l.status) ? (
                <form action={removeAttachmentAction}>
                  <input type="hidden" name="lng" value={lng} />
                  <input type="hidden" name="id" value={l.id} />
                  <input type="hidden" name="attachmentId" value={a.id} />
                  <button type="submit" className="text-sm font-semibold text-red-800 underline">
                    {t("listing.removeAttachment")}
                    <span className="sr-only"> {a.filename}</span>
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
        {manages && isEditable(l.status) && l.attachments.length < MAX_ATTACHMENTS ? (
          <form action={uploadAttachmentAction} className="mt-3 space-y-2">
            <input type="hidden" name="lng" value={lng} />
            <input type="hidden" name="id" value={l.id} />
            <label htmlFor="attachment-file" className="block font-semibold">{t("listing.attachmentFile")}</label>
            <p id="attachment-hint" className="text-sm text-slate-700">{t("listing.attachmentHint")}</p>
            <input id="attachment-file" name="file" type="file" accept="application/pdf,.pdf" aria-describedby="attachment-hint" className="block" />
            <button type="submit" className={secondary}>{t("listing.upload")}</button>
          </form>
        ) : null}
      </section>

      {manages ? (
        <section aria-labelledby="manage" className="mt-8 rounded border border-slate-300 p-4">
          <h2 id="manage" className="text-xl font-bold text-brand-900">{t("listing.manage")}</h2>
          {l.reviewComment ? (
            <div role="note" className="mt-3 rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
              <p className="font-semibold">{t("listing.reviewComment")}</p>
              <p className="whitespace-pre-line" dir="auto">{l.reviewComment}</p>
            </div>
          ) : null}
          {l.contact ? (
            <>
              <h3 className="mt-4 font-semibold">{t("listing.contact")}</h3>
              <p className="text-slate-800">
                <span dir="auto">{l.contact.name}</span> · <a href={`mailto:${l.contact.email}`} dir="ltr" className="underline">{l.contact.email}</a>
                {l.contact.phone ? <> · <span dir="ltr">{l.contact.phone}</span></> : null}
              </p>
              <p className="text-sm text-slate-700">{t("listing.contactPrivate")}</p>
            </>
          ) : null}
          {isEditable(l.status) ? (
            <p className="mt-4">
              <a href={`/${lng}/matchmaking/listings/${l.id}/edit`} className="font-semibold">{t("listing.edit")}</a>
            </p>
          ) : null}
          {l.transitions.length ? (
            <div className="mt-4 flex flex-wrap items-start gap-4">
              {l.transitions.map((to) => (
                <form key={to} action={transitionListingAction} className={NEEDS_COMMENT.has(to) ? "w-full space-y-2" : undefined}>
                  <input type="hidden" name="lng" value={lng} />
                  <input type="hidden" name="id" value={l.id} />
                  <input type="hidden" name="version" value={l.version ?? ""} />
                  <input type="hidden" name="to" value={to} />
                  {NEEDS_COMMENT.has(to) ? (
                    <>
                      <label htmlFor={`comment-${to}`} className="block font-semibold">{t(`listing.commentFor.${to}`)}</label>
                      <textarea id={`comment-${to}`} name="comment" rows={2} dir="auto" required className="block w-full rounded border border-slate-500 px-2 py-1.5" />
                    </>
                  ) : null}
                  <button type="submit" className={to === "submitted" ? button : secondary}>{t(`listing.to.${to === "published" && l.status === "expired" ? "renew" : to}`)}</button>
                </form>
              ))}
            </div>
          ) : null}
        </section>
      ) : null}

      {manages ? (
        <section aria-labelledby="interests" className="mt-8">
          <h2 id="interests" className="text-xl font-bold text-brand-900">{t("interest.received", { count: interests.length })}</h2>
          {interests.length === 0 ? <p className="mt-2 text-slate-700">{t("interest.none")}</p> : null}
          <ol className="mt-3 space-y-4">
            {interests.map((i) => (
              <li key={i.id} className="rounded border border-slate-200 p-4">
                <p className="font-semibold">
                  <span dir="auto">{i.from.organisation || t("interest.someone")}</span>
                  {i.from.country ? ` · ${names.country(i.from.country)}` : ""}
                  {" · "}
                  {day(i.createdAt)} · {t(`interestStatuses.${i.status}`)}
                </p>
                <p className="mt-2 whitespace-pre-line text-slate-800" dir="auto">{i.message}</p>
                {i.reply ? (
                  <p className="mt-2 text-sm text-slate-700">
                    {t("interest.yourReply")} <span dir="auto">{i.reply}</span>
                  </p>
                ) : null}
                {i.contact ? (
                  <p className="mt-2 rounded bg-green-50 p-2 text-green-950">
                    {t("interest.contact")} <span dir="auto">{i.contact.name}</span> · <a href={`mailto:${i.contact.email}`} dir="ltr" className="underline">{i.contact.email}</a>
                  </p>
                ) : (
                  <p className="mt-2 text-sm text-slate-700">{t("interest.contactHidden")}</p>
                )}
                {i.status === "pending" ? <AnswerInterestForm lng={lng} listingId={l.id} interestId={i.id} strings={is} /> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : isOpen(l.status) ? (
        <section aria-labelledby="interest" className="mt-8 rounded border border-slate-300 p-4">
          <h2 id="interest" className="text-xl font-bold text-brand-900">{l.kind === "need" ? t("interest.canHelp") : t("interest.needThis")}</h2>
          <p className="mt-1 text-slate-700">{t("interest.lead")}</p>
          {!user ? (
            <p className="mt-3">
              <a href={`/${lng}/sign-in?next=${encodeURIComponent(`/${lng}/matchmaking/listings/${l.id}`)}`} className="font-semibold">{t("interest.signIn")}</a>
            </p>
          ) : mine ? (
            <p className="mt-3 font-semibold">{t("interest.alreadySent", { status: t(`interestStatuses.${mine.status}`) })}</p>
          ) : decide(user, "matchmaking.interest") === "allow" ? (
            <ExpressInterestForm lng={lng} listingId={l.id} label={l.kind === "need" ? t("interest.canHelp") : t("interest.needThis")} strings={is} />
          ) : (
            <p className="mt-3">{t("interest.notAllowed")}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="suggestions" className="mt-8">
        <h2 id="suggestions" className="text-xl font-bold text-brand-900">{l.kind === "need" ? t("listing.suggestionsNeed") : t("listing.suggestionsOffer")}</h2>
        {suggestions.items.length === 0 ? <p className="mt-2 text-slate-700">{t("listing.noSuggestions")}</p> : <SuggestionList lng={lng} items={suggestions.items} kindLabel={kindLabel} />}
      </section>
    </article>
  );
}
