import {
  FORMATS,
  STAGES,
  type Concern,
  type Format,
  type PromisedMaterial,
  type Stage,
  type UnansweredQuestion,
} from "../../core/interview.js";
import { email, webAddress, zoneName } from "../../core/record/fields.js";
import { resolveWallTime } from "../../core/time/wall-time.js";
import { schemaCheck, type Prompter } from "./prompter.js";
import type { Question } from "./review.js";

/** One interviewer as the questions gather them. */
export interface PersonAnswers {
  name: string;
  title: string | null;
  email: string | null;
  discussed: string[];
}

/** An interview record as the questions gather it, each field changeable until it is saved. */
export interface InterviewAnswers {
  company: string;
  position: string;
  stage: Stage;
  timeZone: string;
  start: string;
  end: string;
  format: Format;
  location: string | null;
  interviewers: PersonAnswers[];
  concerns: Concern[];
  unanswered: UnansweredQuestion[];
  promised: PromisedMaterial[];
  nextSteps: string | null;
}

const EMAIL_HINT = "That does not look like an e-mail address.";
const LINK_HINT = "Please give the full address, starting with https://";
const NONE = "(none)";

/** The questions about one record, each reading and writing `answers`. */
export class InterviewQuestions {
  constructor(
    private readonly ask: Prompter,
    readonly answers: InterviewAnswers,
  ) {}

  company(): Question {
    return this.required("Company", "company");
  }

  position(): Question {
    return this.required("Position", "position");
  }

  stage(): Question {
    return {
      label: "Stage",
      shown: () => this.answers.stage,
      ask: async () => {
        this.answers.stage = await this.ask.select(
          "Stage",
          STAGES.map((s) => ({ value: s, label: s })),
          this.answers.stage,
        );
      },
    };
  }

  timeZone(): Question {
    return {
      label: "Time zone",
      shown: () => this.answers.timeZone,
      ask: async () => {
        this.answers.timeZone = await this.ask.required("Time zone of the interview", {
          initial: this.answers.timeZone,
          check: schemaCheck(zoneName, "Use an IANA zone name such as America/Chicago."),
        });
      },
    };
  }

  start(): Question {
    return {
      label: "Start",
      shown: () => this.answers.start,
      ask: async () => {
        const before = this.answers.start;
        this.answers.start = await this.ask.required("When did it start?", {
          initial: before || undefined,
          placeholder: "2026-11-20 14:00",
          check: this.wallTimeCheck(),
        });
        // An end that followed the old start by an hour follows the new one.
        if (!this.answers.end || this.answers.end === anHourAfter(before, this.answers.timeZone)) {
          this.answers.end = anHourAfter(this.answers.start, this.answers.timeZone);
        }
      },
    };
  }

  end(): Question {
    return {
      label: "End",
      shown: () => this.answers.end,
      ask: async () => {
        this.answers.end = await this.ask.required("When did it end?", {
          initial: this.answers.end || anHourAfter(this.answers.start, this.answers.timeZone),
          check: this.wallTimeCheck(),
        });
      },
    };
  }

  format(): Question {
    return {
      label: "Held",
      shown: () => this.answers.format,
      ask: async () => {
        this.answers.format = await this.ask.select(
          "How was it held?",
          FORMATS.map((f) => ({ value: f, label: f })),
          this.answers.format,
        );
      },
    };
  }

  location(): Question {
    return {
      label: "Where",
      shown: () => this.answers.location ?? NONE,
      ask: async () => {
        this.answers.location =
          (await this.ask.text("Where, or the meeting link (optional)", {
            initial: this.answers.location ?? undefined,
          })) || null;
      },
    };
  }

  /** The whole panel: each person's name, title, address and what was talked about with them. */
  panel(): Question {
    return {
      label: "Interviewers",
      shown: () => this.answers.interviewers.map(personLine).join("\n") || NONE,
      ask: async () => {
        const before = this.answers.interviewers;
        const people: PersonAnswers[] = [];
        do {
          const earlier = before[people.length];
          const name = await this.ask.required(
            people.length === 0 ? "Who interviewed you? (name)" : "Name",
            { initial: earlier?.name },
          );
          const title =
            (await this.ask.text(`${name}'s title (optional)`, {
              initial: earlier?.title ?? undefined,
            })) || null;
          const address =
            (await this.ask.text(`${name}'s e-mail (optional; without it no e-mail is offered)`, {
              initial: earlier?.email ?? undefined,
              check: schemaCheck(email, EMAIL_HINT),
            })) || null;
          const discussed = await this.discussedList(name, earlier?.discussed ?? []);
          people.push({ name, title, email: address, discussed });
        } while (
          await this.ask.confirm(
            "Did someone else interview you too?",
            people.length < before.length,
          )
        );
        this.answers.interviewers = people;
      },
    };
  }

  /** What was talked about with one interviewer already known (from an invite, say). */
  discussedWith(person: PersonAnswers): Question {
    return {
      label: `Talked about with ${person.name}`,
      shown: () => person.discussed.join("; ") || NONE,
      ask: async () => {
        person.discussed = await this.discussedList(person.name, person.discussed);
      },
    };
  }

  concerns(): Question {
    return {
      label: "Concerns",
      shown: () =>
        lines(this.answers.concerns, (c) => [c.concern, c.response, this.whose(c.raisedBy)]),
      ask: async () => {
        this.answers.concerns = await this.ask.list<Concern>(
          {
            first: "A concern they raised",
            again: "Another concern?",
            placeholder: "my limited Go experience",
          },
          async (concern, before) => ({
            concern,
            response: await this.optional(
              "Your answer to it, in your own words (optional)",
              before?.response,
            ),
            raisedBy: await this.raisedBy("Who raised it?", before?.raisedBy),
          }),
          this.answers.concerns.map((c) => ({ text: c.concern, value: c })),
        );
      },
    };
  }

  unanswered(): Question {
    return {
      label: "Questions to answer better",
      shown: () =>
        lines(this.answers.unanswered, (q) => [q.question, q.answer, this.whose(q.raisedBy)]),
      ask: async () => {
        this.answers.unanswered = await this.ask.list<UnansweredQuestion>(
          {
            first: "A question you could not fully answer",
            again: "Another question?",
            placeholder: "how I would shard the scheduler",
          },
          async (question, before) => ({
            question,
            answer: await this.optional("Your fuller answer now (optional)", before?.answer),
            raisedBy: await this.raisedBy("Who asked it?", before?.raisedBy),
          }),
          this.answers.unanswered.map((q) => ({ text: q.question, value: q })),
        );
      },
    };
  }

  promised(): Question {
    return {
      label: "Promised",
      shown: () => lines(this.answers.promised, (p) => [p.what, p.url, this.whose(p.raisedBy)]),
      ask: async () => {
        this.answers.promised = await this.ask.list<PromisedMaterial>(
          {
            first: "Something you promised to send",
            again: "Anything else you promised?",
            placeholder: "my load-testing write-up",
          },
          async (what, before) => ({
            what,
            url:
              (await this.ask.text("Its link (optional)", {
                initial: before?.url ?? undefined,
                check: schemaCheck(webAddress, LINK_HINT),
              })) || null,
            raisedBy: await this.raisedBy("Who did you promise it to?", before?.raisedBy),
          }),
          this.answers.promised.map((p) => ({ text: p.what, value: p })),
        );
      },
    };
  }

  nextSteps(): Question {
    return {
      label: "Next steps",
      shown: () => this.answers.nextSteps ?? NONE,
      ask: async () => {
        this.answers.nextSteps = await this.optional(
          "What happens next, as they told you (optional)",
          this.answers.nextSteps,
        );
      },
    };
  }

  private required(label: string, field: "company" | "position"): Question {
    return {
      label,
      shown: () => this.answers[field] || NONE,
      ask: async () => {
        this.answers[field] = await this.ask.required(label, {
          initial: this.answers[field] || undefined,
        });
      },
    };
  }

  private discussedList(name: string, before: readonly string[]): Promise<string[]> {
    return this.ask.list<string>(
      {
        first: `What did you talk about with ${name}? (a phrase that reads after "our conversation about")`,
        again: `Anything else you talked about with ${name}?`,
        placeholder: "moving the telemetry pipeline to Kafka",
      },
      async (point) => point,
      before.map((point) => ({ text: point, value: point })),
    );
  }

  private async optional(message: string, before?: string | null): Promise<string | null> {
    return (await this.ask.text(message, { initial: before ?? undefined })) || null;
  }

  /** The answer goes to whoever raised it; alone with one interviewer, that is them. */
  private async raisedBy(message: string, before?: string | null): Promise<string | null> {
    const people = this.answers.interviewers;
    if (people.length === 1) return people[0]!.name;
    const everyone = "everyone";
    const earlier = people.findIndex((person) => person.name === before);
    const choice = await this.ask.select(
      message,
      [
        ...people.map((person, i) => ({ value: String(i), label: person.name })),
        { value: everyone, label: "Everyone / not sure" },
      ],
      earlier >= 0 ? String(earlier) : everyone,
    );
    return choice === everyone ? null : people[Number(choice)]!.name;
  }

  private whose(raisedBy: string | null | undefined): string {
    return raisedBy ? `(${raisedBy})` : "(everyone)";
  }

  private wallTimeCheck() {
    return (value: string) =>
      resolveWallTime(value, this.answers.timeZone).ok
        ? undefined
        : "Write it as 2026-11-20 14:00 (a time that exists there).";
  }
}

function personLine(person: PersonAnswers): string {
  const about = [person.title, person.email].filter(Boolean).join(", ");
  const talked = person.discussed.length > 0 ? `: ${person.discussed.join("; ")}` : "";
  return `${person.name}${about ? ` (${about})` : ""}${talked}`;
}

function lines<T>(entries: readonly T[], parts: (entry: T) => (string | null)[]): string {
  if (entries.length === 0) return NONE;
  return entries.map((entry) => parts(entry).filter(Boolean).join(" · ")).join("\n");
}

function anHourAfter(start: string, zone: string): string {
  const resolved = resolveWallTime(start, zone);
  return resolved.ok ? resolved.value.at.plus({ hours: 1 }).toFormat("yyyy-MM-dd HH:mm") : "";
}
