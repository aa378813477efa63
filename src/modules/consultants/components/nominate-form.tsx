"use client";
import { useActionState } from "react";
import { nominateAction, type NominateFormState } from "../actions/workflow";

/** A focal point's nomination: name, email, language of the invitation. */
export function NominateForm({
  lng,
  languages,
  strings: s,
}: {
  lng: string;
  languages: { value: string; label: string }[];
  strings: { fullName: string; email: string; language: string; send: string; sent: string; fixErrors: string; refused: Record<string, string>; errors: Record<string, string> };
}) {
  const [state, action] = useActionState<NominateFormState, FormData>(nominateAction, {});
  const v = state.values ?? { fullName: "", email: "", lng };
  const label: Record<string, string> = { fullName: s.fullName, email: s.email, nomineeLng: s.language };
  const cls = "mt-1 block w-full rounded border border-slate-500 px-2 py-1.5";
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="lng" value={lng} />
      {state.status === "sent" ? <p role="status" className="rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">{s.sent}</p> : null}
      {state.status === "error" ? (
        <div role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p>{state.message && state.message !== "fixErrors" ? (s.refused[state.message] ?? s.fixErrors) : s.fixErrors}</p>
          <ul className="ms-5 list-disc">{state.errors?.map((e, i) => <li key={i}>{`${label[e.field] ?? e.field}: ${s.errors[e.reason] ?? e.reason}`}</li>)}</ul>
        </div>
      ) : null}
      <div key={state.round ?? 0} className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="nominee-name" className="block font-semibold">{s.fullName}</label>
          <input id="nominee-name" name="fullName" defaultValue={v.fullName} className={cls} />
        </div>
        <div>
          <label htmlFor="nominee-email" className="block font-semibold">{s.email}</label>
          <input id="nominee-email" name="email" type="email" dir="ltr" defaultValue={v.email} className={cls} />
        </div>
        <div>
          <label htmlFor="nominee-lng" className="block font-semibold">{s.language}</label>
          <select id="nominee-lng" name="nomineeLng" defaultValue={v.lng || lng} className={cls}>
            {languages.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{s.send}</button>
    </form>
  );
}
