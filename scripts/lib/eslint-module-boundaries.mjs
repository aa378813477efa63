/**
 * ESLint rule `house/module-boundaries` (eslint.config.mjs; the list is in docs/ARCHITECTURE.md).
 *
 * Every import in src/ that lands in another module's folder (by `@/modules/…` or by a relative
 * path, resolved against the importing file) must land on one of that module's public files:
 *   - `server` (its server/index.ts), never a file inside server/;
 *   - `constants`, `schemas`, `policy`, `openapi`, `actions` (or `actions/<file>`);
 *   - anything under `components/`;
 *   - the module's own index (`@/modules/shell`).
 * A module's files import each other freely. Another module is named by `@/modules/<m>/…`, never
 * by a relative path that climbs into it. A client file ("use client") imports no module's
 * `server` (type-only imports aside): that code cannot run in the browser.
 */
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const SRC = path.join(ROOT, "src");

/** Public entry files of a module, as paths inside it (extension and a trailing /index removed). */
const PUBLIC = new Set(["", "server", "constants", "schemas", "policy", "openapi", "actions"]);
const PUBLIC_FOLDERS = ["components/", "actions/"];
export const PUBLIC_FILES_TEXT = "server (its index), constants, schemas, policy, openapi, actions, components/*";

const isPublic = (inner) => PUBLIC.has(inner) || PUBLIC_FOLDERS.some((f) => inner.startsWith(f));

/** The module and the path inside it of a file under src/modules, else null. */
function moduleOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const [top, name, ...rest] = rel.split(path.sep);
  if (top !== "modules" || !name || !rest.length) {
    // `src/modules/shell` itself (a folder import resolves to its index).
    return top === "modules" && name ? { name, inner: "" } : null;
  }
  const inner = rest
    .join("/")
    .replace(/\.(tsx?|jsx?|mjs|cjs)$/, "")
    .replace(/(^|\/)index$/, "");
  return { name, inner };
}

function isClientFile(sourceCode) {
  for (const node of sourceCode.ast.body) {
    if (node.type !== "ExpressionStatement" || typeof node.directive !== "string") break;
    if (node.directive === "use client") return true;
  }
  return false;
}

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Modules talk to each other through their public files only (docs/ARCHITECTURE.md)" },
    schema: [],
    messages: {
      serverInternal: "Import another module's server code through its server/index.ts: `@/modules/{{module}}/server`, not `{{source}}`.",
      internal: "`{{source}}` is internal to the {{module}} module. Other modules and routes import only its public files: " + PUBLIC_FILES_TEXT + ".",
      relative: "Name another module by `@/modules/{{module}}/…`, not by a relative path that climbs into it (`{{source}}`).",
      clientServer: "A client component cannot import server code (`{{source}}`): pass the data from a server component, or call a server action.",
    },
  },
  create(context) {
    const filename = context.filename;
    const importer = moduleOf(filename);
    const client = isClientFile(context.sourceCode);

    function check(node, source, typeOnly) {
      if (typeof source !== "string") return;
      const relative = source === "." || source === ".." || source.startsWith("./") || source.startsWith("../");
      if (!relative && !source.startsWith("@/")) return;
      const target = moduleOf(relative ? path.resolve(path.dirname(filename), source) : path.join(SRC, source.slice(2)));
      if (!target) return;
      const data = { source, module: target.name };
      if (client && !typeOnly && (target.inner === "server" || target.inner.startsWith("server/"))) {
        context.report({ node, messageId: "clientServer", data });
        return;
      }
      if (importer?.name === target.name) return;
      if (relative) context.report({ node, messageId: "relative", data });
      else if (target.inner.startsWith("server/")) context.report({ node, messageId: "serverInternal", data });
      else if (!isPublic(target.inner)) context.report({ node, messageId: "internal", data });
    }

    return {
      ImportDeclaration(node) {
        const typeOnly = node.importKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"));
        check(node.source, node.source.value, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node.source, node.source.value, node.exportKind === "type");
      },
      ExportAllDeclaration(node) {
        check(node.source, node.source.value, node.exportKind === "type");
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node.source, node.source.value, false);
      },
    };
  },
};

export default rule;
