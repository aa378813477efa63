import "server-only";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { auditedWrite } from "@/modules/audit/server";
import { conflict } from "@/lib/errors";
import { REMINDER_INTERVAL_DAYS } from "../constants";
import { emailFocalPoints, focalPointsOf } from "./notify";
import { getRound } from "./rounds";

export interface ReminderReport {
  /** Countries whose focal points were reminded now. */
  reminded: string[];
  /** Countries skipped because they were reminded less than a week ago. */
  recentlyReminded: string[];
  /** Countries with no active focal point to remind. */
  withoutFocalPoint: string[];
}

/**
 * Reminds the focal points of every invited country that has not submitted (not started, a
 * draft, or returned), each in their language, at most once a week per country and round:
 * the check and the reminder's row are made under a lock on the round, so two presses at
 * once remind nobody twice. `only` narrows it to some countries.
 */
export async function sendReminders(user: CurrentUser, roundId: string, meta: RequestMeta, only?: readonly string[]): Promise<ReminderReport> {
  const round = await getRound(roundId);
  if (!round.open) throw conflict(`The round ${round.name} is closed: its deadline was ${round.deadline}`);
  return auditedWrite(async (tx) => {
    await tx.$queryRaw`SELECT id FROM questionnaire_round WHERE id = ${roundId}::uuid FOR UPDATE`;
    const rows = await tx.$queryRaw<{ iso2: string; recent: boolean }[]>`
      SELECT c.iso2, EXISTS (SELECT 1 FROM questionnaire_reminder m WHERE m.round_id = ${roundId}::uuid AND m.country = c.iso2
        AND m.sent_at > now() - make_interval(days => ${REMINDER_INTERVAL_DAYS})) AS recent
      FROM country c LEFT JOIN questionnaire_response r ON r.round_id = ${roundId}::uuid AND r.country = c.iso2
      WHERE c.development_status = 'developing' AND (r.status IS NULL OR r.status IN ('draft', 'returned'))
        AND (${only ?? null}::text[] IS NULL OR c.iso2 = ANY(${only ?? []}::text[]))
      ORDER BY c.iso2`;
    const report: ReminderReport = { reminded: [], recentlyReminded: [], withoutFocalPoint: [] };
    // Every candidate country's focal points in one query; the reminder rows in one insert.
    const due = rows.filter((r) => !r.recent).map((r) => r.iso2);
    report.recentlyReminded = rows.filter((r) => r.recent).map((r) => r.iso2);
    const focalPoints = await focalPointsOf(tx, due);
    for (const iso2 of due) {
      const recipients = focalPoints.get(iso2) ?? [];
      if (recipients.length === 0) {
        report.withoutFocalPoint.push(iso2);
        continue;
      }
      await emailFocalPoints(tx, iso2, "questionnaireReminder", { path: `/questionnaire/${roundId}/${iso2}`, vars: { round: round.name }, dates: { deadline: round.deadline } }, recipients);
      report.reminded.push(iso2);
    }
    if (report.reminded.length) {
      await tx.$executeRaw`INSERT INTO questionnaire_reminder (round_id, country, sent_by) SELECT ${roundId}::uuid, unnest(${report.reminded}::text[]), ${user.id}::uuid`;
    }
    return {
      result: report,
      audit: { actor: { id: user.id, email: user.email, roles: user.roles }, action: "questionnaire.reminders.send", outcome: "success", target: { type: "questionnaire_round", id: roundId }, meta, detail: { round: round.name, reminded: report.reminded, skipped: report.recentlyReminded.length } },
    };
  });
}
