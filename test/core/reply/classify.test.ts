import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyMail } from "../../../src/core/reply/classify.js";
import { readReceived } from "../../../src/mail/read-received.js";
import { mail } from "./mail.js";

describe("classifyMail", () => {
  it("takes an ordinary reply as human", () => {
    expect(classifyMail(mail())).toEqual({ kind: "human", evidence: [] });
  });

  it.each([
    ["auto-submitted", { "auto-submitted": ["auto-replied"] }],
    ["auto-submitted", { "auto-submitted": ["auto-generated"] }],
    ["autoreply-header", { "x-autoreply": ["yes"] }],
    ["autoreply-header", { "x-autorespond": ["Vacation"] }],
    ["autoreply-header", { "x-apple-action": ["vacation"] }],
    ["precedence", { precedence: ["auto_reply"] }],
    ["precedence", { precedence: ["bulk"] }],
    ["mailing-list", { "list-unsubscribe": ["<mailto:leave@acme.example>"] }],
  ])("takes the %s signal as automatic", (rule, headers) => {
    expect(classifyMail(mail({ headers }))).toMatchObject({
      kind: "auto-reply",
      evidence: [{ rule }],
    });
  });

  it("ignores Auto-Submitted: no", () => {
    expect(classifyMail(mail({ headers: { "auto-submitted": ["no"] } })).kind).toBe("human");
  });

  it.each([
    "Automatic reply: Thank you",
    "AUTO: Dana Whitfield is out of the office",
    "Out of Office: Thank you",
    "[Auto-Reply] Thank you",
    "Automatische Antwort: Danke",
    "Abwesenheitsnotiz: Danke",
    "Réponse automatique : Merci",
    "Absent du bureau : Merci",
    "Respuesta automática: Gracias",
    "Fuera de la oficina: Gracias",
    "Automatisch antwoord: Bedankt",
    "Afwezig: Bedankt",
    "Automatiskt svar: Tack",
    "Frånvaro: Tack",
    "Automaattinen vastaus: Kiitos",
    "Poissa: Kiitos",
    "Resposta automática: Obrigado",
    "Ausência: Obrigado",
    "Risposta automatica: Grazie",
    "Fuori sede: Grazie",
    "Autosvar: Takk",
    "自動返信: ありがとう",
  ])("takes the subject %j as an auto-reply", (subject) => {
    expect(classifyMail(mail({ subject }))).toMatchObject({
      kind: "auto-reply",
      evidence: [{ rule: "auto-reply-subject" }],
    });
  });

  it.each([
    "Re: Automatic reply settings for the team",
    "Re: Out of office next week — can we meet on Monday?",
    "Following up after my vacation",
    "Autonomous fleet telemetry: next steps",
    "Absolutely, let's talk Thursday",
  ])("takes the subject %j as a person's", (subject) => {
    expect(classifyMail(mail({ subject })).kind).toBe("human");
  });

  it("takes a ticket system's acknowledgement as automatic, and its agent's answer as human", () => {
    const headers = { "x-zendesk-ticket-id": ["4512"] };
    expect(
      classifyMail(mail({ headers, subject: "Your request (#4512) has been received" })).kind,
    ).toBe("auto-reply");
    expect(
      classifyMail(
        mail({ headers, subject: "Re: Your request (#4512)", text: "Hi Jordan, Dana is back." }),
      ).kind,
    ).toBe("human");
  });

  it("takes a no-reply sender as automatic", () => {
    const from = { address: "no-reply@greenhouse.example", name: "Acme Recruiting" };
    expect(classifyMail(mail({ from })).kind).toBe("auto-reply");
  });

  it("takes a failed delivery report, a mailer daemon or X-Failed-Recipients as a bounce", () => {
    const failed = [
      { finalRecipient: "dana@acme.example", action: "failed", status: "5.1.1", diagnostic: null },
    ];
    expect(
      classifyMail(
        mail({
          contentType: "multipart/report",
          reportType: "delivery-status",
          deliveryStatus: failed,
        }),
      ),
    ).toMatchObject({
      kind: "bounce",
      evidence: [{ rule: "delivery-report", detail: "a delivery status report (5.1.1)" }],
    });
    expect(
      classifyMail(mail({ from: { address: "MAILER-DAEMON@mx.acme.example", name: "" } })).kind,
    ).toBe("bounce");
    expect(
      classifyMail(mail({ from: { address: "postmaster@acme.example", name: "" } })).kind,
    ).toBe("bounce");
    expect(classifyMail(mail({ failedRecipients: ["dana@acme.example"] })).kind).toBe("bounce");
  });

  it("takes a report that only says 'delayed' as a notice, not a bounce", () => {
    const delayed = [
      { finalRecipient: "dana@acme.example", action: "delayed", status: "4.2.2", diagnostic: null },
    ];
    expect(
      classifyMail(
        mail({
          from: { address: "MAILER-DAEMON@mx.acme.example", name: "Mail Delivery Subsystem" },
          contentType: "multipart/report",
          reportType: "delivery-status",
          deliveryStatus: delayed,
        }),
      ),
    ).toMatchObject({ kind: "auto-reply", evidence: [{ rule: "delivery-notice" }] });
  });
});

describe("classifyMail on real-world messages", () => {
  const folder = join(import.meta.dirname, "..", "..", "fixtures", "mail", "real-world");
  const expected: Record<string, string> = {
    "sisimai-rfc3834-01-out-of-office-no-auto-submitted.eml": "auto-reply",
    "sisimai-rfc3834-02-lotus-auto-out-of-office.eml": "auto-reply",
    "mikel-mail-report-530-bounce.eml": "bounce",
    "mikel-mail-report-422-delayed.eml": "auto-reply",
    "mailparser-delivery-status-ses-bounce.eml": "bounce",
    "mailparser-sparrow-human.eml": "human",
  };

  it("covers every file in the folder", () => {
    expect(readdirSync(folder).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))("%s is %s", async (file, kind) => {
    const received = await readReceived(readFileSync(join(folder, file)));
    expect(classifyMail(received).kind).toBe(kind);
  });

  it("reads the failed recipient and the server's words from a real report", async () => {
    const received = await readReceived(
      readFileSync(join(folder, "mikel-mail-report-530-bounce.eml")),
    );
    expect(received.deliveryStatus).toEqual([
      {
        finalRecipient: "edwin@zzzzzzz.com",
        action: "failed",
        status: "5.3.0",
        diagnostic: "553 5.3.0 <edwin@zzzzzzz.com>... Unknown E-Mail Address",
      },
    ]);
    expect(received.returnedMessageId).toBe("<200712232303.lBNN3jDq002941@mail12.rrrr.com.au>");
  });
});
