import { it, expect } from "vitest";
import nodemailer from "nodemailer";
import { startDovecot } from "../helpers/mail/dovecot.js";
import { startSmtpSink, countMessageId, readFolder } from "../helpers/mail/smtp-sink.js";

it("works", async () => {
  const dv = await startDovecot(["candidate", "dana"]);
  const sink = await startSmtpSink({ dovecot: dv, user: "candidate", mailboxes: { "dana@acme.example": "dana", "me@example.com": "candidate" } });
  const t = nodemailer.createTransport({ host: sink.host, port: sink.port, secure: false, ignoreTLS: true, auth: { user: "candidate", pass: "secret" } });
  const started = Date.now();
  const info = await t.sendMail({ from: "me@example.com", to: "dana@acme.example", subject: "Grüße", text: "hello ünïcode", messageId: "<abc@example.com>" });
  console.log(info, Date.now() - started);
  expect(await countMessageId(dv, "dana", "INBOX", "<abc@example.com>")).toBe(1);
  console.log((await readFolder(dv, "dana", "INBOX"))[0]!.toString());
  sink.faults.push({ stage: "data", drop: true });
  try { await t.sendMail({ from: "me@example.com", to: "dana@acme.example", subject: "x", text: "y" }); } catch (e) { console.log("DROP", e); }
  sink.faults.push({ stage: "data", code: 421, message: "4.3.2 Service shutting down" });
  try { await t.sendMail({ from: "me@example.com", to: "dana@acme.example", subject: "x", text: "y" }); } catch (e) { console.log("421", e); }
  try { await t.sendMail({ from: "me@example.com", to: "nobody@acme.example", subject: "x", text: "y" }); } catch (e) { console.log("550", e); }
  const bad = nodemailer.createTransport({ host: sink.host, port: sink.port, secure: false, ignoreTLS: true, auth: { user: "candidate", pass: "wrong" } });
  try { await bad.verify(); } catch (e) { console.log("AUTH", e); }
  const tls = nodemailer.createTransport({ host: sink.host, port: sink.port, secure: true, auth: { user: "candidate", pass: "secret" } });
  try { await tls.verify(); } catch (e) { console.log("TLS", e); }
  const tls2 = nodemailer.createTransport({ host: dv.host, port: dv.port, secure: false, requireTLS: true, auth: { user: "candidate", pass: "secret" }, greetingTimeout: 2000 });
  try { await tls2.verify(); } catch (e) { console.log("WRONGPROTO", e); }
  const un = nodemailer.createTransport({ host: "127.0.0.1", port: 1, secure: false });
  try { await un.verify(); } catch (e) { console.log("UNREACH", e); }
  const nx = nodemailer.createTransport({ host: "no-such-host.invalid", port: 25, secure: false });
  try { await nx.verify(); } catch (e) { console.log("NXDOMAIN", e); }
  await sink.stop(); await dv.stop();
});
