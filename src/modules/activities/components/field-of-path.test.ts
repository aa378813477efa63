import { describe, expect, it } from "vitest";
import { IMPORT_COLUMNS } from "../import/columns";
import { columnOf } from "./field-of-path";

describe("columnOf", () => {
  it("names the template column of an input path", () => {
    expect(columnOf("endDate")).toBe("end_date");
    expect(columnOf("fundingDonor")).toBe("funding_donor");
    expect(columnOf("title.fr")).toBe("title_fr");
    expect(columnOf("beneficiaries.0.country")).toBe("beneficiaries");
    expect(columnOf("title")).toBe("title");
  });
  it("gives a column of the template for every top-level field of an activity", () => {
    const fields = ["externalRef", "type", "ipAreas", "organisingUnit", "startDate", "endDate", "venueCity", "venueCountry", "online", "beneficiaries", "languages", "fundingType", "fundingDonor", "fundingPartner", "partners", "igoSupport", "experts", "status", "links", "title.ar", "description.zh"];
    expect(fields.map(columnOf).filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c))).toEqual([]);
  });
});
