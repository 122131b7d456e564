import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Interview } from "../../src/core/interview.js";
import { profileSchema, type Profile } from "../../src/core/record/profile.js";
import { resolveRecord } from "../../src/core/record/resolve-record.js";

const RECORDS = join(import.meta.dirname, "..", "fixtures", "records");

/** An interview record from test/fixtures/records, resolved as the import does, with an id. */
export function interviewFrom(file: string, id = 1): Interview {
  const resolved = resolveRecord(parse(readFileSync(join(RECORDS, file), "utf8")), "UTC");
  if (!resolved.ok) throw new Error(`${file}: ${JSON.stringify(resolved.errors)}`);
  return { ...resolved.value.interview, id, status: "scheduled", needsDetails: false };
}

export function profileFrom(file: string): Profile {
  return profileSchema.parse(parse(readFileSync(join(RECORDS, file), "utf8")));
}

/** A record with only what the contract requires. */
export function minimalInterview(): Interview {
  const resolved = resolveRecord(
    {
      company: "Brightwater",
      position: "Analyst",
      start: "2026-05-04T10:00",
      timeZone: "Europe/London",
      interviewers: [{ name: "Sam" }],
    },
    null,
  );
  if (!resolved.ok) throw new Error("the minimal record should be valid");
  return { ...resolved.value.interview, id: 2, status: "scheduled", needsDetails: false };
}
