/**
 * npm run db:migrate | db:seed | db:reset | db:migrate:dev -- --name <change>
 * Works on DATABASE_URL, or on the embedded PostgreSQL when it is unset.
 */
import { dropAll, isDemoMode, migrate, openDatabase, seed } from "./lib/database";
import { prismaOrThrow } from "./lib/prisma-cli";

const [command, ...rest] = process.argv.slice(2);
const db = await openDatabase();
const demo = isDemoMode(db.embedded);
try {
  switch (command) {
    case "migrate":
      await migrate(db.url, false);
      break;
    case "seed":
      await seed(db.url, { demo });
      break;
    case "reset":
      await dropAll(db.url);
      await migrate(db.url, false);
      await seed(db.url, { demo });
      break;
    case "migrate-dev":
      await prismaOrThrow(["migrate", "dev", ...rest], { DATABASE_URL: db.url });
      break;
    default:
      console.error("usage: tsx scripts/db.ts migrate|seed|reset|migrate-dev [prisma args]");
      process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.stop();
}
