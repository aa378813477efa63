"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, submitAction, type RefusalMessage } from "@/lib/actions/form-action";
import { classifyError } from "@/lib/classify-error";
import { invalidInput, type AppError } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import type { RequestMeta } from "@/lib/request-meta";
import { requireAccess, type CurrentUser } from "@/modules/accounts/server";
import { mergeForConflict, type Answers } from "../answers";
import { applyResolutions, compactAnswers, resolutionsFromForm, whoChanged } from "../conflict";
import { answersFromForm, applyIntent, intentOf } from "../form-data";
import { iso2Schema, roundIdSchema } from "../schemas";
import { answersAtVersion, getResponse, getRound, saveResponse, transitionResponse, type ResponseConflict } from "../server";
import { isEditable } from "../state-machine";

// Answering the questionnaire (docs/QUESTIONNAIRE.md): the JS-free form, its autosave, the secretariat's review buttons.

const lngOf = (form: FormData) => z.enum(LOCALES).catch("en").parse(form.get("lng"));

/** The round and country a form names; a malformed one is refused on its field. */
function target(form: FormData): { roundId: string; country: string } {
  const roundId = roundIdSchema.safeParse(form.get("roundId"));
  if (!roundId.success) throw invalidInput([{ name: "roundId", reason: "invalid_id" }]);
  const country = iso2Schema.safeParse(String(form.get("country") ?? ""));
  if (!country.success) throw invalidInput([{ name: "country", reason: "invalid_country" }]);
  return { roundId: roundId.data, country: country.data };
}

const versionOf = (form: FormData) => {
  const v = Number(form.get("version"));
  return Number.isInteger(v) && v >= 0 && String(form.get("version") ?? "") !== "" ? v : undefined;
};

/** Only the country's focal points answer for it; the country comes from the form (checked before anything else). */
const respondent = async (form: FormData) => {
  const country = iso2Schema.safeParse(String(form.get("country") ?? ""));
  return requireAccess("questionnaire.respond", { country: country.success ? country.data : "" });
};

export interface ConflictState {
  /** The saves made since the version the person read: who, when, which answers (paths). */
  changes: { by: string; at: string; fields: string[] }[];
  /** Fields taken from the others' saves (this person had not touched them), with who saved them. */
  takenFromOthers: { path: string; by: string }[];
  /** Both changed: the other person's value, to show beside this person's. */
  conflicts: { path: string; theirs: unknown }[];
}

export interface ResponseFormState {
  /** Changes with every answer, so the fields remount with the values sent back. */
  round?: number;
  status?: "error" | "conflict";
  message?: RefusalMessage;
  /** Answer path (or form field) → error code. */
  errors?: { path: string; reason: string }[];
  /** The answers to show in the fields (as typed, invalid ones included). */
  values?: Record<string, unknown>;
  /** The version the next save is based on. */
  version?: number;
  conflict?: ConflictState;
}

const errorsOf = (e: AppError) => (e.extra.invalidParams ?? []).map((p) => ({ path: p.name.replace(/^body\.(answers\.)?/, ""), reason: p.reason }));

/** What the form holds, as answers (empty fields left out), after the button's add or remove and the conflicts' choices. */
async function formAnswers(user: CurrentUser, form: FormData, roundId: string, country: string) {
  const round = await getRound(roundId);
  const intent = intentOf(form.get("intent"));
  let answers = applyIntent(round.definition, compactAnswers(answersFromForm(round.definition, form)), intent);
  const version = versionOf(form);
  const resolutions = resolutionsFromForm(form);
  if (version !== undefined && Object.values(resolutions).includes("theirs")) {
    const current = await getResponse(user, roundId, country);
    const theirs = current.version === version ? current.answers : ((current.id ? await answersAtVersion(current.id, version) : null) ?? current.answers);
    answers = applyResolutions(answers, resolutions, theirs);
  }
  return { round, intent, answers, version };
}

/** What the form holds, for a refusal before the save (signed out, not allowed, the database away): shown again in the fields. */
async function typedValues(form: FormData): Promise<Record<string, unknown> | undefined> {
  const roundId = roundIdSchema.safeParse(form.get("roundId"));
  if (!roundId.success) return undefined;
  try {
    const { definition } = await getRound(roundId.data);
    return applyIntent(definition, compactAnswers(answersFromForm(definition, form)), intentOf(form.get("intent")));
  } catch {
    return undefined;
  }
}

/** The conflict view's state: the others' saves merged in where this person had not touched them, both sides where both did. */
async function conflictState(def: Parameters<typeof mergeForConflict>[0], current: ResponseConflict, sentVersion: number, mine: Answers): Promise<ResponseFormState> {
  const base = current.id ? ((await answersAtVersion(current.id, sentVersion)) ?? {}) : {};
  const { merged, conflicts, takenFromOthers } = mergeForConflict(def, base, mine, current.answers);
  const changes = current.changes.map((c) => ({ by: c.by, at: c.at, fields: c.fields }));
  return {
    round: Date.now(),
    status: "conflict",
    message: "conflict",
    values: merged,
    version: current.version,
    conflict: {
      changes,
      takenFromOthers: takenFromOthers.map((path) => ({ path, by: whoChanged(changes, path) ?? current.updatedBy ?? "" })),
      conflicts: conflicts.map((c) => ({ path: c.path, theirs: c.theirs })),
    },
  };
}

async function save(user: CurrentUser, form: FormData, meta: RequestMeta) {
  const { roundId, country } = target(form);
  const { round, intent, answers, version } = await formAnswers(user, form, roundId, country);
  if (version === undefined) throw invalidInput([{ name: "version", reason: "invalid_version" }]);
  try {
    const saved = await saveResponse(user, roundId, country, { answers, version }, meta);
    return { ok: true as const, roundId, country, round, intent, answers, saved };
  } catch (error) {
    const known = classifyError(error);
    if (!known || (known.kind !== "invalid_input" && known.kind !== "conflict")) throw error;
    return { ok: false as const, roundId, country, round, intent, answers, version, error: known };
  }
}

/**
 * The questionnaire form's buttons: Save draft, Submit (save, then submit), "Add another …" and
 * "Remove this …" (save with one item more or fewer). Refused, the form shows everything typed
 * with each problem named; a save on an old version comes back as the conflict view.
 */
export const saveResponseAction = formAction(
  {
    refused: async (r, form): Promise<ResponseFormState> => ({
      round: Date.now(),
      status: "error",
      message: r.message,
      errors: Object.entries(r.fieldErrors).map(([path, reason]) => ({ path, reason })),
      values: await typedValues(form),
      version: versionOf(form),
    }),
  },
  async ({ form, meta }): Promise<ResponseFormState> => {
    const user = await respondent(form);
    const lng = lngOf(form);
    const r = await save(user, form, meta);
    const page = `/${lng}/questionnaire/${r.roundId}/${r.country}`;
    if (!r.ok) {
      const current = r.error.extra.current as ResponseConflict | undefined;
      if (r.error.kind === "conflict" && current && Array.isArray(current.changes) && isEditable(current.status)) return conflictState(r.round.definition, current, r.version, r.answers);
      return { round: Date.now(), status: "error", message: r.error.kind === "conflict" ? "conflict" : "fixErrors", errors: errorsOf(r.error), values: r.answers, version: current?.version ?? r.version };
    }
    revalidatePath(page);
    if (r.intent.kind === "submit") {
      try {
        await transitionResponse(user, r.roundId, r.country, { to: "submitted", version: r.saved.version, comment: "" }, meta);
      } catch (error) {
        const known = classifyError(error);
        if (!known || known.kind !== "invalid_input") throw error;
        // Saved, not submitted: the answers stay as typed, the missing ones named; the next save is based on this one.
        return { round: Date.now(), status: "error", message: "fixErrors", errors: errorsOf(known), values: r.answers, version: r.saved.version };
      }
      redirect(`${page}/receipt?done=submitted`);
    }
    if (r.intent.kind === "add") {
      const n = Array.isArray(r.saved.answers[r.intent.group]) ? (r.saved.answers[r.intent.group] as unknown[]).length - 1 : 0;
      redirect(`${page}?done=added#${`f-${r.intent.group}-${n}`}`);
    }
    redirect(`${page}?done=${r.intent.kind === "remove" ? "removed" : "saved"}`);
  },
);

export type AutosaveResult = { ok: true; version: number; savedAt: string } | { ok: false; kind: "conflict" | "invalid" | "refused"; message?: RefusalMessage; errors?: { path: string; reason: string }[] };

/** The form's autosave (JavaScript on): a draft save of what the form holds; a conflict stops it. */
export const autosaveResponseAction = formAction(
  {
    refused: (r): AutosaveResult => ({ ok: false, message: r.message, kind: r.kind === "conflict" ? "conflict" : r.kind === "invalid_input" ? "invalid" : "refused", errors: Object.entries(r.fieldErrors).map(([path, reason]) => ({ path, reason })) }),
  },
  async ({ form, meta }): Promise<AutosaveResult> => {
    const user = await respondent(form);
    form.set("intent", "save");
    for (const name of [...form.keys()]) if (name.startsWith("resolve.")) form.delete(name);
    const r = await save(user, form, meta);
    if (!r.ok) return { ok: false, kind: r.error.kind === "conflict" ? "conflict" : "invalid", errors: errorsOf(r.error) };
    return { ok: true, version: r.saved.version, savedAt: r.saved.updatedAt ?? new Date().toISOString() };
  },
);

const reviewSchema = z.object({ to: z.enum(["returned", "accepted"], { error: "invalid_choice" }), version: z.coerce.number().int().min(1, { error: "invalid_version" }), comment: z.string().trim().max(4000, { error: "too_long" }) });

/** The secretariat's Return (with a comment) and Accept buttons of a submitted response. */
export const reviewResponseAction = submitAction(
  {
    authorize: () => requireAccess("questionnaire.manage"),
    refused: (r, form) => {
      const field = Object.entries(r.fieldErrors)[0];
      const roundId = roundIdSchema.safeParse(form.get("roundId"));
      const country = iso2Schema.safeParse(String(form.get("country") ?? ""));
      const page = roundId.success && country.success ? `/${lngOf(form)}/questionnaire/${roundId.data}/${country.data}` : `/${lngOf(form)}/questionnaire`;
      redirect(`${page}?refused=${r.message}${field ? `&field=${encodeURIComponent(field[0])}&reason=${encodeURIComponent(field[1])}` : ""}`);
    },
  },
  async ({ auth: user, form, meta }) => {
    const { roundId, country } = target(form);
    const parsed = reviewSchema.safeParse({ to: form.get("to"), version: form.get("version"), comment: String(form.get("comment") ?? "") });
    if (!parsed.success) throw invalidInput(parsed.error.issues.map((i) => ({ name: String(i.path[0] ?? "to"), reason: i.message })));
    if (parsed.data.to === "returned" && parsed.data.comment === "") throw invalidInput([{ name: "comment", reason: "comment_required" }]);
    await transitionResponse(user, roundId, country, { ...parsed.data, comment: parsed.data.to === "returned" ? parsed.data.comment : "" }, meta);
    const page = `/${lngOf(form)}/questionnaire/${roundId}/${country}`;
    revalidatePath(page);
    redirect(`${page}?done=${parsed.data.to}`);
  },
);
