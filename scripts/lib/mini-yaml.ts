/**
 * Just enough YAML for the project's own docker-compose.yml, read by its static test
 * (scripts/deploy-config.test.ts; no Docker engine on the development machines): block
 * mappings and sequences, plain, quoted and JSON-style flow scalars, comments. Anything
 * else (anchors, multi-line strings, flow mappings) is refused with the line, so the test
 * fails loudly rather than reading the file wrongly.
 */
export type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };

interface Line {
  indent: number;
  text: string;
  no: number;
}

function stripComment(raw: string): string {
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "#" && (i === 0 || /\s/.test(raw[i - 1]!))) {
      return raw.slice(0, i);
    }
  }
  return raw;
}

function scalar(text: string, no: number): Yaml {
  const t = text.trim();
  if (/^[&*!|>{]/.test(t)) throw new Error(`line ${no}: unsupported YAML: ${t}`);
  if (t.startsWith('"')) return JSON.parse(t) as string;
  if (t.startsWith("'")) {
    if (!t.endsWith("'") || t.length < 2) throw new Error(`line ${no}: unterminated string`);
    return t.slice(1, -1).replace(/''/g, "'");
  }
  if (t.startsWith("[")) {
    try {
      return JSON.parse(t) as Yaml[];
    } catch {
      throw new Error(`line ${no}: only JSON-style flow sequences are supported: ${t}`);
    }
  }
  if (t === "true" || t === "false") return t === "true";
  if (t === "null" || t === "~" || t === "") return null;
  if (/^-?\d+$/.test(t)) return Number(t);
  return t;
}

const isItem = (text: string) => text === "-" || text.startsWith("- ");
const KEY = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"'#][^:]*?):(?:\s+(.*))?$/;

export function parseYaml(source: string): Yaml {
  const lines: Line[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    if (raw.includes("\t")) throw new Error(`line ${index + 1}: tabs are not YAML indentation`);
    const text = stripComment(raw).trimEnd();
    if (text.trim()) lines.push({ indent: text.length - text.trimStart().length, text: text.trimStart(), no: index + 1 });
  });
  let i = 0;

  function block(): Yaml {
    const first = lines[i]!;
    return isItem(first.text) ? sequence(first.indent) : mapping(first.indent);
  }

  function mapping(indent: number): { [key: string]: Yaml } {
    const out: { [key: string]: Yaml } = {};
    while (i < lines.length && lines[i]!.indent === indent && !isItem(lines[i]!.text)) {
      const line = lines[i]!;
      const m = KEY.exec(line.text);
      if (!m) throw new Error(`line ${line.no}: expected "key: value": ${line.text}`);
      const key = scalar(m[1]!, line.no);
      if (String(key) in out) throw new Error(`line ${line.no}: duplicate key ${String(key)}`);
      i++;
      const next = lines[i];
      if (m[2] !== undefined && m[2] !== "") out[String(key)] = scalar(m[2], line.no);
      else if (next && (next.indent > indent || (next.indent === indent && isItem(next.text)))) out[String(key)] = block();
      else out[String(key)] = null;
    }
    if (i < lines.length && lines[i]!.indent > indent) throw new Error(`line ${lines[i]!.no}: unexpected indentation`);
    return out;
  }

  function sequence(indent: number): Yaml[] {
    const out: Yaml[] = [];
    while (i < lines.length && lines[i]!.indent === indent && isItem(lines[i]!.text)) {
      const line = lines[i]!;
      const rest = line.text.replace(/^-\s*/, "");
      if (!rest) {
        i++;
        out.push(block());
      } else if (KEY.test(rest) && !/^["'[]/.test(rest)) {
        // "- key: value": a mapping whose keys line up after the dash.
        lines[i] = { ...line, indent: indent + (line.text.length - rest.length), text: rest };
        out.push(mapping(lines[i]!.indent));
      } else {
        out.push(scalar(rest, line.no));
        i++;
      }
    }
    return out;
  }

  if (!lines.length) return null;
  const doc = block();
  if (i < lines.length) throw new Error(`line ${lines[i]!.no}: unexpected content`);
  return doc;
}
