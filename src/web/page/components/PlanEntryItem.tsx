import type { MessageEntry } from "../../server/present/message-entries.js";
import { problemText } from "../api.js";
import { openDraft } from "../open-draft.js";
import { Link } from "../router.js";
import { personName } from "../../../core/compose/grammar/person-name.js";
import { CHANNEL_IN_SENTENCE, KIND_LABEL, moment, STATE_LABEL } from "../words.js";

const ORDINAL: Record<number, string> = { 2: "second", 3: "third", 4: "fourth" };

/**
 * One message to one person, as every list of the plan shows it (Today, the interview's plan, the
 * plan a saved debrief makes): why and when, what was sent, and each channel still open as a
 * button that opens its draft.
 */
export function PlanEntryItem({
  entry,
  timeZone,
  onProblem,
  interview,
}: {
  entry: MessageEntry;
  timeZone: string;
  onProblem: (text: string) => void;
  /** Named, with a link, where the list mixes interviews. */
  interview?: { company: string; position: string };
}) {
  // A second follow-up or a third check-in says so: two entries never read the same.
  const which = entry.sequence > 1 ? ` (${ORDINAL[entry.sequence] ?? entry.sequence})` : "";
  const title = `${KIND_LABEL[entry.kind]} to ${personName(entry.recipient.name)}${which}`;
  // The title inside a sentence: "the thank-you note to Dana Whitfield".
  const named = `${KIND_LABEL[entry.kind].toLowerCase()} to ${personName(entry.recipient.name)}${which}`;
  const sent = entry.channels.filter((choice) => choice.state === "done");
  const open = entry.channels.filter(
    (choice) => choice.state !== "done" && choice.state !== "cancelled",
  );
  return (
    <li className={`entry state-${entry.state}`}>
      <article aria-label={title}>
        <h3>{title}</h3>
        <p className="meta">
          <span className={`badge badge-${entry.state}`}>{STATE_LABEL[entry.state]}</span>
          {interview && (
            <>
              {" "}
              <Link to={`/interviews/${entry.interviewId}`}>
                {interview.company}, {interview.position}
              </Link>
            </>
          )}
        </p>
        <p>{entry.reason}</p>
        {open.length > 0 && (
          <p className="meta">
            {entry.state === "upcoming" ? "From " : "Best sent "}
            {moment(entry.dueAt, timeZone)}
            {entry.deadline && ` · at the latest ${moment(entry.deadline, timeZone)}`}
          </p>
        )}
        {sent.map((choice) => (
          <p key={choice.planItemId} className="meta">
            Sent as {CHANNEL_IN_SENTENCE[choice.channel]}
            {choice.sentAt && ` ${moment(choice.sentAt, timeZone)}`}
          </p>
        ))}
        {open.length > 0 && (
          <div className="choices" role="group" aria-label={`How to send the ${named}`}>
            {open.map((choice) => (
              <button
                key={choice.channel}
                type="button"
                onClick={() =>
                  void openDraft({
                    interviewId: entry.interviewId,
                    kind: entry.kind,
                    channel: choice.channel,
                    to: entry.recipient.email ?? entry.recipient.name,
                    sequence: entry.sequence,
                  }).catch((error) => onProblem(problemText(error)))
                }
              >
                Write the {CHANNEL_IN_SENTENCE[choice.channel]}
                <span className="visually-hidden"> ({named})</span>
              </button>
            ))}
          </div>
        )}
      </article>
    </li>
  );
}
