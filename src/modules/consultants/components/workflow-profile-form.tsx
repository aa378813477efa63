"use client";
import { useActionState } from "react";
import { saveProfileAction, uploadCvAction, type CvFormState, type ProfileFormState } from "../actions/workflow";
import type { ProfileFormValues } from "../profile-form";

export interface ProfileField {
  name: string;
  label: string;
  kind: "text" | "textarea" | "select" | "multiselect" | "checkboxes" | "checkbox" | "number" | "date" | "email";
  options?: { value: string; label: string }[];
  hint?: string;
  lang?: string;
  dir?: "rtl" | "ltr";
  group: string;
}

interface Strings {
  saveDraft: string;
  save: string;
  saveSubmit: string;
  saved: string;
  submitted: string;
  backToReview: string;
  fixErrors: string;
  reviewWarning?: string;
  /** common:actionRefused.* */
  refused: Record<string, string>;
  /** consultants:errors.* */
  errors: Record<string, string>;
  fieldError: string;
}

const input = "mt-1 block w-full rounded border border-slate-500 px-2 py-1.5";

function Errors({ state, fields, s }: { state: { status?: string; message?: string; errors?: { field: string; reason: string }[] }; fields: { name: string; label: string }[]; s: Strings }) {
  if (state.status !== "error") return null;
  return (
    <div role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
      <p>{state.message && state.message !== "fixErrors" ? (s.refused[state.message] ?? s.fixErrors) : s.fixErrors}</p>
      <ul className="ms-5 list-disc">
        {state.errors?.map((e, i) => {
          const label = fields.find((f) => f.name === e.field || f.name.startsWith(`${e.field}_`))?.label ?? e.field;
          const message = s.errors[e.reason] ?? s.errors.invalid ?? e.reason;
          return <li key={i}>{s.fieldError.replace("{{field}}", label).replace("{{message}}", message)}</li>;
        })}
      </ul>
    </div>
  );
}

/** The roster profile form: works without JavaScript (checkboxes, selects, text areas); a refused save keeps everything typed. */
export function WorkflowProfileForm({
  lng,
  version,
  fields,
  groups,
  initial,
  canSubmit,
  strings: s,
}: {
  lng: string;
  version?: number;
  fields: ProfileField[];
  groups: { id: string; label: string }[];
  initial: ProfileFormValues;
  canSubmit: boolean;
  strings: Strings;
}) {
  const [state, action] = useActionState<ProfileFormState, FormData>(saveProfileAction, {});
  const values = state.values ?? initial;
  const v = state.version ?? version;
  const one = (name: string) => {
    const x = values[name];
    return typeof x === "string" ? x : "";
  };
  const many = (name: string) => {
    const x = values[name];
    return Array.isArray(x) ? x : x ? [x] : [];
  };
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="lng" value={lng} />
      {v ? <input type="hidden" name="version" value={v} /> : null}
      {state.status && state.status !== "error" ? (
        <p role="status" className="rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">
          {state.status === "submitted" ? s.submitted : state.status === "backToReview" ? s.backToReview : s.saved}
        </p>
      ) : null}
      <Errors state={state} fields={fields} s={s} />
      {s.reviewWarning ? <p className="rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">{s.reviewWarning}</p> : null}
      <div key={state.round ?? 0} className="space-y-6">
        {groups.map((g) => (
          <fieldset key={g.id} className="rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">{g.label}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {fields
                .filter((f) => f.group === g.id)
                .map((f) => {
                  const fid = `profile-${f.name}`;
                  const hint = f.hint ? <p id={`${fid}-hint`} className="text-sm text-slate-700">{f.hint}</p> : null;
                  const described = f.hint ? `${fid}-hint` : undefined;
                  if (f.kind === "checkbox")
                    return (
                      <div key={f.name} className="flex items-center gap-2">
                        <input id={fid} name={f.name} type="checkbox" value="true" defaultChecked={one(f.name) === "true"} className="size-6" />
                        <label htmlFor={fid}>{f.label}</label>
                      </div>
                    );
                  if (f.kind === "checkboxes")
                    return (
                      <fieldset key={f.name} className="sm:col-span-2">
                        <legend className="font-semibold">{f.label}</legend>
                        {hint}
                        <div className="mt-1 grid gap-1 sm:grid-cols-2">
                          {f.options?.map((o) => (
                            <label key={o.value} className="flex items-center gap-2">
                              <input type="checkbox" name={f.name} value={o.value} defaultChecked={many(f.name).includes(o.value)} className="size-5" />
                              {o.label}
                            </label>
                          ))}
                        </div>
                      </fieldset>
                    );
                  return (
                    <div key={f.name} className={f.kind === "textarea" || f.kind === "multiselect" ? "sm:col-span-2" : undefined}>
                      <label htmlFor={fid} className="block font-semibold">{f.label}</label>
                      {hint}
                      {f.kind === "textarea" ? (
                        <textarea id={fid} name={f.name} defaultValue={one(f.name)} rows={3} className={input} lang={f.lang} dir={f.dir} aria-describedby={described} />
                      ) : f.kind === "select" || f.kind === "multiselect" ? (
                        <select
                          id={fid}
                          name={f.name}
                          multiple={f.kind === "multiselect"}
                          size={f.kind === "multiselect" ? 6 : undefined}
                          defaultValue={f.kind === "multiselect" ? many(f.name) : one(f.name)}
                          className={input}
                          aria-describedby={described}
                        >
                          {f.kind === "select" ? <option value="" /> : null}
                          {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                        </select>
                      ) : (
                        <input id={fid} name={f.name} type={f.kind} defaultValue={one(f.name)} className={input} lang={f.lang} dir={f.dir} aria-describedby={described} />
                      )}
                    </div>
                  );
                })}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {canSubmit ? s.saveDraft : s.save}
        </button>
        {canSubmit ? (
          <button type="submit" name="intent" value="submit" className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50">
            {s.saveSubmit}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Upload or replace the CV: multipart, works without JavaScript; refusals name the `cv` field. */
export function CvUploadForm({ lng, strings: s }: { lng: string; strings: { file: string; hint: string; upload: string; saved: string; fixErrors: string; fieldError: string; refused: Record<string, string>; errors: Record<string, string> } }) {
  const [state, action] = useActionState<CvFormState, FormData>(uploadCvAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="lng" value={lng} />
      {state.status === "saved" ? <p role="status" className="rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">{s.saved}</p> : null}
      <Errors state={state} fields={[{ name: "cv", label: s.file }]} s={{ ...s, saveDraft: "", save: "", saveSubmit: "", submitted: "", backToReview: "" }} />
      <label htmlFor="cv-file" className="block font-semibold">{s.file}</label>
      <p id="cv-hint" className="text-sm text-slate-700">{s.hint}</p>
      <input key={state.round ?? 0} id="cv-file" name="cv" type="file" accept="application/pdf,.pdf" aria-describedby="cv-hint" className="block" />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{s.upload}</button>
    </form>
  );
}
