"use client";
import { useActionState } from "react";
import { saveListingAction, type ListingFormState } from "../actions/listings";
import { changedFields, type ListingFormValues } from "../listing-form";

export interface ListingField {
  name: string;
  label: string;
  kind: "text" | "textarea" | "select" | "multiselect" | "checkboxes" | "number" | "date" | "email" | "tel" | "fixed";
  options?: { value: string; label: string }[];
  hint?: string;
  lang?: string;
  dir?: "rtl" | "ltr";
  group: string;
  /** For kind "fixed": the value shown (sent as a hidden field). */
  shown?: string;
}

export interface ListingFormStrings {
  saveDraft: string;
  submit: string;
  save: string;
  fixErrors: string;
  fieldError: string;
  /** The 409: someone else saved meanwhile; shown above the fields. */
  conflict: string;
  theirs: string;
  empty: string;
  refused: Record<string, string>;
  errors: Record<string, string>;
}

const input = "mt-1 block w-full rounded border border-slate-500 px-2 py-1.5";

/**
 * The need / offer form: works without JavaScript (checkboxes, selects, text areas). A refused
 * save keeps everything typed; after a 409 each field the other person changed shows what they
 * saved beside what this person typed, and saving again is based on their version.
 */
export function ListingForm({
  lng,
  id,
  version,
  fields,
  groups,
  initial,
  canSubmit,
  strings: s,
}: {
  lng: string;
  id?: string;
  version?: number;
  fields: ListingField[];
  groups: { id: string; label: string }[];
  initial: ListingFormValues;
  canSubmit: boolean;
  strings: ListingFormStrings;
}) {
  const [state, action] = useActionState<ListingFormState, FormData>(saveListingAction, {});
  const values = state.values ?? initial;
  const v = state.version ?? version;
  const changed = new Set(state.theirs ? changedFields(values, state.theirs) : []);
  const one = (name: string) => {
    const x = values[name];
    return typeof x === "string" ? x : "";
  };
  const many = (name: string) => {
    const x = values[name];
    return Array.isArray(x) ? x : x ? [x] : [];
  };
  const errorOf = (name: string) => state.errors?.find((e) => e.field === name || name.startsWith(`${e.field}_`));
  const display = (f: ListingField, x: string | string[] | undefined) => {
    const list = (Array.isArray(x) ? x : x ? [x] : []).map((val) => f.options?.find((o) => o.value === val)?.label ?? val).filter(Boolean);
    return list.length ? list.join(", ") : s.empty;
  };
  const labelOf = (field: string) => fields.find((f) => f.name === field)?.label ?? fields.find((f) => f.name.startsWith(`${field}_`))?.label.replace(/\s*\(.*\)$/, "") ?? field;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="lng" value={lng} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <input type="hidden" name="kind" value={one("kind")} />
      {v ? <input type="hidden" name="version" value={v} /> : null}
      {state.status === "error" ? (
        <div role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p>{state.theirs ? s.conflict : state.message && state.message !== "fixErrors" ? (s.refused[state.message] ?? s.fixErrors) : s.fixErrors}</p>
          <ul className="ms-5 list-disc">
            {state.errors?.map((e, i) => (
              <li key={i}>
                <a href={`#listing-${fields.find((f) => f.name === e.field || f.name.startsWith(`${e.field}_`))?.name ?? e.field}`}>
                  {s.fieldError.replace("{{field}}", labelOf(e.field)).replace("{{message}}", s.errors[e.reason] ?? s.errors.invalid ?? e.reason)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div key={state.round ?? 0} className="space-y-6">
        {groups.map((g) => (
          <fieldset key={g.id} className="rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">{g.label}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {fields
                .filter((f) => f.group === g.id)
                .map((f) => {
                  const fid = `listing-${f.name}`;
                  const err = errorOf(f.name);
                  const errId = `${fid}-error`;
                  const hintId = `${fid}-hint`;
                  const described = [f.hint ? hintId : null, err ? errId : null, changed.has(f.name) ? `${fid}-theirs` : null].filter(Boolean).join(" ") || undefined;
                  const extra = (
                    <>
                      {err ? <p id={errId} className="text-sm font-semibold text-red-800">{s.errors[err.reason] ?? s.errors.invalid ?? err.reason}</p> : null}
                      {state.theirs && changed.has(f.name) ? (
                        <p id={`${fid}-theirs`} className="mt-1 rounded bg-amber-50 p-2 text-sm text-amber-950">
                          {s.theirs} <span dir="auto" lang={f.lang}>{display(f, state.theirs[f.name])}</span>
                        </p>
                      ) : null}
                    </>
                  );
                  const hint = f.hint ? <p id={hintId} className="text-sm text-slate-700">{f.hint}</p> : null;
                  const wide = f.kind === "textarea" || f.kind === "multiselect" || f.kind === "checkboxes" ? "sm:col-span-2" : undefined;
                  if (f.kind === "fixed")
                    return (
                      <div key={f.name}>
                        <p className="font-semibold">{f.label}</p>
                        <p>{f.shown}</p>
                        <input type="hidden" name={f.name} value={one(f.name)} />
                        {hint}
                      </div>
                    );
                  if (f.kind === "checkboxes")
                    return (
                      <fieldset key={f.name} id={fid} className={wide} aria-describedby={described}>
                        <legend className="font-semibold">{f.label}</legend>
                        {hint}
                        <div className="mt-1 grid gap-1 sm:grid-cols-2">
                          {f.options?.map((o) => (
                            <label key={o.value} className="flex items-center gap-2">
                              <input type="checkbox" name={f.name} value={o.value} defaultChecked={many(f.name).includes(o.value)} className="size-5 shrink-0" />
                              {o.label}
                            </label>
                          ))}
                        </div>
                        {extra}
                      </fieldset>
                    );
                  return (
                    <div key={f.name} className={wide}>
                      <label htmlFor={fid} className="block font-semibold">{f.label}</label>
                      {hint}
                      {f.kind === "textarea" ? (
                        <textarea id={fid} name={f.name} defaultValue={one(f.name)} rows={5} className={input} lang={f.lang} dir={f.dir} aria-describedby={described} aria-invalid={err ? true : undefined} />
                      ) : f.kind === "select" || f.kind === "multiselect" ? (
                        <select
                          id={fid}
                          name={f.name}
                          multiple={f.kind === "multiselect"}
                          size={f.kind === "multiselect" ? 6 : undefined}
                          defaultValue={f.kind === "multiselect" ? many(f.name) : one(f.name)}
                          className={input}
                          aria-describedby={described}
                          aria-invalid={err ? true : undefined}
                        >
                          {f.kind === "select" ? <option value="">—</option> : null}
                          {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                        </select>
                      ) : (
                        <input
                          id={fid}
                          name={f.name}
                          type={f.kind === "number" ? "text" : f.kind}
                          inputMode={f.kind === "number" ? "decimal" : undefined}
                          defaultValue={one(f.name)}
                          className={input}
                          lang={f.lang}
                          dir={f.dir}
                          aria-describedby={described}
                          aria-invalid={err ? true : undefined}
                        />
                      )}
                      {extra}
                    </div>
                  );
                })}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50">
          {canSubmit ? s.saveDraft : s.save}
        </button>
        {canSubmit ? (
          <button type="submit" name="intent" value="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {s.submit}
          </button>
        ) : null}
      </div>
    </form>
  );
}
