import * as clack from "@clack/prompts";
import type { Readable, Writable } from "node:stream";
import { withInvocation } from "../invocation.js";
import type { Io } from "../io.js";
import { terminalText } from "../terminal-text.js";

/** Raised when the person presses Ctrl-C or Escape: the flow stops and nothing is saved. */
export class Cancelled extends Error {
  override readonly name = "Cancelled";
}

type Check = (value: string) => string | undefined;

/** A check that accepts an empty answer (optional questions) or one the field's schema accepts. */
export const schemaCheck =
  (schema: { safeParse(value: unknown): { success: boolean } }, hint: string): Check =>
  (value) =>
    value === "" || schema.safeParse(value).success ? undefined : hint;

/**
 * The prompts of the interactive flow, bound to one terminal. The library writes to the
 * terminal itself, so every text shown through it passes `terminalText` here.
 */
export class Prompter {
  constructor(
    private readonly input: Readable,
    private readonly output: Writable,
    /** Writes the `afterword …` hints in the form that runs where the person is. */
    private readonly hint: (text: string) => string = (text) => text,
  ) {}

  private get streams() {
    return { input: this.input, output: this.output };
  }

  async text(
    message: string,
    options: { initial?: string; placeholder?: string; check?: Check } = {},
  ) {
    const answer = await clack.text({
      message,
      initialValue: options.initial,
      placeholder: options.placeholder,
      validate: options.check ? (value) => options.check!(value ?? "") : undefined,
      ...this.streams,
    });
    if (clack.isCancel(answer)) throw new Cancelled();
    return answer.trim();
  }

  async required(
    message: string,
    options: { initial?: string; placeholder?: string; check?: Check } = {},
  ) {
    return this.text(message, {
      ...options,
      check: (value) =>
        value.trim() === ""
          ? "Please answer this one."
          : (options.check?.(value.trim()) ?? undefined),
    });
  }

  async select<T extends string>(
    message: string,
    choices: { value: T; label: string }[],
    initial?: T,
  ) {
    const answer = await clack.select<T>({
      message,
      options: choices.map((choice) => ({
        ...choice,
        label: terminalText(choice.label),
      })) as Parameters<typeof clack.select<T>>[0]["options"],
      initialValue: initial,
      ...this.streams,
    });
    if (clack.isCancel(answer)) throw new Cancelled();
    return answer;
  }

  /** Asks for a secret without showing it. */
  async password(message: string) {
    const answer = await clack.password({ message, ...this.streams });
    if (clack.isCancel(answer)) throw new Cancelled();
    return answer;
  }

  async confirm(message: string, initial = true) {
    const answer = await clack.confirm({ message, initialValue: initial, ...this.streams });
    if (clack.isCancel(answer)) throw new Cancelled();
    return answer;
  }

  /**
   * Asks for a list, one entry at a time, until an empty answer. Entries given before are offered
   * first, each as it was (an emptied one is dropped); `follow` asks what goes with each entry (a
   * concern's response, say), given what went with it before.
   */
  async list<T>(
    prompts: { first: string; again: string; placeholder: string },
    follow: (answer: string, before: T | undefined) => Promise<T>,
    before: readonly { text: string; value: T }[] = [],
  ): Promise<T[]> {
    const answers: T[] = [];
    for (const entry of before) {
      const answer = await this.text(`${prompts.first} (empty it to drop it)`, {
        initial: entry.text,
      });
      if (answer !== "") answers.push(await follow(answer, entry.value));
    }
    for (;;) {
      const message =
        answers.length === 0
          ? `${prompts.first} (Enter if none)`
          : `${prompts.again} (Enter when done)`;
      const answer = await this.text(message, { placeholder: prompts.placeholder });
      if (answer === "") return answers;
      answers.push(await follow(answer, undefined));
    }
  }

  intro(title: string) {
    clack.intro(terminalText(title), { output: this.output });
  }

  note(message: string, title?: string) {
    clack.note(terminalText(this.hint(message)), title && terminalText(title), {
      output: this.output,
    });
  }

  info(message: string) {
    clack.log.info(terminalText(this.hint(message)), { output: this.output });
  }

  error(message: string) {
    clack.log.error(terminalText(this.hint(message)), { output: this.output });
  }

  outro(message: string) {
    clack.outro(terminalText(this.hint(message)), { output: this.output });
  }

  cancelled(message: string) {
    clack.cancel(terminalText(this.hint(message)), { output: this.output });
  }
}

/** The prompter for a command's terminal: drawn on the real stream, with its texts made safe here. */
export function prompterFor(io: Io): Prompter {
  return new Prompter(io.stdin, (io.unfilteredStdout ?? io.stdout) as unknown as Writable, (text) =>
    withInvocation(text, io.invocation?.() ?? "afterword"),
  );
}
