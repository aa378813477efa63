"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { saveActivityAction, type EditState } from "../actions";
import { columnOf } from "./field-of-path";

export interface EditField {
  name: string;
  label: string;
  kind: "text" | "textarea" | "select" | "date" | "checkbox";
  options?: { value: string; label: string }[];
  lang?: string;
  dir?: "rtl" | "ltr";
}

/**
 * The activity form. Its fields are the import template's columns, so a form and a
 * file row are validated by the same code; errors name the same fields.
 */
export function EditActivityForm({
  id,
  version,
  fields,
  initial,
  labels,
  viewHref,
}: {
  id?: string;
  version?: number;
  fields: EditField[];
  initial: Record<string, string>;
  labels: { save: string; saved: string; fixErrors: string };
  viewHref: string;
}) {
  const [state, action] = useActionState<EditState, FormData>(saveActivityAction, {});
  const { t } = useTranslation("common");
  const { t: ta } = useTranslation("activities");
  const values = state.values ?? initial;
  const input = "mt-1 block w-full rounded border border-slate-400 px-2 py-1.5";
  return (
    <form action={action} className="space-y-3">
      {id || state.id ? <input type="hidden" name="id" value={id ?? state.id} /> : null}
      {/* The version this edit started from: a save after someone else's is refused, not lost. */}
      {state.version ?? version ? <input type="hidden" name="version" value={state.version ?? version} /> : null}
      {state.status === "saved" ? (
        <p role="status" className="rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">
          {labels.saved} <a href={viewHref.replace("{id}", state.id ?? id ?? "")}>→</a>
        </p>
      ) : null}
      {state.status === "error" ? (
        <div role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p>{state.message && state.message !== "fixErrors" ? t(`actionRefused.${state.message}`) : labels.fixErrors}</p>
          {state.message === "conflict" && (id ?? state.id) ? (
            <p>
              <a href={viewHref.replace("{id}", id ?? state.id ?? "")} target="_blank" rel="noopener">
                {t("actionRefused.openCurrent")}
              </a>
            </p>
          ) : null}
          <ul className="ms-5 list-disc">
            {state.errors?.map((e, i) => {
              // Codes (activities:errors.*) under the field's own label; the page adds those strings.
              const message = ta(`errors.${e.reason}`, { defaultValue: ta("errors.invalid") });
              const column = columnOf(e.field);
              const field = fields.find((f) => f.name === column)?.label ?? (column === "title" ? ta("edit.titles") : column === "description" ? ta("edit.descriptions") : null);
              return <li key={i}>{field ? ta("edit.fieldError", { field, message }) : message}</li>;
            })}
          </ul>
        </div>
      ) : null}
      {/* React resets a form after its action; remounting with the returned values keeps what was typed. */}
      <div key={state.round ?? 0} className="grid gap-3 sm:grid-cols-2">
        {fields.map((f) => {
          const fid = `edit-${f.name}`;
          if (f.kind === "checkbox") {
            return (
              <div key={f.name} className="flex items-center gap-2">
                <input id={fid} name={f.name} type="checkbox" value="true" defaultChecked={values[f.name] === "true"} className="size-6" />
                <label htmlFor={fid}>{f.label}</label>
              </div>
            );
          }
          return (
            <div key={f.name} className={f.kind === "textarea" ? "sm:col-span-2" : undefined}>
              <label htmlFor={fid} className="block font-semibold">{f.label}</label>
              {f.kind === "textarea" ? (
                <textarea id={fid} name={f.name} defaultValue={values[f.name] ?? ""} rows={3} className={input} lang={f.lang} dir={f.dir} />
              ) : f.kind === "select" ? (
                <select id={fid} name={f.name} defaultValue={values[f.name] ?? ""} className={input}>
                  <option value="" />
                  {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              ) : (
                <input id={fid} name={f.name} type={f.kind} defaultValue={values[f.name] ?? ""} className={input} lang={f.lang} dir={f.dir} />
              )}
            </div>
          );
        })}
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{labels.save}</button>
    </form>
  );
}
