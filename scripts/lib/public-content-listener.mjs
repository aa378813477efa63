// @ts-check
/**
 * One PostgreSQL connection that LISTENs on `public_content_changed`: the trigger
 * notify_public_content_changed() (prisma/migrations/20261202070000_public_content_changes)
 * sends it when a transaction that wrote a table public pages show commits.
 *
 * - onChange runs for every notification (the page cache drops its copies, the app's
 *   per-process memos of reference data start again);
 * - onUp / onDown bracket the time the connection listens: while it is down a change could
 *   be missed, so the page cache stands aside, and it starts empty when the connection is back;
 * - settled() is a round trip on this connection: PostgreSQL delivers pending notifications
 *   before the answer, so after a commit has returned, `await settled()` means this process
 *   has seen it (a writer's own next page view shows its write).
 *
 * The app reaches settled() and the change counter through globalThis (src/lib/public-content.ts):
 * Next.js bundles the app, so a shared module instance is not available to it.
 */
import pg from "pg";

export const CHANNEL = "public_content_changed";
/** = the symbols of src/lib/public-content.ts */
export const SETTLED_SYMBOL = Symbol.for("portal.publicContent.settled");
export const GENERATION_SYMBOL = Symbol.for("portal.publicContent.generation");

/**
 * @param {{
 *   connectionString: string,
 *   onChange: (table: string) => void,
 *   onUp: () => void,
 *   onDown: (error: unknown) => void,
 *   retryMs?: number,
 * }} options
 */
export function listenForPublicChanges(options) {
  const retryMs = options.retryMs ?? 2000;
  /** @type {pg.Client | null} */
  let client = null;
  let up = false;
  let stopped = false;
  let generation = 0;
  /** @type {NodeJS.Timeout | null} */
  let retry = null;

  const g = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));
  // No listener → no counter: the app then memoizes nothing.
  g[GENERATION_SYMBOL] = function currentGeneration() {
    return up ? generation : null;
  };
  g[SETTLED_SYMBOL] = async () => {
    if (up && client) await client.query("SELECT 1");
  };

  function down(/** @type {unknown} */ error) {
    const wasUp = up;
    up = false;
    generation++;
    client?.removeAllListeners();
    client?.on("error", () => {});
    void client?.end().catch(() => {});
    client = null;
    if (wasUp || error) options.onDown(error);
    if (!stopped && !retry) retry = setTimeout(connect, retryMs);
  }

  async function connect() {
    retry = null;
    if (stopped) return;
    const c = new pg.Client({ connectionString: options.connectionString, application_name: "portal-page-cache", connectionTimeoutMillis: 5000, keepAlive: true });
    client = c;
    c.on("error", (error) => down(error));
    c.on("end", () => client === c && down(new Error("listener connection ended")));
    c.on("notification", (message) => {
      generation++;
      options.onChange(message.payload ?? "");
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      if (client !== c) return;
      up = true;
      generation++;
      options.onUp();
    } catch (error) {
      if (client === c) down(error);
    }
  }

  void connect();
  return {
    get up() {
      return up;
    },
    async close() {
      stopped = true;
      delete g[GENERATION_SYMBOL];
      delete g[SETTLED_SYMBOL];
      if (retry) clearTimeout(retry);
      up = false;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
