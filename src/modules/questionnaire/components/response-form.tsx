"use client";
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { autosaveResponseAction, saveResponseAction, type AutosaveResult, type ResponseFormState } from "../actions/response";
import { answerPath, displayValue, fieldIdOf, labelOfPath, type FieldModel, type FormModel, type GroupModel } from "../form-model";

export interface ResponseFormStrings {
  required: string;
  saveDraft: string;
  submit: string;
  /** "Add another {{item}}" with {{item}} left in. */
  addItem: string;
  /** "Remove {{item}} {{number}}". */
  removeItem: string;
  itemHeading: string;
  noneChosen: string;
  chooseMany: string;
  yes: string;
  no: string;
  empty: string;
  errorSummary: string;
  fieldError: string;
  refused: Record<string, string>;
  errors: Record<string, string>;
  conflictTitle: string;
  conflictIntro: string;
  /** "{{name}}, {{when}}: {{fields}}". */
  conflictChange: string;
  updatedBy: string;
  theirAnswer: string;
  theyRemoved: string;
  keepWhich: string;
  keepMine: string;
  keepTheirs: string;
  otherConflicts: string;
  autosaveSaved: string;
  autosaveSaving: string;
  autosaveConflict: string;
  autosaveInvalid: string;
  autosaveFailed: string;
  /** "Could not save: {{reason}}". */
  autosaveFailedReason: string;
  /** The reason when the portal did not answer the autosave at all. */
  autosaveUnreachable: string;
}

/** Why an autosave failed: the action's refusal, or no answer from the portal at all. */
type FailedWhy = NonNullable<Extract<AutosaveResult, { ok: false }>["message"]> | "unreachable";

const input = "mt-1 block w-full rounded border border-slate-500 px-2 py-1.5";
const fill = (s: string, vars: Record<string, string>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? "");
const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : []);
const yesNo = (v: unknown) => (v === true ? "yes" : v === false ? "no" : "");

/**
 * The questionnaire as a country's focal points answer it: every question of the definition in
 * the reader's language, a fieldset per item of a group, errors beside each field and listed at
 * the top. Works without JavaScript (every button is a submit button of the one form); with it,
 * the draft is saved about three seconds after the last change. After a conflict, what the others
 * saved is merged in, and each question both changed shows their answer with a choice.
 */
export function ResponseForm({
  lng,
  localeTag,
  roundId,
  country,
  version,
  model,
  initial,
  canSubmit,
  strings: s,
}: {
  lng: string;
  localeTag: string;
  roundId: string;
  country: string;
  version: number;
  model: FormModel;
  initial: Record<string, unknown>;
  canSubmit: boolean;
  strings: ResponseFormStrings;
}) {
  const [actionState, action] = useActionState<ResponseFormState, FormData>(saveResponseAction, {});
  // The page re-renders with the saved response after a save (a redirect): from then on the props
  // are newer than the last answer of the action, until the next one. (A state that came with the
  // first render, the JavaScript-free case, is the newest.)
  const [base, setBase] = useState<{ version: number; round: number | undefined }>({ version, round: undefined });
  if (base.version !== version) setBase({ version, round: actionState.round });
  const state: ResponseFormState = base.version === version && base.round !== undefined && base.round === actionState.round ? {} : actionState;
  const [auto, setAuto] = useState<{ round: number | string | undefined; version: number; savedAt?: string; note?: "saving" | "conflict" | "invalid" | "failed"; why?: FailedWhy } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const values = state.values ?? initial;
  const round = state.round ?? `v${version}`;
  const conflictView = state.status === "conflict" && state.conflict ? state.conflict : null;
  const autoNow = auto && auto.round === round ? auto : null;
  const currentVersion = autoNow?.version ?? state.version ?? version;
  const stopped = conflictView !== null || autoNow?.note === "conflict";

  const versionRef = useRef(currentVersion);
  useEffect(() => {
    versionRef.current = currentVersion;
  }, [currentVersion]);

  useEffect(() => {
    const form = formRef.current;
    if (!form || stopped) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let busy = false;
    const run = async () => {
      if (busy) {
        timer = setTimeout(run, 1000);
        return;
      }
      busy = true;
      const data = new FormData(form);
      data.set("version", String(versionRef.current));
      setAuto((a) => ({ round, version: a && a.round === round ? a.version : versionRef.current, savedAt: a && a.round === round ? a.savedAt : undefined, note: "saving" }));
      let result: AutosaveResult;
      try {
        result = await autosaveResponseAction({ ok: false, kind: "refused" }, data);
      } catch {
        result = { ok: false, kind: "refused" };
      }
      busy = false;
      if (result.ok) {
        const ok = result;
        versionRef.current = ok.version;
        setAuto({ round, version: ok.version, savedAt: ok.savedAt });
      } else {
        const kind = result.kind;
        // Why it failed, said in words at render: the refusal's message, else the portal did not answer.
        const why: FailedWhy = result.message ?? "unreachable";
        setAuto((a) => ({ round, version: a && a.round === round ? a.version : versionRef.current, savedAt: a && a.round === round ? a.savedAt : undefined, note: kind === "conflict" ? "conflict" : kind === "invalid" ? "invalid" : "failed", why }));
      }
    };
    const changed = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, 3000);
    };
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    return () => {
      if (timer) clearTimeout(timer);
      form.removeEventListener("input", changed);
      form.removeEventListener("change", changed);
    };
  }, [stopped, round]);

  const errorOf = (path: string) => state.errors?.find((e) => e.path === path);
  const taken = new Map((conflictView?.takenFromOthers ?? []).map((t) => [t.path, t.by]));
  const conflicts = new Map((conflictView?.conflicts ?? []).map((c) => [c.path, c]));
  const shown = new Set<string>();
  const when = (iso: string) => new Intl.DateTimeFormat(localeTag, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" }).format(new Date(iso));
  const message = (reason: string) => s.errors[reason] ?? s.errors.invalidOption ?? reason;

  const theirsText = (path: string, field: FieldModel | GroupModel | undefined, theirs: unknown) => {
    if (theirs === undefined) return s.theyRemoved;
    if (field && field.type !== "group") return displayValue(field, theirs, s, localeTag);
    if (field && field.type === "group" && theirs && typeof theirs === "object") {
      const item = theirs as Record<string, unknown>;
      return field.questions.filter((c) => item[c.id] !== undefined).map((c) => `${c.label}: ${displayValue(c, item[c.id], s, localeTag)}`).join("; ") || s.empty;
    }
    return String(theirs);
  };

  /** The notes under a field: help, condition, error, "updated by", the other person's answer and the choice. */
  const notes = (path: string, field: FieldModel | GroupModel, fid: string) => {
    const err = errorOf(path);
    const by = taken.get(path);
    const c = conflicts.get(path);
    if (c) shown.add(path);
    const ids = [field.help ? `${fid}-help` : null, field.condition ? `${fid}-cond` : null, err ? `${fid}-error` : null, by !== undefined ? `${fid}-updated` : null, c ? `${fid}-theirs` : null].filter(Boolean).join(" ") || undefined;
    const before = (
      <>
        {field.condition ? <p id={`${fid}-cond`} className="text-sm font-medium text-amber-900">{field.condition}</p> : null}
        {field.help ? <p id={`${fid}-help`} className="text-sm text-slate-700">{field.help}</p> : null}
      </>
    );
    const after = (
      <>
        {err ? <p id={`${fid}-error`} className="text-sm font-semibold text-red-800">{message(err.reason)}</p> : null}
        {by !== undefined ? <p id={`${fid}-updated`} className="mt-1 text-sm font-medium text-sky-900">{fill(s.updatedBy, { name: by })}</p> : null}
        {c ? <ConflictChoice path={path} fid={fid} theirs={theirsText(path, field, c.theirs)} s={s} /> : null}
      </>
    );
    return { ids, before, after, invalid: err ? true : undefined };
  };

  const label = (f: FieldModel | GroupModel) => (
    <>
      <span lang={f.labelLang}>{f.label}</span>
      {f.required ? <span className="ms-1 text-sm font-normal text-red-800">({s.required})</span> : null}
    </>
  );

  const renderLeaf = (f: FieldModel, value: unknown, group?: { id: string; index: number }) => {
    const path = answerPath(f.id, group);
    const name = group ? `q.${group.id}.${group.index}.${f.id}` : `q.${f.id}`;
    const fid = fieldIdOf(path);
    const n = notes(path, f, fid);
    const boxes = (type: "checkbox" | "radio", options: { value: string; label: string }[], checked: (v: string) => boolean) => (
      <fieldset id={fid} aria-describedby={n.ids} aria-invalid={n.invalid} className="rounded border border-slate-200 p-3">
        <legend className="px-1 font-semibold">{label(f)}</legend>
        {n.before}
        <div className={`mt-1 grid gap-1 ${options.length > 4 ? "sm:grid-cols-2" : ""}`}>
          {options.map((o) => (
            <label key={o.value} className="flex items-center gap-2">
              <input type={type} name={name} value={o.value} defaultChecked={checked(o.value)} className="size-5 shrink-0" />
              {o.label}
            </label>
          ))}
        </div>
        {n.after}
      </fieldset>
    );
    switch (f.type) {
      case "single_choice":
        return boxes("radio", f.options ?? [], (v) => str(value) === v);
      case "yes_no":
        return boxes("radio", [{ value: "yes", label: s.yes }, { value: "no", label: s.no }], (v) => yesNo(value) === v);
      case "multiple_choice":
      case "ip_areas":
      case "themes":
        return boxes("checkbox", f.options ?? [], (v) => list(value).includes(v));
      default:
        break;
    }
    let control: ReactNode;
    if (f.type === "long_text") control = <textarea id={fid} name={name} defaultValue={str(value)} rows={5} dir="auto" className={input} aria-describedby={n.ids} aria-invalid={n.invalid} />;
    else if (f.type === "countries")
      control = (
        <select id={fid} name={name} multiple={f.multiple !== false} size={f.multiple !== false ? 8 : undefined} defaultValue={f.multiple !== false ? list(value) : (list(value)[0] ?? "")} className={input} aria-describedby={n.ids} aria-invalid={n.invalid}>
          {f.multiple === false ? <option value="">{s.noneChosen}</option> : null}
          {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      );
    else
      control = (
        <input
          id={fid}
          name={name}
          type={f.type === "date" ? "date" : "text"}
          inputMode={f.type === "number" ? "decimal" : undefined}
          dir={f.type === "short_text" ? "auto" : undefined}
          defaultValue={str(value)}
          className={input}
          aria-describedby={n.ids}
          aria-invalid={n.invalid}
        />
      );
    return (
      <div>
        <label htmlFor={fid} className="block font-semibold">{label(f)}</label>
        {n.before}
        {f.type === "countries" && f.multiple !== false ? <p className="text-sm text-slate-700">{s.chooseMany}</p> : null}
        {control}
        {n.after}
      </div>
    );
  };

  const renderGroup = (g: GroupModel) => {
    const raw = values[g.id];
    const items = Array.isArray(raw) ? (raw as Record<string, unknown>[]) : [];
    const fid = fieldIdOf(g.id);
    const n = notes(g.id, g, fid);
    const item = g.itemLabel.toLocaleLowerCase(localeTag);
    return (
      <fieldset id={fid} aria-describedby={n.ids} className="rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{label(g)}</legend>
        {n.before}
        <input type="hidden" name={`items.${g.id}`} value={items.length} />
        <div className="mt-3 space-y-4">
          {items.map((it, index) => {
            const ipath = `${g.id}[${index}]`;
            const iid = fieldIdOf(ipath);
            const by = taken.get(ipath);
            const c = conflicts.get(ipath);
            if (c) shown.add(ipath);
            return (
              <fieldset key={index} id={iid} className="rounded border border-slate-400 bg-slate-50 p-4">
                <legend className="px-1 font-semibold">{fill(s.itemHeading, { item: g.itemLabel, number: String(index + 1) })}</legend>
                {by !== undefined ? <p className="text-sm font-medium text-sky-900">{fill(s.updatedBy, { name: by })}</p> : null}
                {c ? <ConflictChoice path={ipath} fid={iid} theirs={theirsText(ipath, g, c.theirs)} s={s} /> : null}
                <div className="mt-2 space-y-4">
                  {g.questions.map((q) => (
                    <div key={q.id}>{renderLeaf(q, it?.[q.id], { id: g.id, index })}</div>
                  ))}
                </div>
                <button type="submit" name="intent" value={`remove:${g.id}:${index}`} className="mt-3 rounded border border-red-800 px-3 py-1.5 text-sm font-semibold text-red-900 hover:bg-red-50">
                  {fill(s.removeItem, { item, number: String(index + 1) })}
                </button>
              </fieldset>
            );
          })}
        </div>
        {items.length < g.maxItems ? (
          <button type="submit" name="intent" value={`add:${g.id}`} className="mt-3 rounded border-2 border-brand-700 px-3 py-1.5 font-semibold text-brand-900 hover:bg-brand-50">
            {fill(s.addItem, { item })}
          </button>
        ) : null}
        {n.after}
      </fieldset>
    );
  };

  const sections = model.sections.map((sec) => (
    <section key={sec.id} aria-labelledby={`sec-${sec.id}`} className="space-y-4">
      <h2 id={`sec-${sec.id}`} className="text-xl font-bold text-brand-900">{sec.title}</h2>
      {sec.help ? <p className="text-slate-700">{sec.help}</p> : null}
      {sec.questions.map((q) => (
        <div key={q.id}>{q.type === "group" ? renderGroup(q) : renderLeaf(q, values[q.id])}</div>
      ))}
    </section>
  ));
  // Conflicts with no field on the page (an item this person removed that the others changed).
  const rest = (conflictView?.conflicts ?? []).filter((c) => !shown.has(c.path));
  const findField = (path: string) => {
    const m = /^([a-z0-9_]+)(?:\[\d+\](?:\.([a-z0-9_]+))?)?$/.exec(path);
    for (const sec of model.sections)
      for (const q of sec.questions)
        if (q.id === m?.[1]) return q.type === "group" && m?.[2] ? q.questions.find((c) => c.id === m[2]) : q;
    return undefined;
  };

  return (
    <form ref={formRef} action={action} className="space-y-8" noValidate>
      {/* Enter in a field saves the draft (the first submit button is the default one, not an item's Remove). */}
      <button type="submit" name="intent" value="save" tabIndex={-1} aria-hidden="true" className="absolute -start-[9999px] size-px overflow-hidden" />
      <input type="hidden" name="lng" value={lng} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="country" value={country} />
      <input type="hidden" name="version" value={currentVersion} />
      {state.status === "error" ? (
        <div role="alert" aria-labelledby="error-summary" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <h2 id="error-summary" className="font-bold">{state.message && state.message !== "fixErrors" ? (s.refused[state.message] ?? s.errorSummary) : s.errorSummary}</h2>
          <ul className="ms-5 list-disc">
            {state.errors?.map((e, i) => (
              <li key={i}>
                <a href={`#${fieldIdOf(e.path)}`} className="underline">{fill(s.fieldError, { field: labelOfPath(model, e.path), message: message(e.reason) })}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {conflictView ? (
        <div role="alert" aria-labelledby="conflict-title" className="rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          <h2 id="conflict-title" className="font-bold">{s.conflictTitle}</h2>
          <p>{s.conflictIntro}</p>
          <ul className="ms-5 mt-2 list-disc">
            {conflictView.changes.map((c) => (
              <li key={`${c.at}-${c.by}`}>{fill(s.conflictChange, { name: c.by, when: when(c.at), fields: c.fields.map((p) => labelOfPath(model, p)).join(", ") })}</li>
            ))}
          </ul>
          {rest.length ? (
            <div className="mt-3">
              <h3 className="font-semibold">{s.otherConflicts}</h3>
              {rest.map((c) => (
                <div key={c.path} className="mt-2">
                  <p className="font-medium">{labelOfPath(model, c.path)}</p>
                  <ConflictChoice path={c.path} fid={fieldIdOf(c.path)} theirs={theirsText(c.path, findField(c.path), c.theirs)} s={s} />
                </div>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
      <div key={round} className="space-y-8">{sections}</div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" name="intent" value="save" className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50">
          {s.saveDraft}
        </button>
        {canSubmit ? (
          <button type="submit" name="intent" value="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {s.submit}
          </button>
        ) : null}
        <p aria-live="polite" className="text-sm text-slate-700" data-autosave>
          {stopped
            ? conflictView
              ? ""
              : s.autosaveConflict
            : autoNow?.note === "saving"
              ? s.autosaveSaving
              : autoNow?.note === "invalid"
                ? s.autosaveInvalid
                : autoNow?.note === "failed"
                  ? fill(s.autosaveFailedReason, { reason: autoNow.why && autoNow.why !== "unreachable" ? (s.refused[autoNow.why] ?? s.autosaveFailed) : s.autosaveUnreachable })
                  : autoNow?.savedAt
                    ? fill(s.autosaveSaved, { time: new Intl.DateTimeFormat(localeTag, { hour: "2-digit", minute: "2-digit" }).format(new Date(autoNow.savedAt)) })
                    : ""}
        </p>
      </div>
    </form>
  );
}

/** "Their answer: …" and the choice between it and the person's own (in the field), mine by default. */
function ConflictChoice({ path, fid, theirs, s }: { path: string; fid: string; theirs: string; s: ResponseFormStrings }) {
  return (
    <div id={`${fid}-theirs`} className="mt-2 rounded border border-amber-500 bg-amber-50 p-3 text-amber-950">
      <p>
        <span className="font-semibold">{s.theirAnswer}</span> <span dir="auto">{theirs}</span>
      </p>
      <fieldset className="mt-1">
        <legend className="text-sm font-semibold">{s.keepWhich}</legend>
        <div className="flex flex-wrap gap-4">
          <label className="flex items-center gap-2">
            <input type="radio" name={`resolve.${path}`} value="mine" defaultChecked className="size-5" />
            {s.keepMine}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name={`resolve.${path}`} value="theirs" className="size-5" />
            {s.keepTheirs}
          </label>
        </div>
      </fieldset>
    </div>
  );
}
