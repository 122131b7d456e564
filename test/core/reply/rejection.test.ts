import { describe, expect, it } from "vitest";
import { readsLikeRejection } from "../../../src/core/reply/rejection.js";

describe("readsLikeRejection", () => {
  it.each([
    "Unfortunately, we have decided to move forward with other candidates.",
    "After careful consideration we decided not to move forward with your application.",
    "We regret to inform you that the position has been filled.",
    "You have not been selected for the next round.",
    "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.",
    "Malheureusement, nous avons décidé de ne pas donner suite à votre candidature.",
    "Lamentablemente hemos decidido continuar con otro candidato.",
    "Helaas hebben we gekozen voor een andere kandidaat.",
    "Tyvärr har vi valt att gå vidare med en annan kandidat.",
    "Valitettavasti valinta kohdistui toiseen hakijaan.",
    "Infelizmente decidimos seguir com outro candidato.",
    "Purtroppo abbiamo scelto un altro candidato.",
  ])("reads %j as a rejection", (text) => {
    expect(readsLikeRejection(text)).not.toBeNull();
  });

  it.each([
    "Thanks Jordan, we will be in touch by Friday.",
    "Unfortunately I am travelling next week; could we talk on the 3rd?",
    "We are moving forward with the final round and would love you to join it.",
  ])("does not read %j as a rejection", (text) => {
    expect(readsLikeRejection(text)).toBeNull();
  });

  it("ignores the quoted message below the reply", () => {
    const text = [
      "Sounds good, talk on Monday!",
      "",
      "On Fri, Nov 20, 2026 at 4:10 PM Jordan Rivera <jordan@example.com> wrote:",
      "> If you decided not to move forward, I would still value feedback.",
    ].join("\n");
    expect(readsLikeRejection(text)).toBeNull();
  });
});
