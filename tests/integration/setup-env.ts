import { inject } from "vitest";

// src/lib/env reads DATABASE_URL on first use; point it at this run's throwaway database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
process.env.PUBLIC_URL ??= "http://localhost:3000";
