/**
 * Text normalisation shared by indexing and querying, so both sides agree:
 * - Latin and Cyrillic: case- and accent-insensitive (NFD, combining marks removed);
 * - Arabic: diacritics (harakat, tanwin, shadda, superscript alef) and tatweel
 *   removed; alef/hamza variants → ا, ؤ → و, ئ and ى → ي, ة → ه; Arabic-Indic digits → 0-9;
 * - Chinese, Japanese, Korean: no spaces between words, so runs are indexed as
 *   overlapping character bigrams (a single character stays a unigram): 地理标志
 *   → 地理 理标 标志, found inside 关于地理标志的国家研讨会.
 * The tokens go into a tsvector with array_to_tsvector (no parser, no stemming).
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const TOKEN = /[\p{L}\p{N}]+/gu;
const MAX_TOKENS = 2000;
// PostgreSQL refuses a tsvector word of 2,048 bytes or more; no real word is near 64
// characters (≤ 256 bytes in UTF-8), so longer runs are cut there, on both sides alike.
const MAX_TOKEN_CHARS = 64;
const capped = (token: string) => (token.length > MAX_TOKEN_CHARS ? [...token].slice(0, MAX_TOKEN_CHARS).join("") : token);

export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\u0640/g, "")
    .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, "\u0627")
    .replace(/\u0624/g, "\u0648")
    .replace(/[\u0626\u0649]/g, "\u064a")
    .replace(/\u0629/g, "\u0647")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .normalize("NFC");
}

function splitRun(run: string, out: string[]) {
  // A run may mix scripts ("wipo知识产权"): cut it where CJK starts or stops.
  let current = "";
  let currentCjk = false;
  const flush = () => {
    if (!current) return;
    if (currentCjk) {
      const chars = [...current];
      if (chars.length === 1) out.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else {
      out.push(capped(current));
    }
    current = "";
  };
  for (const ch of run) {
    const cjk = CJK.test(ch);
    if (cjk !== currentCjk) flush();
    currentCjk = cjk;
    current += ch;
  }
  flush();
}

/** Index tokens of a text (duplicates removed). */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of normalize(text).match(TOKEN) ?? []) splitRun(run, out);
  return [...new Set(out)].slice(0, MAX_TOKENS);
}

/** Query tokens: every one must match (AND). */
export function queryTokens(query: string): string[] {
  return indexTokens(query).slice(0, 32);
}

/** A tsquery literal for the tokens (they hold only letters and digits, so quoting is safe). */
export function toTsquery(tokens: string[]): string {
  return tokens.map((t) => `'${t}'`).join(" & ");
}

/**
 * A tsvector as text from index tokens: a position per token (ts_rank needs them), weight A
 * on the tokens of the record's title or name, so they rank first.
 */
export function tsvectorText(all: string[], title: string[]): string {
  const inTitle = new Set(title);
  return all.map((t, i) => `'${t}':${Math.min(i + 1, 16383)}${inTitle.has(t) ? "A" : ""}`).join(" ");
}
