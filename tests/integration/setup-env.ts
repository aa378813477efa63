import { inject } from "vitest";

// src/lib/env reads DATABASE_URL on first use; point it at this run's throwaway database.
process.env.DATABASE_URL = inject("databaseUrl");
