import "server-only";
import type { PrismaClient } from "@/lib/db/create-client";
import type { OrganisationType, Role } from "../constants";
import { hashPassword } from "./passwords";

export const DEFAULT_DEMO_PASSWORD = "Cooperation-South-2026";

export const DEMO_ACCOUNTS: {
  email: string;
  name: string;
  roles: Role[];
  focalPointCountry?: string;
  organisation: { name: string; type: OrganisationType; country: string };
  lng: string;
}[] = [
  { email: "admin@demo.test", name: "Demo Administrator", roles: ["member", "admin"], organisation: { name: "South-South Portal Secretariat", type: "igo", country: "CH" }, lng: "en" },
  { email: "secretariat@demo.test", name: "Demo Secretariat Officer", roles: ["member", "secretariat"], organisation: { name: "South-South Portal Secretariat", type: "igo", country: "CH" }, lng: "fr" },
  { email: "focal.eg@demo.test", name: "Demo Focal Point, Egypt", roles: ["member", "focal_point"], focalPointCountry: "EG", organisation: { name: "Egyptian Patent Office", type: "ip_office", country: "EG" }, lng: "ar" },
  { email: "focal.pe@demo.test", name: "Demo Focal Point, Peru", roles: ["member", "focal_point"], focalPointCountry: "PE", organisation: { name: "INDECOPI", type: "ip_office", country: "PE" }, lng: "es" },
  { email: "partner@demo.test", name: "Demo Partner", roles: ["member", "partner"], organisation: { name: "Demo Funds-in-Trust", type: "donor", country: "KR" }, lng: "en" },
  { email: "consultant@demo.test", name: "Demo Consultant", roles: ["member", "consultant"], organisation: { name: "Independent consultant", type: "other", country: "BR" }, lng: "pt" },
  { email: "member@demo.test", name: "Demo Member", roles: ["member"], organisation: { name: "National IP Academy", type: "academia", country: "KE" }, lng: "en" },
];

/** Creates or resets the demo accounts, all verified, all with the same password. */
export async function seedDemoAccounts(client: PrismaClient, password: string): Promise<{ accounts: number }> {
  const passwordHash = await hashPassword(password);
  for (const a of DEMO_ACCOUNTS) {
    const data = {
      name: a.name,
      passwordHash,
      emailVerifiedAt: new Date(),
      preferredLanguage: a.lng,
      organisationName: a.organisation.name,
      organisationType: a.organisation.type,
      organisationCountry: a.organisation.country,
      roles: a.roles,
      focalPointCountry: a.focalPointCountry ?? null,
      active: true,
    };
    await client.user.upsert({ where: { email: a.email }, create: { email: a.email, ...data }, update: data });
  }
  return { accounts: DEMO_ACCOUNTS.length };
}
