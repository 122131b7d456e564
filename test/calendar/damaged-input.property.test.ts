import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readCalendarDocument } from "../../src/calendar/ical-document.js";
import { invitesInMail } from "../../src/calendar/mail-invites.js";
import { invitesIn } from "../../src/calendar/read-invites.js";
import { importInviteBytes } from "../../src/app/interviews/import-invites.js";
import { inviteContext } from "../app/interviews/invite-context.js";
import { CALENDAR_FIXTURES } from "./read-fixture.js";

/**
 * Damaged invites (cut short, lines lost, doubled or swapped, bytes changed) are read or refused
 * with a reason: reading never throws.
 */
const options = { now: DateTime.fromISO("2026-01-15T12:00:00Z"), homeZone: "America/New_York" };
const files = ["ics", "eml"].flatMap((folder) =>
  readdirSync(join(CALENDAR_FIXTURES, folder)).map((file) => ({
    name: `${folder}/${file}`,
    kind: folder as "ics" | "eml",
    bytes: readFileSync(join(CALENDAR_FIXTURES, folder, file)),
  })),
);
const names = files.map((file) => file.name);

type Damage =
  | { kind: "cut"; at: number }
  | { kind: "drop"; line: number }
  | { kind: "double"; line: number }
  | { kind: "swap"; line: number }
  | { kind: "byte"; at: number; value: number };

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("drop" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("double" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), line: fc.nat() }),
  fc.record({
    kind: fc.constant("byte" as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
);

function damage(bytes: Uint8Array, damages: Damage[]): Uint8Array {
  let lines = Buffer.from(bytes).toString("latin1").split("\n");
  let data = Buffer.from(lines.join("\n"), "latin1");
  for (const d of damages) {
    lines = data.toString("latin1").split("\n");
    const line = "line" in d ? d.line % Math.max(1, lines.length) : 0;
    if (d.kind === "cut") data = data.subarray(0, d.at % (data.length + 1));
    else if (d.kind === "byte") {
      data = Buffer.from(data);
      if (data.length > 0) data[d.at % data.length] = d.value;
    } else {
      if (d.kind === "drop") lines.splice(line, 1);
      if (d.kind === "double") lines.splice(line, 0, lines[line] ?? "");
      if (d.kind === "swap" && line + 1 < lines.length) {
        [lines[line], lines[line + 1]] = [lines[line + 1]!, lines[line]!];
      }
      data = Buffer.from(lines.join("\n"), "latin1");
    }
  }
  return data;
}

describe("damaged invites", () => {
  it("are read or refused, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.array(damageArb, { minLength: 1, maxLength: 6 }),
        async (name, damages) => {
          const file = files.find((f) => f.name === name)!;
          const bytes = damage(file.bytes, damages);
          if (file.kind === "eml") {
            const read = await invitesInMail(bytes, options);
            expect(typeof read.ok).toBe("boolean");
            return;
          }
          const document = readCalendarDocument(bytes);
          if (document.ok) expect(Array.isArray(invitesIn(document.value, options))).toBe(true);
          else expect(document.reason).not.toBe("");
        },
      ),
      { numRuns: 400 },
    );
  });

  it("go through a whole import without a crash", async () => {
    const ctx = await inviteContext();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.array(damageArb, { minLength: 1, maxLength: 4 }),
        async (name, damages) => {
          const file = files.find((f) => f.name === name)!;
          const result = await importInviteBytes(ctx, name, damage(file.bytes, damages), file.kind);
          expect(result.file).toBe(name);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("random bytes are refused with a reason", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const document = readCalendarDocument(bytes);
        if (!document.ok) expect(document.reason).not.toBe("");
      }),
    );
  });
});
