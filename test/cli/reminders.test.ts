import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { beforeEach, describe, expect, it } from "vitest";
import type { AgendaItem } from "../../src/core/plan/agenda.js";
import { json, runCli, spawnCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const RECORDS = join(import.meta.dirname, "..", "fixtures", "records");
const NOW = "2026-11-21T00:00Z";

interface ParsedEvent {
  uid: string;
  start: number;
  end: number;
  summary: string;
  description: string;
  sequence: number;
  alarms: { action: string; trigger: string }[];
}

function parse(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      summary: event.summary,
      description: event.description,
      sequence: event.sequence,
      alarms: component.getAllSubcomponents("valarm").map((alarm) => ({
        action: String(alarm.getFirstPropertyValue("action")),
        trigger: String(alarm.getFirstPropertyValue("trigger")),
      })),
    };
  });
}

let home: string;

beforeEach(async () => {
  home = tempHome();
  expect((await runCli(["profile", join(RECORDS, "profile.yaml")], { home })).code).toBe(0);
  expect((await runCli(["import", join(RECORDS, "acme-onsite.yaml")], { home })).code).toBe(0);
});

describe("afterword reminders", () => {
  it("writes one event per agenda item at its suggested moment, each with an alarm", async () => {
    const file = join(home, "reminders.ics");
    const result = await runCli(["reminders", file, "--json"], { home, now: NOW });
    expect(result.code).toBe(0);
    const agenda = json<AgendaItem[]>(await runCli(["agenda", "--json"], { home, now: NOW }));
    const events = parse(readFileSync(file, "utf8"));
    expect(json(result)).toMatchObject({ file, events: agenda.length });
    expect(events).toHaveLength(agenda.length);
    for (const item of agenda) {
      const event = events.find((e) => e.uid === `${item.id}@afterword.local`);
      expect(event, item.id).toBeDefined();
      expect(event!.start).toBe(DateTime.fromISO(item.dueAt).toMillis());
      expect(event!.end - event!.start).toBe(30 * 60_000);
      expect(event!.summary).toContain(item.recipient.name);
      expect(event!.summary).toContain("(Acme Robotics)");
      expect(event!.description).toContain(item.reason);
      expect(event!.description).toContain(`afterword draft 1 --kind ${item.kind}`);
      expect(event!.alarms).toEqual([{ action: "DISPLAY", trigger: "PT0S" }]);
    }
  });

  it("keeps the UIDs on a second export so the calendar updates its events", async () => {
    const file = join(home, "reminders.ics");
    const THANKS = "1.thank-you.email.dana-whitfield@afterword.local";
    await runCli(["reminders", file], { home, now: NOW });
    const first = parse(readFileSync(file, "utf8"));
    await runCli(["snooze", "1.thank-you.email.dana-whitfield", "--until", "2026-11-21T09:00"], {
      home,
      now: "2026-11-21T01:00Z",
    });
    const result = await runCli(["reminders", file], { home, now: "2026-11-21T02:00Z" });
    expect(result.stdout).toMatch(/^Wrote \d+ reminders to /);
    const second = parse(readFileSync(file, "utf8"));
    const uids = (events: ParsedEvent[]) => events.map((e) => e.uid).sort();
    expect(uids(second)).toEqual(uids(first));
    const thanks = second.find((e) => e.uid === THANKS)!;
    expect(thanks.start).toBe(Date.parse("2026-11-21T14:00:00Z"));
    expect(thanks.sequence).toBeGreaterThan(first.find((e) => e.uid === THANKS)!.sequence);

    await runCli(["sent", "1", "--kind", "thank-you", "--to", "Dana"], {
      home,
      now: "2026-11-21T03:00Z",
    });
    await runCli(["reminders", file], { home, now: "2026-11-21T04:00Z" });
    const third = parse(readFileSync(file, "utf8"));
    expect(uids(third)).toEqual(uids(first).filter((uid) => uid !== THANKS));
  });

  it("writes to standard output with -, and the real executable does the same", async () => {
    const inProcess = await runCli(["reminders", "-"], { home, now: NOW });
    expect(inProcess.stdout.startsWith("BEGIN:VCALENDAR")).toBe(true);
    const spawned = await spawnCli(["reminders", "-"], { home, now: NOW });
    expect(spawned.code).toBe(0);
    expect(parse(spawned.stdout).map((e) => e.uid)).toEqual(
      parse(inProcess.stdout).map((e) => e.uid),
    );
  });

  it("refuses a file it cannot write, saying why", async () => {
    const result = await runCli(["reminders", join(home, "missing", "r.ics")], { home, now: NOW });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("its folder does not exist");
  });
});
