import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const stand_in = path.join(root, "scripts", "lib", "no-native-engine.txt");
const preload = path.join(root, "scripts", "lib", "prisma-cli-preload.cjs");

/** Runs the Prisma CLI offline (see no-native-engine.txt); resolves with its exit code. */
export function runPrisma(args: string[], env: Record<string, string> = {}, quiet = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", preload, path.join(root, "node_modules", "prisma", "build", "index.js"), ...args], {
      cwd: root,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: {
        ...process.env,
        ...env,
        PRISMA_QUERY_ENGINE_LIBRARY: stand_in,
        PRISMA_SCHEMA_ENGINE_BINARY: stand_in,
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (quiet && code !== 0) process.stderr.write(output);
      resolve(code ?? 1);
    });
  });
}

export async function prismaOrThrow(args: string[], env: Record<string, string> = {}, quiet = false): Promise<void> {
  const code = await runPrisma(args, env, quiet);
  if (code !== 0) throw new Error(`prisma ${args.join(" ")} exited with ${code}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  runPrisma(process.argv.slice(2)).then((code) => process.exit(code));
}
