import { AUTO_REPLY_SUBJECT } from "./auto-reply-subjects.js";
import { BOUNCE_SUBJECT } from "./bounce-subjects.js";
import { header, type ReceivedMail } from "./received-mail.js";
import type { ReplyKind } from "./reply-kind.js";

/** Why a message was taken as automatic: the rule's stable code and what it saw. */
export interface Evidence {
  rule: string;
  detail: string;
}

export interface Classification {
  kind: ReplyKind;
  evidence: Evidence[];
}

interface Rule {
  code: string;
  kind: Exclude<ReplyKind, "human">;
  /** What the rule saw, or null when it does not apply. */
  test(mail: ReceivedMail): string | null;
}

const DAEMON_SENDER =
  /^(?:mailer[-_]?daemon|postmaster|mail[-_]?daemon|mdaemon|mail[-_]?delivery)$/i;
const DAEMON_NAME = /^(?:mail delivery (?:system|subsystem)|mailer[- ]daemon|postmaster)$/i;
const NO_REPLY_SENDER =
  /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply|auto[-_.]?(?:reply|confirm|response|responder)|notifications?|bounces?)(?:[-_+.].*)?$/i;
const TICKET_HEADERS = [
  "x-zendesk-from-account-id",
  "x-zendesk-ticket-id",
  "x-freshdesk-ticket-id",
  "x-otrs-loop",
  "x-otrs-ticketnumber",
  "rt-ticket",
  "x-rt-loop-prevention",
  "x-jira-fingerprint",
  "x-servicenow-generated",
  "x-helpscout-conversation-id",
  "x-kayako-ticket",
  "x-autotask-ticket",
];
const TICKET_SUBJECT =
  /\[(?:ticket|case|request|#)\s*#?\s*[\w-]*\d[\w-]*\]|\((?:ticket|case|request)?\s*#\d+\)/i;
const ACKNOWLEDGEMENT =
  /\b(?:has been (?:received|created|opened|logged|submitted)|we (?:have )?received your|request received|ticket (?:number|created|opened)|we will (?:get back|respond|reply) to you|eingegangen|erhalten|bien reçu|a été reçue?|recibido|ontvangen|mottagit|vastaanotettu|recebid[oa]|ricevut[oa])/i;

/** What mail systems write at the top of a returned message, whatever subject they keep. */
const BOUNCE_TEXT =
  /\b(?:delivery (?:to the following recipients? )?(?:has )?failed(?: permanently)?|(?:your )?message (?:could not|couldn't|wasn't|was not|cannot) be delivered|could not be delivered to (?:one or more|the following) recipients?|undeliverable to the following|this is the mail system at host|i'm sorry to have to inform you that your message|i'm afraid i wasn't able to deliver|permanent fatal errors?|the following addresses had permanent fatal errors|delivery status notification \(failure\)|address not found|recipient address rejected|user unknown|mailbox (?:unavailable|not found|does not exist)|no such user)\b/i;
/** An SMTP refusal or an enhanced status code, as returned-mail reports quote them. */
const SMTP_REFUSAL = /\b5\d\d[ -]#?5\.\d{1,3}\.\d{1,3}\b|\b5\.\d\.\d{1,3}\b|\b55[0-4]\b/;
/** Words a system puts in what it sends on its own, from any sender, in any header dress. */
const AUTOMATED_TEXT =
  /\b(?:this (?:is an? )?(?:automated|automatic|auto-generated|automatically generated) (?:message|response|reply|notification|e-?mail|confirmation)|this (?:message|e-?mail|notification) (?:was|has been) (?:sent|generated) automatically|(?:please )?do not (?:reply|respond) (?:to|directly to) this (?:e-?mail|message|notification|address)|this (?:e-?mail |mail)?(?:mailbox|inbox|address) is (?:not|un)monitored|replies to this (?:e-?mail|message|address) (?:are|will) not (?:be )?(?:read|monitored)|diese (?:e-?mail|nachricht) wurde automatisch|ceci est un (?:message|courriel) automatique|este es un (?:mensaje|correo) automático|dit is een automatisch)/i;
const TICKET_NUMBER =
  /\b(?:ticket|case|request|reference|incident|support)\s*(?:number|no\.?|id|#)\s*:?\s*#?[A-Z0-9-]*\d/i;

const present = (mail: ReceivedMail, name: string) => {
  const value = header(mail, name)[0];
  return value !== undefined && !/^\s*(?:no|false|0)\s*$/i.test(value) ? value.trim() : null;
};

const failedActions = (mail: ReceivedMail) =>
  mail.deliveryStatus.filter((status) => status.action === null || status.action === "failed");

/** A report whose every recipient is only delayed or relayed does not mean the address is bad. */
const onlyNotice = (mail: ReceivedMail) =>
  mail.deliveryStatus.length > 0 && failedActions(mail).length === 0;

const localPart = (mail: ReceivedMail) => mail.from?.address.split("@")[0] ?? "";

/** Bounce rules first: a returned message is never an answer, whatever else it carries. */
export const CLASSIFY_RULES: Rule[] = [
  {
    code: "delivery-report",
    kind: "bounce",
    test: (mail) =>
      mail.contentType === "multipart/report" &&
      mail.reportType === "delivery-status" &&
      !onlyNotice(mail)
        ? `a delivery status report${failedActions(mail)[0]?.status ? ` (${failedActions(mail)[0]!.status})` : ""}`
        : null,
  },
  {
    code: "failed-recipients",
    kind: "bounce",
    test: (mail) =>
      mail.failedRecipients.length > 0
        ? `the server lists failed recipients: ${mail.failedRecipients.join(", ")}`
        : null,
  },
  {
    code: "mail-daemon-sender",
    kind: "bounce",
    test: (mail) =>
      !onlyNotice(mail) &&
      (DAEMON_SENDER.test(localPart(mail)) || DAEMON_NAME.test(mail.from?.name.trim() ?? ""))
        ? `sent by ${mail.from!.address}`
        : null,
  },
  {
    code: "returned-mail-subject",
    kind: "bounce",
    test: (mail) =>
      !onlyNotice(mail) &&
      BOUNCE_SUBJECT.test(mail.subject) &&
      (header(mail, "return-path").some((value) => /^\s*<\s*>\s*$/.test(value)) ||
        mail.returnedMessageId !== null)
        ? `"${mail.subject}" from the mail system`
        : null,
  },
  {
    // A returned message that kept the original subject ("Re: …") and no report part.
    code: "returned-mail-text",
    kind: "bounce",
    test: (mail) => {
      const opening = mail.text.slice(0, 1500);
      const emptyReturn = header(mail, "return-path").some((v) => /^\s*<\s*>\s*$/.test(v));
      return !onlyNotice(mail) &&
        BOUNCE_TEXT.test(opening) &&
        (SMTP_REFUSAL.test(opening) || emptyReturn || mail.returnedMessageId !== null)
        ? `the text reports a failed delivery ("${opening.match(BOUNCE_TEXT)![0]}")`
        : null;
    },
  },
  {
    code: "delivery-notice",
    kind: "auto-reply",
    test: (mail) =>
      onlyNotice(mail) ? `a delivery notice (${mail.deliveryStatus[0]!.action})` : null,
  },
  {
    code: "auto-submitted",
    kind: "auto-reply",
    test: (mail) => {
      const value = present(mail, "auto-submitted");
      return value ? `Auto-Submitted: ${value}` : null;
    },
  },
  {
    code: "autoreply-header",
    kind: "auto-reply",
    test: (mail) => {
      const name = [
        "x-autoreply",
        "x-autorespond",
        "x-autoresponder",
        "x-auto-reply",
        "x-autogenerated",
        "x-auto-reply-from",
        "x-mail-autoreply",
        "x-fc-machinegenerated",
        "x-apple-action",
      ].find((candidate) => present(mail, candidate) !== null);
      return name ? `${name}: ${present(mail, name)}` : null;
    },
  },
  {
    code: "precedence",
    kind: "auto-reply",
    test: (mail) => {
      const value = present(mail, "precedence") ?? present(mail, "x-precedence");
      return value && /^(?:auto_reply|bulk|junk|list)$/i.test(value)
        ? `Precedence: ${value}`
        : null;
    },
  },
  {
    code: "read-receipt",
    kind: "auto-reply",
    test: (mail) =>
      mail.contentType === "multipart/report" && mail.reportType === "disposition-notification"
        ? "a read receipt"
        : null,
  },
  {
    code: "auto-reply-subject",
    kind: "auto-reply",
    test: (mail) => (AUTO_REPLY_SUBJECT.test(mail.subject) ? `subject "${mail.subject}"` : null),
  },
  {
    code: "ticket-acknowledgement",
    kind: "auto-reply",
    test: (mail) => {
      const ticket =
        TICKET_HEADERS.some((name) => header(mail, name).length > 0) ||
        TICKET_SUBJECT.test(mail.subject);
      const opening = `${mail.subject}\n${mail.text.slice(0, 600)}`;
      return ticket && ACKNOWLEDGEMENT.test(opening) ? "a ticket system's acknowledgement" : null;
    },
  },
  {
    // A receipt from a ticket system that sets no header says so in its first lines.
    code: "automated-text",
    kind: "auto-reply",
    test: (mail) => {
      const opening = `${mail.subject}\n${mail.text.slice(0, 1500)}`;
      const said = opening.match(AUTOMATED_TEXT)?.[0];
      if (said) return `the text says "${said}"`;
      return TICKET_NUMBER.test(opening) && ACKNOWLEDGEMENT.test(opening)
        ? "a receipt with a ticket number"
        : null;
    },
  },
  {
    code: "no-reply-sender",
    kind: "auto-reply",
    test: (mail) =>
      NO_REPLY_SENDER.test(localPart(mail)) ? `sent by ${mail.from!.address}` : null,
  },
  {
    code: "mailing-list",
    kind: "auto-reply",
    test: (mail) => {
      const name = ["list-id", "list-unsubscribe"].find((n) => header(mail, n).length > 0);
      return name ? `a mailing-list message (${name})` : null;
    },
  },
];

/** Bounce when a bounce rule applies, else auto-reply when one applies, else human. */
export function classifyMail(mail: ReceivedMail): Classification {
  const evidence = CLASSIFY_RULES.flatMap((rule) => {
    const detail = rule.test(mail);
    return detail === null ? [] : [{ rule: rule.code, detail, kind: rule.kind }];
  });
  const kind = evidence.some((e) => e.kind === "bounce")
    ? "bounce"
    : evidence.length > 0
      ? "auto-reply"
      : "human";
  return {
    kind,
    evidence: evidence.filter((e) => e.kind === kind).map(({ rule, detail }) => ({ rule, detail })),
  };
}
