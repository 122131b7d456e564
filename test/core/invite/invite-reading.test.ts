import { describe, expect, it } from "vitest";
import { companyFromAddress, domainLabel } from "../../../src/core/invite/company-domain.js";
import type { CalendarPerson } from "../../../src/core/invite/invite-facts.js";
import { interviewersOf } from "../../../src/core/invite/interviewers.js";
import { guessFormat, guessStage } from "../../../src/core/invite/stage-guess.js";
import { readSummary } from "../../../src/core/invite/summary-reading.js";

describe("reading the summary", () => {
  const cases: [string, string | null, string[], string | null, string | null][] = [
    [
      "Senior Backend Engineer at Acme Robotics",
      null,
      [],
      "Acme Robotics",
      "Senior Backend Engineer",
    ],
    [
      "Invitation: Interview for Data Analyst at Northwind @ Thu 5 Mar",
      null,
      [],
      "Northwind",
      "Data Analyst",
    ],
    [
      "Acme Robotics | Backend Engineer | Technical interview",
      "acme-robotics",
      [],
      "Acme Robotics",
      "Backend Engineer",
    ],
    ["Acme - Backend Engineer", null, [], "Acme", "Backend Engineer"],
    ["Interview for Data Analyst (Northwind)", null, [], "Northwind", "Data Analyst"],
    [
      "Technical Interview - Dana Whitfield - Software Engineer",
      null,
      ["Dana Whitfield"],
      null,
      "Software Engineer",
    ],
    ["Acme Robotics <> Jordan Rivera", "acmerobotics", ["Jordan Rivera"], "Acme Robotics", null],
    ["Product Designer interview with Globex", null, [], "Globex", "Product Designer"],
    ["Phone screen with Dana", null, ["Dana"], null, null],
    [
      "Phone interview with Soylent Corp - Data Scientist",
      "soylentcorp",
      [],
      "Soylent Corp",
      "Data Scientist",
    ],
    [
      "Data Scientist - Video interview with Soylent Corp",
      null,
      [],
      "Soylent Corp",
      "Data Scientist",
    ],
    [
      "Interview with Soylent Corp for Data Scientist",
      "soylentcorp",
      [],
      "Soylent Corp",
      "Data Scientist",
    ],
    ["Soylent Corp: Data Scientist Phone Screen", null, [], "Soylent Corp", "Data Scientist"],
    ["Final round with Dana Whitfield", null, ["Dana Whitfield"], null, null],
    ["Phone screen with Marcus", null, ["Marcus O'Neill"], null, null],
    ["Team Meeting", null, [], null, null],
    ["Sprint planning #23", "linagora", [], null, null],
    ["Test event ⏰", "postalsys", [], null, null],
  ];
  for (const [summary, label, people, company, position] of cases) {
    it(summary, () => {
      expect(readSummary(summary, { domainLabel: label, people })).toEqual({ company, position });
    });
  }
});

describe("stage and format", () => {
  it("reads the stage a summary names, the specific before the general", () => {
    expect(guessStage("Technical phone screen")).toBe("technical");
    expect(guessStage("Recruiter call with Dana")).toBe("screen");
    expect(guessStage("Phone interview")).toBe("phone");
    expect(guessStage("Onsite loop: Backend Engineer")).toBe("onsite");
    expect(guessStage("Final round")).toBe("final");
    expect(guessStage("Coffee")).toBe("other");
  });

  it("says video for a meeting link, phone or onsite when the summary says so, else nothing", () => {
    const zoom = { url: "https://zoom.us/j/1", service: "Zoom" };
    expect(guessFormat("Interview", zoom)).toBe("video");
    expect(guessFormat("Phone screen", null)).toBe("phone");
    expect(guessFormat("In-person interview", zoom)).toBe("onsite");
    expect(guessFormat("Interview", null)).toBeNull();
  });

  it("reads the format from a location that is only a phone number or a street address", () => {
    expect(guessFormat("Interview", null, "+1 555-0142")).toBe("phone");
    expect(guessFormat("Interview", null, "(312) 555 0198")).toBe("phone");
    expect(guessFormat("Interview", null, "4800 Corporate Blvd, Reno")).toBe("onsite");
    expect(guessFormat("Interview", null, "Acme HQ, 3rd floor")).toBe("onsite");
    expect(guessFormat("Interview", null, "Call +1-555-0142 from the lobby phone")).toBeNull();
    expect(guessFormat("Interview", null, "Room 4")).toBeNull();
    expect(guessFormat("Interview", null, "https://example.com/12 Main St")).toBeNull();
    expect(guessFormat("Video interview", null, "12 Main Street")).toBe("video");
  });
});

describe("interviewers", () => {
  const person = (
    email: string | null,
    name: string | null,
    extra: Partial<CalendarPerson> = {},
  ) => ({
    email,
    name,
    kind: "INDIVIDUAL",
    role: "REQ-PARTICIPANT",
    ...extra,
  });

  it("are the organizer and attendees, once each, without the candidate, rooms, lists or mailboxes", () => {
    const people = interviewersOf(
      person("dana.whitfield@acme.example", null),
      [
        person("dana.whitfield@acme.example", "Dana Whitfield"),
        person("jordan@example.com", "Jordan Rivera"),
        person("j.rivera@old-job.example", "Jordan"),
        person("room-4@acme.example", "Room 4", { kind: "ROOM" }),
        person("projector@acme.example", "Projector", { kind: "RESOURCE" }),
        person("eng@acme.example", "Engineering", { kind: "GROUP" }),
        person("observer@acme.example", "Observer", { role: "NON-PARTICIPANT" }),
        person("noreply@greenhouse.example", "Greenhouse"),
        person("recruiting@acme.example", "Acme Recruiting"),
        person("c_123@resource.calendar.google.com", "Big room"),
        person("sam@acme.example", "sam@acme.example"),
        person("lee.chen@acme.example", null),
        person("d.kowalski@acme.example", null),
        person("x@acme.example", null),
      ],
      new Set(["jordan@example.com", "j.rivera@old-job.example"]),
    );
    expect(people.map((p) => [p.name, p.email])).toEqual([
      ["Dana Whitfield", "dana.whitfield@acme.example"],
      ["sam@acme.example", "sam@acme.example"],
      ["Lee Chen", "lee.chen@acme.example"],
      ["D. Kowalski", "d.kowalski@acme.example"],
      ["x@acme.example", "x@acme.example"],
    ]);
  });

  it("leave out a room booked as a plain attendee: its name says room, or it is the place", () => {
    const people = interviewersOf(
      null,
      [
        person("jose.muller@fabrikam.example", "José Müller"),
        person("raum.zugspitze@fabrikam.example", "Konferenzraum Zugspitze (4.OG)"),
        person("aquarium@fabrikam.example", "Aquarium (2nd floor)"),
        person("boardroom@fabrikam.example", "Boardroom B"),
        person("dana@fabrikam.example", "Dana Whitfield"),
      ],
      new Set(),
      "Aquarium (2nd floor); Dana Whitfield's office",
    );
    expect(people.map((p) => p.name)).toEqual(["José Müller", "Dana Whitfield"]);
  });

  it("turn round names written surname first, and leave suffixes and degrees where they are", () => {
    const names = (...cns: string[]) =>
      interviewersOf(
        null,
        cns.map((cn, i) => person(`p${i}@acme.example`, cn)),
        new Set(),
      ).map((p) => p.name);
    expect(
      names("Okafor, Adaeze", "Chen, Wei", "Van der Berg, Anna Marie", "Dana Whitfield, PhD"),
    ).toEqual([
      "Adaeze Okafor",
      "Wei Chen",
      // Not sure where the surname ends: left as written.
      "Van der Berg, Anna Marie",
      "Dana Whitfield, PhD",
    ]);
    expect(names("Reyes, Daniel Jr.", "O'Brien, Marcus", "Lee, Sam RN")).toEqual([
      "Reyes, Daniel Jr.",
      "Marcus O'Brien",
      "Lee, Sam RN",
    ]);
  });
});

describe("company from the organizer's address", () => {
  it("names the company of a work address, and none for mail providers and examples", () => {
    expect(companyFromAddress("dana@acme-robotics.com")).toBe("Acme Robotics");
    expect(companyFromAddress("dana@mail.eu.initech.co.uk")).toBe("Initech");
    expect(companyFromAddress("someone@gmail.com")).toBeNull();
    expect(companyFromAddress("recruiter@google.com")).toBe("Google");
    expect(companyFromAddress("no-reply@calendly.com")).toBeNull();
    expect(companyFromAddress("dana@example.com")).toBeNull();
    expect(companyFromAddress("dana@acme.test")).toBeNull();
    expect(domainLabel("acme.co.jp")).toBe("acme");
  });
});
