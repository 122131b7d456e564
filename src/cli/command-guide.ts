import type { Command } from "commander";

/** The headings of `afterword --help`, in the order a job seeker meets them. */
export const GROUPS = {
  interviews: "Interviews:",
  messages: "Messages:",
  mail: "Mail:",
  setup: "Set-up:",
} as const;

type Group = keyof typeof GROUPS;

/** Which heading each top-level command is listed under. */
export const GROUP_OF: Record<string, Group> = {
  import: "interviews",
  interviews: "interviews",
  show: "interviews",
  details: "interviews",
  plan: "interviews",
  agenda: "interviews",
  reminders: "interviews",
  reply: "interviews",
  outcome: "interviews",
  forget: "interviews",
  draft: "messages",
  drafts: "messages",
  edit: "messages",
  export: "messages",
  check: "messages",
  send: "messages",
  sent: "messages",
  snooze: "messages",
  mail: "mail",
  outbox: "mail",
  inbox: "mail",
  worker: "mail",
  profile: "setup",
  words: "setup",
  serve: "setup",
  doctor: "setup",
};

/** What to type, by command path ("mail setup"); each command's help ends with these. */
const EXAMPLES: Record<string, string[]> = {
  "": ["afterword", "afterword import acme.yaml", "afterword agenda", "afterword draft 1"],
  profile: ["afterword profile", "afterword profile profile.yaml"],
  import: ["afterword import acme.yaml", 'afterword import invite.ics "Interview with Acme.eml"'],
  interviews: ["afterword interviews", "afterword interviews --json"],
  show: ["afterword show 1"],
  forget: ["afterword forget 2", "afterword forget 2 --yes"],
  details: [
    'afterword details 3 --company "Acme Robotics" --position "Backend Engineer"',
    "afterword details 3 notes.yaml",
  ],
  plan: ["afterword plan 1", "afterword plan 1 --json"],
  agenda: ["afterword agenda", "afterword agenda --days 3"],
  reminders: ["afterword reminders agenda.ics", "afterword reminders - > agenda.ics"],
  reply: ["afterword reply 1 --from Dana", 'afterword reply 1 --from Dana --at "yesterday 4pm"'],
  outcome: ["afterword outcome 1 rejected --from Dana", "afterword outcome 1 offer"],
  draft: [
    "afterword draft 1",
    "afterword draft 1 --to Dana --channel linkedin",
    'afterword draft 1 --kind check-in --reason "I read about your new Lisbon office."',
    "afterword draft show 3",
  ],
  drafts: ["afterword drafts", "afterword drafts 3", "afterword drafts --interview 1"],
  edit: ["afterword edit 3"],
  export: ["afterword export 3 --eml dana.eml"],
  check: [
    'afterword check note.txt --to "Dana Whitfield"',
    "afterword check - --interview 1 --kind status-follow-up < follow-up.txt",
    "afterword check --draft 3",
  ],
  send: ["afterword send 3", 'afterword send 3 --at "tomorrow 9am"', "afterword send dana.eml"],
  sent: [
    "afterword sent --draft 3",
    'afterword sent 1 --kind thank-you --to Dana --at "today 14:00"',
  ],
  snooze: ['afterword snooze 1.thank-you.card.dana-whitfield --until "tomorrow 9am"'],
  mail: ["afterword mail setup", "afterword mail test"],
  "mail setup": [
    "afterword mail setup",
    "afterword mail setup --signin microsoft --client-id APP-ID --tenant consumers",
    "afterword mail setup --signin google --client-id APP-ID",
    "afterword mail setup --smtp smtp.example.org:587 --security starttls --imap imap.example.org --password-file mail-password",
  ],
  "mail test": ["afterword mail test"],
  "mail signin": ["afterword mail signin", "afterword mail signin --browser"],
  outbox: ["afterword outbox", "afterword outbox cancel 4", "afterword outbox retry 4"],
  "outbox cancel": ["afterword outbox cancel 4"],
  "outbox retry": ["afterword outbox retry 4"],
  inbox: ["afterword inbox", "afterword inbox add reply.eml", "afterword inbox sync"],
  "inbox add": ["afterword inbox add reply.eml"],
  "inbox accept": ["afterword inbox accept 4", "afterword inbox accept 4 --as rejection"],
  "inbox dismiss": ["afterword inbox dismiss 4"],
  "inbox sync": ["afterword inbox sync"],
  worker: ["afterword worker"],
  words: ["afterword words", "afterword words add Dagster dbt", "afterword words remove dbt"],
  "words add": ["afterword words add Dagster dbt"],
  "words remove": ["afterword words remove dbt"],
  doctor: ["afterword doctor", "afterword doctor --restore"],
  serve: ["afterword serve", "afterword serve --port 4321 --no-open"],
};

/** Puts each command under its heading and ends its help with examples, subcommands included. */
export function applyGuide(program: Command): void {
  addExamples(program, "");
  // Commander lists the groups in the order their first command was added.
  const order = Object.keys(GROUPS);
  const rank = (command: Command) => order.indexOf(GROUP_OF[command.name()] ?? "setup");
  (program.commands as Command[]).sort((a, b) => rank(a) - rank(b));
  for (const command of program.commands) {
    const group = GROUP_OF[command.name()];
    if (group) command.helpGroup(GROUPS[group]);
    addExamples(command, command.name());
    for (const sub of command.commands) addExamples(sub, `${command.name()} ${sub.name()}`);
  }
}

function addExamples(command: Command, path: string): void {
  const examples = EXAMPLES[path];
  if (!examples) return;
  command.addHelpText("after", `\nExamples:\n${examples.map((line) => `  ${line}`).join("\n")}`);
}

/** Every command path with examples, for the test that no command goes without. */
export const EXAMPLE_PATHS = Object.keys(EXAMPLES);
