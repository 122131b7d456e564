import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeMessage } from "../../../src/core/compose/compose.js";
import type { ComposedMessage } from "../../../src/core/compose/composed-message.js";
import { CHANNELS, MESSAGE_KINDS } from "../../../src/core/message.js";
import { composeCase, type ComposeCase } from "../../helpers/compose-arbitrary.js";
import { formProblems, missingElements, panelProblems } from "../../helpers/message-checks.js";
import { validRecord } from "../../helpers/record-arbitrary.js";
import { resolveRecord } from "../../../src/core/record/resolve-record.js";
import { profileSchema } from "../../../src/core/record/profile.js";
import type { Interview } from "../../../src/core/interview.js";

const REASON = "I read about your new office in Lisbon and the team you are building there.";

/** Every kind on every channel to every interviewer, with everything that must hold of each. */
function problemsOf({ interview, profile }: ComposeCase): string[] {
  const problems: string[] = [];
  for (const kind of MESSAGE_KINDS) {
    const notes: { reader: number; message: ComposedMessage }[] = [];
    for (const channel of CHANNELS) {
      interview.interviewers.forEach((person, reader) => {
        const request = {
          interview,
          profile,
          kind,
          channel,
          recipient: { name: person.name, email: person.email },
          reason: REASON,
        };
        const result = composeMessage(request);
        if (!result.ok) {
          const nothingToAdd =
            kind === "additional-info" && result.errors[0]!.code === "nothing-to-add";
          if (!nothingToAdd)
            problems.push(`${kind}/${channel}: refused: ${result.errors[0]!.message}`);
          return;
        }
        const again = composeMessage(request);
        if (JSON.stringify(again) !== JSON.stringify(result))
          problems.push(`${kind}/${channel}: not stable`);
        const message = result.value;
        const where = `${kind}/${channel} to ${person.name}`;
        for (const p of formProblems(message)) problems.push(`${where}: ${p}`);
        for (const p of missingElements(message, interview, profile))
          problems.push(`${where}: lacks ${p}`);
        notes.push({ reader, message });
      });
    }
    for (const p of panelProblems(notes, interview)) problems.push(`${kind}: ${p}`);
  }
  return problems;
}

describe("every message from any valid record", () => {
  it("has what its kind requires, within its channel's limits, and reads apart from a colleague's", () => {
    fc.assert(
      fc.property(composeCase, (c) => {
        expect(problemsOf(c)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("holds for records of arbitrary typed text as well", () => {
    fc.assert(
      fc.property(validRecord, (raw) => {
        const { durationMinutes: _minutes, ...record } = raw;
        const resolved = resolveRecord(record, null);
        fc.pre(resolved.ok);
        if (!resolved.ok) return;
        const interview: Interview = {
          ...resolved.value.interview,
          id: 3,
          status: "scheduled",
          needsDetails: false,
        };
        const profile = profileSchema.parse({
          name: "Noor Al-Sayed",
          email: "noor@example.com",
          timeZone: "Asia/Dubai",
        });
        const problems = problemsOf({ interview, profile }).filter(
          // Arbitrary text may itself look like a slip ("N-  '") or hold another's phrase.
          (p) =>
            !/doubled|space before|period after|lacks a specific point|lacks the question|lacks the answer/.test(
              p,
            ),
        );
        expect(problems).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
