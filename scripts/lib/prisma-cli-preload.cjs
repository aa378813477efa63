// Preloaded into the Prisma CLI process (see prisma-cli.ts).
// The Wasm schema engine arms a 10 s timer that it never clears, so every
// migrate command would sit idle for 10 s after finishing. Timers armed from
// Wasm are unref'd: while the engine is really working, its open database
// connections keep the process alive anyway.
"use strict";
const armTimer = global.setTimeout;
global.setTimeout = function setTimeoutFromCli(callback, ms, ...args) {
  const timer = armTimer(callback, ms, ...args);
  if (ms >= 1000 && /wasm-function/.test(new Error().stack || "")) timer.unref();
  return timer;
};
