import type { Channel, MessageKind, PlanState } from "../../core/message.js";

/** How the page names the playbook's kinds, channels and states, in a job seeker's words. */
export const KIND_LABEL: Record<MessageKind, string> = {
  "thank-you": "Thank-you note",
  "status-follow-up": "Follow-up on their decision",
  "additional-info": "The answer or material you promised",
  "check-in": "Keeping in touch",
  "rejection-reply": "Reply to the rejection",
};

export const CHANNEL_LABEL: Record<Channel, string> = {
  email: "E-mail",
  card: "Handwritten card",
  linkedin: "LinkedIn note",
  "linkedin-message": "LinkedIn message",
};

/** A channel inside a sentence ("Write the LinkedIn note"): lower case except for names. */
export const CHANNEL_IN_SENTENCE: Record<Channel, string> = {
  email: "e-mail",
  card: "handwritten card",
  linkedin: "LinkedIn note",
  "linkedin-message": "LinkedIn message",
};

export const STATE_LABEL: Record<PlanState, string> = {
  upcoming: "Coming up",
  due: "Send now",
  late: "Late",
  missed: "Missed",
  done: "Sent",
  cancelled: "Not needed",
};

/** "Fri 20 Nov, 15:30" in the candidate's zone. */
export function moment(
  iso: string | null | undefined,
  timeZone: string | null | undefined,
): string {
  if (!iso) return "";
  try {
    return new Intl.DateTimeFormat("en-GB", {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: timeZone ?? undefined,
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
