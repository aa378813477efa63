"use client";
import { useActionState } from "react";
import { addAssignmentAction, type AssignmentFormState } from "../actions/assignments";

export interface AssignmentFormText {
  legend: string;
  consultantId: string;
  consultantIdHint: string;
  role: string;
  startsOn: string;
  endsOn: string;
  submit: string;
  /** Why the whole form was refused (common:actionRefused.*, "conflict" as "already assigned"). */
  refused: Record<string, string>;
  /** Field error codes (consultants:assignments.errors.*), `invalid` as the fallback. */
  errors: Record<string, string>;
}

/** The "Add a roster expert" form (works without JavaScript): what was typed comes back with the errors. */
export function AssignmentFormFields({
  lng,
  activityId,
  defaults,
  roles,
  text,
}: {
  lng: string;
  activityId: string;
  defaults: { startsOn: string; endsOn: string };
  roles: { value: string; label: string }[];
  text: AssignmentFormText;
}) {
  const [state, action] = useActionState<AssignmentFormState, FormData>(addAssignmentAction, {});
  const values: Record<string, string> = { role: "expert", ...defaults, ...state.values };
  const errorOf = (field: string) => (state.errors?.[field] ? (text.errors[state.errors[field]] ?? text.errors.invalid) : null);
  const input = "mt-1 block w-full rounded border border-slate-400 px-2 py-1.5";
  const field = (name: "consultantId" | "startsOn" | "endsOn", type: "text" | "date", label: string, hint?: string) => {
    const error = errorOf(name);
    const described = [hint ? `assign-${name}-hint` : null, error ? `assign-${name}-error` : null].filter(Boolean).join(" ") || undefined;
    return (
      <div className={name === "consultantId" ? "sm:col-span-2" : undefined}>
        <label htmlFor={`assign-${name}`} className="block font-semibold">{label}</label>
        {hint ? <p id={`assign-${name}-hint`} className="text-sm text-slate-700">{hint}</p> : null}
        <input
          id={`assign-${name}`}
          name={name}
          type={type}
          required
          defaultValue={values[name] ?? ""}
          dir={type === "text" ? "ltr" : undefined}
          autoComplete="off"
          aria-invalid={error ? "true" : undefined}
          aria-describedby={described}
          className={input}
        />
        {error ? <p id={`assign-${name}-error`} className="mt-1 text-sm text-red-800">{error}</p> : null}
      </div>
    );
  };
  const roleError = errorOf("role");
  return (
    <form action={action} className="mt-4 rounded border border-slate-300 p-4">
      <fieldset>
        <legend className="text-lg font-bold text-brand-900">{text.legend}</legend>
        <input type="hidden" name="activityId" value={activityId} />
        <input type="hidden" name="lng" value={lng} />
        {state.message ? (
          <p role="alert" className="mt-2 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
            {text.refused[state.message] ?? text.refused.fixErrors}
          </p>
        ) : null}
        {/* React resets a form after its action; remounting with the returned values keeps what was typed. */}
        <div key={state.round ?? 0} className="mt-2 grid gap-3 sm:grid-cols-3">
          {field("consultantId", "text", text.consultantId, text.consultantIdHint)}
          <div>
            <label htmlFor="assign-role" className="block font-semibold">{text.role}</label>
            <select id="assign-role" name="role" defaultValue={values.role ?? "expert"} className={input} aria-invalid={roleError ? "true" : undefined}>
              {roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
            </select>
            {roleError ? <p className="mt-1 text-sm text-red-800">{roleError}</p> : null}
          </div>
          {field("startsOn", "date", text.startsOn)}
          {field("endsOn", "date", text.endsOn)}
        </div>
        <button type="submit" className="mt-3 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{text.submit}</button>
      </fieldset>
    </form>
  );
}
