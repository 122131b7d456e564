import { afterEach, describe, expect, it } from "vitest";
import { json, runCli } from "../../helpers/cli.js";
import { DANA, emlFile, preparedHome } from "../../helpers/mail/world.js";
import { KEY, Terminal } from "../../helpers/terminal.js";

const terminals: Terminal[] = [];
afterEach(() => terminals.splice(0).forEach((t) => t.kill()));

describe("afterword send at a terminal", () => {
  it(
    "shows the proofreader's errors and queues nothing unless told to",
    { timeout: 120_000 },
    async () => {
      const home = await preparedHome(null);
      const careless = emlFile(home, "careless.eml", {
        to: `Dana Whitfield <${DANA}>`,
        subject: "Thank you",
        body: "Hi [Interviewer's Name],\n\nThank you for your time at [Company].\n\nJordan Rivera",
      });
      const t = new Terminal(["--home", home, "send", careless, "--kind", "thank-you"], {});
      terminals.push(t);
      await t.waitFor("About to queue");
      await t.waitFor("placeholder", 60_000);
      await t.waitFor("Queue it anyway?", 60_000);
      t.press(KEY.enter);
      await t.waitFor("Not queued.");
      expect(await t.exited).toBe(0);
      expect(json<unknown[]>(await runCli(["outbox", "--json"], { home }))).toEqual([]);

      const fine = emlFile(home, "fine.eml", {
        to: `Dana Whitfield <${DANA}>`,
        subject: "Thank you for Friday",
        body: [
          "Hi Dana,",
          "",
          "Thank you for your time on Friday. Our conversation about moving the fleet telemetry",
          "pipeline to Kafka made me even more interested in the Senior Backend Engineer role at",
          "Acme Robotics. I have been thinking about how to keep the consumers idempotent.",
          "",
          "Best regards,",
          "Jordan Rivera",
        ].join("\n"),
      });
      const again = new Terminal(["--home", home, "send", fine, "--kind", "thank-you"], {});
      terminals.push(again);
      await again.waitFor("About to queue");
      await again.waitFor("Queue it?", 60_000);
      again.press(KEY.enter);
      await again.waitFor("Queued as outbox item 1");
      expect(await again.exited).toBe(0);
    },
  );
});
