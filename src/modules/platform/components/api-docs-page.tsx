import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { ScrollRegion } from "@/modules/shell";
import { openApiDocument } from "../openapi";

interface Param {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; enum?: unknown[]; default?: unknown; $ref?: string };
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: Param[];
  responses?: Record<string, { description?: string }>;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function typeOf(p: Param): string {
  const s = p.schema ?? {};
  if (s.enum) return s.enum.map(String).join(" | ");
  return s.type ?? "string";
}

/**
 * A readable rendering of the OpenAPI document, built on the server: no script,
 * so it loads on slow links and with JavaScript off. Operation texts come from
 * the schemas and are in English, marked as such.
 */
export async function ApiDocsPage({ lng }: { lng: Locale }) {
  const t = await getT(lng, "apidocs");
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((m) => ({
      path,
      method: m,
      op: (item as Record<string, Operation>)[m]!,
    })),
  );
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("lead")}</p>
      <p className="mt-2 text-slate-700">{t("errorsNote")}</p>
      <p className="mt-4">
        <a href="/api/v1/openapi.json" className="font-semibold" download>
          {t("download")}
        </a>
      </p>
      {operations.map(({ path, method, op }) => (
        <article key={`${method} ${path}`} className="mt-8 rounded border border-slate-200 p-4" aria-labelledby={op.operationId}>
          <h2 id={op.operationId} className="font-mono text-lg break-all" dir="ltr">
            <span className="me-2 rounded bg-brand-700 px-2 py-0.5 text-sm font-bold uppercase text-white">{method}</span>
            {path}
          </h2>
          <div lang="en" dir="ltr">
            {op.summary ? <p className="mt-2 font-semibold">{op.summary}</p> : null}
            {op.description ? <p className="mt-1 text-slate-700">{op.description}</p> : null}
          </div>
          {op.parameters?.length ? (
            <>
              <h3 className="mt-4 font-semibold">{t("parameters")}</h3>
              <ScrollRegion label={t("parametersOf", { operation: `${method.toUpperCase()} ${path}` })} className="mt-1">
                <table className="w-full text-sm">
                  <thead>
                    <tr className="border-b border-slate-300">
                      {(["name", "in", "type", "required", "description"] as const).map((c) => (
                        <th key={c} scope="col" className="px-2 py-1 text-start">
                          {t(c)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {op.parameters.map((p) => (
                      <tr key={p.name} className="border-b border-slate-100">
                        <td className="px-2 py-1 font-mono" dir="ltr">{p.name}</td>
                        <td className="px-2 py-1 font-mono" dir="ltr">{p.in}</td>
                        <td className="px-2 py-1 font-mono text-xs" dir="ltr">{typeOf(p)}</td>
                        <td className="px-2 py-1">{p.required ? t("yes") : t("no")}</td>
                        <td className="px-2 py-1" lang="en" dir="ltr">{p.description ?? ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </>
          ) : null}
          <h3 className="mt-4 font-semibold">{t("responses")}</h3>
          <ul className="mt-1 text-sm">
            {Object.entries(op.responses ?? {}).map(([status, r]) => (
              <li key={status} dir="ltr" lang="en">
                <span className="font-mono font-bold">{status}</span> {r.description}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
