/** Factories of the roster (ROC): profiles, activities and assignments written through the production COPY writers. */
import pg from "pg";
import { db } from "@/lib/db";
import type { GeneratedActivity } from "@/modules/activities/seed/generate";
import { copyActivities } from "@/modules/activities/server/copy-writer";
import type { AssignmentRecord, ConsultantRecord } from "@/modules/consultants/record";
import { copyConsultants, writeContext } from "@/modules/consultants/server/copy-writer";
import { countryFacts } from "@/modules/countries/server";

let fixtureCounter = 0;
/** A fresh UUID-shaped id with a recognisable prefix (fixtures of one file do not collide with another's). */
export function fixtureId(kind: "a" | "c" | "s"): string {
  fixtureCounter++;
  const prefix = { a: "aaaa", c: "cccc", s: "5555" }[kind];
  return `${prefix}0000-0000-4000-8000-${String(process.pid % 1_000_000).padStart(6, "0")}${String(fixtureCounter).padStart(6, "0")}`;
}

/** An approved, recently confirmed profile; override what the test is about. */
export function consultantFixture(over: Partial<ConsultantRecord> = {}): ConsultantRecord {
  const id = over.id ?? fixtureId("c");
  return {
    id,
    externalRef: null,
    userId: null,
    status: "approved",
    fullName: `Consultant ${id.slice(-6)}`,
    latinName: null,
    residenceCountry: "ET",
    gender: "female",
    organisation: "Ethiopian Intellectual Property Authority",
    position: "Patent examiner",
    ipAreas: ["patents"],
    skills: ["patent_examination"],
    sectors: [],
    yearsExperience: 10,
    bio: { en: "Examiner." },
    availability: "available",
    unavailableUntil: null,
    travel: true,
    remote: true,
    email: `${id.slice(-6)}@roster.example.org`,
    phone: "+251 11 123 4567",
    lastConfirmedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    nationalities: ["ET"],
    languages: [{ code: "am", level: "native" }, { code: "en", level: "fluent" }],
    ...over,
  };
}

/** An activity (completed, one beneficiary) for assignments to point at. */
export function activityFixture(over: Partial<GeneratedActivity> = {}): GeneratedActivity {
  const id = over.id ?? fixtureId("a");
  return {
    id,
    externalRef: `FIXTURE-${id}`,
    title: { en: `Activity ${id.slice(-6)}` },
    description: { en: "Description." },
    type: "national_seminar",
    ipAreas: ["patents"],
    organisingUnit: "Academy",
    startDate: "2024-03-01",
    endDate: "2024-03-03",
    venueCity: null,
    venueCountry: "KE",
    online: false,
    beneficiaries: [{ country: "KE", participants: 20 }],
    experts: [],
    languages: ["en"],
    fundingType: "regular_budget",
    fundingDonor: null,
    fundingPartner: null,
    partners: [],
    igoSupport: false,
    status: "completed",
    links: [],
    ...over,
  };
}

export function assignmentFixture(consultant: { id: string }, activity: { id: string; startDate: string; endDate: string }, over: Partial<AssignmentRecord> = {}): AssignmentRecord {
  return { id: fixtureId("s"), consultantId: consultant.id, activityId: activity.id, role: "expert", startsOn: activity.startDate, endsOn: activity.endDate, ...over };
}

/** Writes activities, profiles and assignments through the production COPY writers, on the test database. */
export async function insertRoster(
  url: string,
  { activities = [], consultants = [], assignments = [] }: { activities?: GeneratedActivity[]; consultants?: ConsultantRecord[]; assignments?: AssignmentRecord[] },
): Promise<void> {
  const conn = new pg.Client({ connectionString: url });
  await conn.connect();
  try {
    if (activities.length) await copyActivities(conn, activities, await countryFacts(db()));
    if (consultants.length || assignments.length) await copyConsultants(conn, consultants, assignments, await writeContext(db()));
  } finally {
    await conn.end();
  }
}

/** Removes every profile and the fixture activities, so other files find the tables as they left them. */
export async function clearRoster(): Promise<void> {
  await db().$executeRaw`DELETE FROM consultant`;
  await db().$executeRaw`DELETE FROM activity WHERE external_ref LIKE 'FIXTURE-%'`;
}
