import type { Command } from "commander";
import { setProfileFromFile } from "../../app/setup/profile.js";
import { LINKEDIN_NOTE_LIMITS } from "../../core/length-limits.js";
import { signatureOf, type CardSetting, type Profile } from "../../core/record/profile.js";
import { ExitCode } from "../exit-code.js";
import { fieldErrorJson, fieldErrorLines } from "../present/field-errors.js";
import type { Runtime } from "../runtime.js";
import { userPath } from "../user-path.js";

export function registerProfile(program: Command, rt: Runtime): void {
  program
    .command("profile")
    .description("show your profile, or set it from a YAML/JSON FILE")
    .argument("[file]", "a profile file (name, email, timeZone, …)")
    .action(async (given: string | undefined) => {
      const file = given === undefined ? undefined : userPath(given);
      const ctx = await rt.context();
      if (file === undefined) {
        const profile = await ctx.store.profile.get();
        if (rt.json) rt.printJson(profile);
        else
          rt.print(
            profile ? describe(profile) : "No profile yet: set one with `afterword profile FILE`.",
          );
        return;
      }
      const result = await setProfileFromFile(ctx, file);
      if (!result.ok) {
        rt.exitCode = ExitCode.refused;
        if (rt.json) rt.printJson({ file, errors: fieldErrorJson(result.errors) });
        else for (const line of fieldErrorLines(file, result.errors)) rt.error(line);
        return;
      }
      if (rt.json) rt.printJson(result.value);
      else rt.print(`Profile saved.\n\n${describe(result.value)}`);
    });
}

const CARD_WORDS: Record<CardSetting, string> = {
  auto: "auto (offered after an onsite, or when there is no e-mail address)",
  always: "always offered",
  never: "never offered",
};

function describe(profile: Profile): string {
  const hours = profile.workingHours;
  return [
    `${profile.name} <${profile.email}>`,
    profile.phone ? `Phone:     ${profile.phone}` : null,
    profile.linkedin ? `LinkedIn:  ${profile.linkedin}` : null,
    `LinkedIn account: ${profile.linkedinAccount} (connection notes up to ${LINKEDIN_NOTE_LIMITS[profile.linkedinAccount]} characters)`,
    `Cards:     ${CARD_WORDS[profile.cards]}`,
    `Time zone: ${profile.timeZone}`,
    `Recipients' working hours: ${hours.days.join(", ")} ${hours.start}–${hours.end}`,
    `Tone:      ${profile.tone}`,
    profile.aliases.length > 0 ? `Also known as: ${profile.aliases.join(", ")}` : null,
    "",
    "Signature:",
    ...signatureOf(profile)
      .split("\n")
      .map((line) => `  ${line}`),
  ]
    .filter((line): line is string => line !== null)
    .join("\n");
}
