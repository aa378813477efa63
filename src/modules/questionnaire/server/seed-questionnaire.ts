import "server-only";
import type { PrismaClient } from "@/lib/db/create-client";
import { Definition } from "../definition";
import { VERSION_1 } from "../seed/version-1";

/** The round every mode (demo, tests, production's first start) has: open now, so the questionnaire can be tried. */
export const FIRST_ROUND = { name: "2027", opensOn: "2026-11-01", deadline: "2027-06-30" } as const;

/**
 * Reference data: questionnaire version 1 (stored parsed, defaults filled in) and the round
 * "2027" of it. Idempotent: a version number or round name already there is left as it is (a
 * stored version is never changed; a round's dates may have been moved by the secretariat).
 */
export async function seedQuestionnaire(client: PrismaClient): Promise<{ versionCreated: boolean; roundCreated: boolean; questions: number }> {
  const definition = Definition.parse(VERSION_1);
  return client.$transaction(async (tx) => {
    const version = await tx.$executeRaw`
      INSERT INTO questionnaire_version (id, number, definition) VALUES (gen_random_uuid(), 1, ${JSON.stringify(definition)}::jsonb)
      ON CONFLICT (number) DO NOTHING`;
    const round = await tx.$executeRaw`
      INSERT INTO questionnaire_round (id, name, version_id, opens_on, deadline)
      SELECT gen_random_uuid(), ${FIRST_ROUND.name}, v.id, ${FIRST_ROUND.opensOn}::date, ${FIRST_ROUND.deadline}::date FROM questionnaire_version v WHERE v.number = 1
      ON CONFLICT (name) DO NOTHING`;
    const questions = definition.sections.flatMap((s) => s.questions).reduce((n, q) => n + 1 + (q.type === "group" ? q.questions.length : 0), 0);
    return { versionCreated: version === 1, roundCreated: round === 1, questions };
  });
}
