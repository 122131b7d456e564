import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { composeMessage } from "../../../src/core/compose/compose.js";
import type { ComposedMessage } from "../../../src/core/compose/composed-message.js";
import type { Channel, MessageKind } from "../../../src/core/message.js";
import { slugOf } from "../../../src/core/plan/item-id.js";
import { interviewAt, profileAt } from "../../helpers/compose-records.js";

/**
 * The reviewed golden set: real-looking records from four fields and the drafts the composer
 * writes for them, each read by a person for tone and grammar before it was accepted. A change to
 * a phrasing shows up here as a diff to read. After reading it, accept it with
 * `UPDATE_GOLDEN=1 npx vitest run test/core/compose/golden.test.ts`.
 */
const GOLDEN = join(import.meta.dirname, "..", "..", "fixtures", "golden");

interface Wanted {
  kind: MessageKind;
  channel: Channel;
  to: string;
  sequence?: number;
  reason?: string;
}

const thankYous = (people: { name: string; email: boolean }[]): Wanted[] =>
  people.flatMap((p) =>
    (["email", "card", "linkedin"] as const)
      .filter((channel) => channel !== "email" || p.email)
      .map((channel) => ({ kind: "thank-you" as const, channel, to: p.name })),
  );

const SETS: Record<string, Wanted[]> = {
  "charge-nurse-chicago": [
    ...thankYous([
      { name: "Dr. Amara Okafor", email: true },
      { name: "Siobhán O'Connell", email: true },
      { name: "Luis Peña", email: false },
    ]),
    { kind: "status-follow-up", channel: "email", to: "Dr. Amara Okafor" },
    { kind: "status-follow-up", channel: "email", to: "Dr. Amara Okafor", sequence: 2 },
    { kind: "additional-info", channel: "email", to: "Siobhán O'Connell" },
    {
      kind: "check-in",
      channel: "email",
      to: "Siobhán O'Connell",
      reason:
        "I saw that the unit was named a Beacon Award winner this spring. Congratulations to the whole team.",
    },
    { kind: "rejection-reply", channel: "email", to: "Dr. Amara Okafor" },
    { kind: "rejection-reply", channel: "card", to: "Siobhán O'Connell" },
  ],
  "audit-associate-london": [
    ...thankYous([
      { name: "James Ellis", email: true },
      { name: "Priya Raman", email: true },
    ]),
    {
      kind: "status-follow-up",
      channel: "email",
      to: "James Ellis",
      reason: "Since we met, I have passed the final ACA exam I was waiting on.",
    },
    { kind: "status-follow-up", channel: "linkedin", to: "Priya Raman" },
    {
      kind: "check-in",
      channel: "linkedin",
      to: "Priya Raman",
      reason:
        "I read the firm's new report on audit quality in the retail sector and found the section on inventory counts especially useful.",
    },
    { kind: "rejection-reply", channel: "email", to: "James Ellis" },
  ],
  "literacy-coordinator-denver": [
    ...thankYous([{ name: "Marisol", email: true }]),
    { kind: "status-follow-up", channel: "email", to: "Marisol" },
    {
      kind: "check-in",
      channel: "email",
      to: "Marisol",
      reason:
        "i just finished a tutor-training course at the library and thought of your volunteer program",
    },
    { kind: "rejection-reply", channel: "email", to: "Marisol" },
    { kind: "rejection-reply", channel: "linkedin", to: "Marisol" },
  ],
  "ux-designer-sydney": [
    ...thankYous([
      { name: "Kenji Watanabe", email: true },
      { name: "Chloé Dubois", email: true },
    ]),
    { kind: "status-follow-up", channel: "email", to: "Kenji Watanabe" },
    { kind: "status-follow-up", channel: "card", to: "Chloé Dubois" },
    { kind: "additional-info", channel: "email", to: "Kenji Watanabe" },
    { kind: "additional-info", channel: "card", to: "Chloé Dubois" },
    {
      kind: "check-in",
      channel: "email",
      to: "Chloé Dubois",
      reason: "Congratulations on the launch of the new mobile app; the returns flow looks great.",
    },
    { kind: "rejection-reply", channel: "email", to: "Kenji Watanabe" },
    { kind: "rejection-reply", channel: "linkedin", to: "Chloé Dubois" },
  ],
};

function fileName(w: Wanted): string {
  const sequence = w.sequence && w.sequence > 1 ? `.${w.sequence}` : "";
  return `${w.kind}${sequence}.${w.channel}.${slugOf(w.to)}.txt`;
}

/** A draft as a person reviews it: who it is to, the subject, the body, and any notices. */
function asText(message: ComposedMessage): string {
  const to = message.recipient.email
    ? `${message.recipient.name} <${message.recipient.email}>`
    : message.recipient.name;
  const head = [`To: ${to}`, ...(message.subject !== null ? [`Subject: ${message.subject}`] : [])];
  const notes = message.notices.map((notice) => `Note: ${notice}`);
  return [...head, "", message.body, ...(notes.length > 0 ? ["", ...notes] : []), ""].join("\n");
}

describe.each(Object.entries(SETS))("golden drafts for %s", (name, wanted) => {
  const folder = join(GOLDEN, name);
  const interview = interviewAt(join(folder, "record.yaml"));
  const profile = profileAt(join(folder, "profile.yaml"));
  const drafts = join(folder, "drafts");

  it("read as they did when reviewed", () => {
    const written = new Map<string, string>();
    for (const w of wanted) {
      const person = interview.interviewers.find((p) => p.name === w.to)!;
      const result = composeMessage({
        interview,
        profile,
        kind: w.kind,
        channel: w.channel,
        recipient: { name: person.name, email: person.email },
        sequence: w.sequence,
        reason: w.reason,
      });
      if (!result.ok) throw new Error(`${fileName(w)}: ${result.errors[0]!.message}`);
      written.set(fileName(w), asText(result.value));
    }
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(drafts, { recursive: true });
      for (const [file, text] of written) writeFileSync(join(drafts, file), text);
    }
    expect(readdirSync(drafts).sort()).toEqual([...written.keys()].sort());
    for (const [file, text] of written) {
      expect(text, file).toBe(readFileSync(join(drafts, file), "utf8"));
    }
  });
});
