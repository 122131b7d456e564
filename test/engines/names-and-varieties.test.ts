import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkContext,
  proofread,
  readMessage,
  type CheckContext,
  type Finding,
  type LanguageEngine,
} from "../../src/core/check/index.js";
import { engineFindings } from "../../src/core/check/engine-findings.js";
import { readEnglishDictionary } from "../../src/engines/dictionary-files.js";
import { HarperEngine } from "../../src/engines/harper.engine.js";
import { NspellEngine } from "../../src/engines/nspell.engine.js";
import { northbridge, person } from "../helpers/check-context.js";

const nspell = new NspellEngine(readEnglishDictionary);
const american = new HarperEngine({ dialect: "american" });
const british = new HarperEngine({ dialect: "british" });

beforeAll(async () => {
  await Promise.all([nspell.start(), american.start(), british.start()]);
});
afterAll(async () => {
  await Promise.all([nspell.stop(), american.stop(), british.stop()]);
});

/** As `afterword check FILE` reads a note written elsewhere: nothing known about it. */
const alone = checkContext({ now: "2026-11-17T23:00:00Z" });

async function spelling(
  text: string,
  context: CheckContext = alone,
  full: LanguageEngine | null = american,
): Promise<[string, string, string, string?][]> {
  const { findings } = await proofread(text, context, { full, instant: nspell });
  return findings
    .filter((finding) => finding.rule.startsWith("spelling"))
    .map((finding: Finding) => [
      finding.rule,
      finding.severity,
      text.slice(finding.start, finding.end),
      ...(finding.suggestion ? [finding.suggestion] : []),
    ]) as [string, string, string, string?][];
}

const errors = async (...args: Parameters<typeof spelling>) =>
  (await spelling(...args)).filter(([, severity]) => severity === "error");

describe("where a word stands tells what it is", () => {
  it("reads greetings, sign-offs, signatures and words after a title as names: never an error", async () => {
    const notes = [
      "Dear Mr. Halvorsen,\n\nThank you for this morning.\n\nBest,\nNgozi",
      "Kia ora Wiremu,\n\nThank you for the visit.\n\nNgā mihi,\nAroha Ngata",
      "Hi Siobhán,\n\nI enjoyed speaking with Dr. Chukwuemeka Adeyemi and Prof. Wójcik today.\n\nBest, Priyanka",
      "Dear Ms. Krawczyk,\n\nThank you again.\n\nYours sincerely,\nAgnieszka Zielińska\nSupply Chain Analyst\nKraków",
    ];
    for (const note of notes) expect(await errors(note), note).toEqual([]);
    // The dictionary alone (the quick check) reads them the same way.
    expect(await errors(notes[0]!, alone, null)).toEqual([]);
    expect(await spelling(notes[0]!)).toEqual([
      ["spelling.name", "warning", "Halvorsen"],
      ["spelling.name", "warning", "Ngozi"],
    ]);
  });

  it("takes an unknown capitalised word mid-sentence or starting one for a name or a term", async () => {
    const text =
      "Dear Dana,\n\nI enjoyed hearing about Lochside's plans. Halvorsen's team at Wiślanka sounded great.\n\nBest,\nJordan";
    expect(await errors(text)).toEqual([]);
  });

  it("still calls a close common word at the start of a sentence a typo", async () => {
    const text = "Dear Dana,\n\nTeh team was great. Recieved your note today.\n\nBest,\nJordan";
    expect(await errors(text)).toEqual([
      ["spelling", "error", "Teh", expect.stringMatching(/^The\b/)],
      ["spelling", "error", "Recieved", expect.stringMatching(/^Received\b/)],
    ]);
  });

  it("calls a slip of a name the note or the record spells otherwise a typo, and offers the name", async () => {
    const context = checkContext({
      now: "2026-11-24T12:00:00Z",
      interview: northbridge({ interviewers: [person("Erik Halvorsen")] }),
    });
    expect(
      await errors("Dear Mr. Halvorson,\n\nThank you for today.\n\nBest,\nJordan", context),
    ).toEqual([["spelling", "error", "Halvorson", expect.stringMatching(/^Halvorsen\b/)]]);
    expect(
      await errors(
        "Dear Dana,\n\nI liked Midwest Freightways. Freightwyas sounds fun.\n\nBest,\nJo",
      ),
    ).toEqual([["spelling", "error", "Freightwyas", expect.stringMatching(/^Freightways\b/)]]);
  });
});

describe("English as the candidate writes it", () => {
  const commonwealth =
    "Dear Dana,\n\nThe programme at the centre was well organised: the colour-coded catalogue, the licence renewals and the cheque run all travelled smoothly, and I realised how much the paediatric team had modernised. In Pune we counted savings in lakh, and I enrolled my favourite colleagues in the defence of the maths.\n\nKind regards,\nPriyanka";
  const us =
    "Dear Dana,\n\nThe program at the center was well organized: the color-coded catalog, the license renewals and the check run all traveled smoothly, and I realized how much the pediatric team had modernized.\n\nBest,\nJordan";

  it("accepts British, Australian, Canadian and Indian spellings in every dialect, and American ones too", async () => {
    for (const full of [american, british, null]) {
      expect(await errors(commonwealth, alone, full)).toEqual([]);
      expect(await errors(us, alone, full)).toEqual([]);
    }
  });

  it("still flags a typo in either spelling", async () => {
    const text = "Dear Dana,\n\nThe colur scheme and the organisaton were lovely.\n\nBest,\nJordan";
    for (const full of [american, british, null]) {
      expect((await errors(text, alone, full)).map(([, , word]) => word)).toEqual([
        "colur",
        "organisaton",
      ]);
    }
  });

  it("warns, and only warns, when one note mixes two spellings of a word", async () => {
    const text =
      "Dear Dana,\n\nThe colour of the pages and the color of the cover.\n\nBest,\nJordan";
    const { findings } = await proofread(text, alone, { full: american, instant: nspell });
    expect(findings.filter((finding) => finding.rule.startsWith("spelling"))).toEqual([
      expect.objectContaining({
        rule: "spelling.variety",
        severity: "warning",
        suggestion: "color",
      }),
    ]);
  });
});

describe("compound words", () => {
  const text =
    "Dear Dana,\n\nThe co-located, cross-functional stakeholder group told me about onboarding, the codebase, upskilling, the packhouse, the maths olympiad and the mispicks.\n\nBest,\nJordan";

  it("accepts real hyphenated and compound words, with both engines and the dictionary alone", async () => {
    expect(await errors(text, alone, american)).toEqual([]);
    expect(await errors(text, alone, null)).toEqual([]);
  });

  it("still flags a misspelt compound, and words run together by mistake", async () => {
    const typo = text.replace("onboarding", "onbaording").replace("the codebase", "eachother");
    expect((await errors(typo, alone, null)).map(([, , word]) => word)).toEqual([
      "onbaording",
      "eachother",
    ]);
  });
});

describe("suggestions that never make things worse", () => {
  it("offers only words the dictionary accepts too", async () => {
    const text = "Dear Dana,\n\nI have sttruck gold and ennjoyed it.\n\nBest,\nJordan";
    const { findings } = await proofread(text, alone, { full: american, instant: nspell });
    const offered = findings.flatMap((finding) => finding.suggestion?.split(", ") ?? []);
    expect(offered).toContain("struck");
    for (const word of offered) expect(await nspell.check(word, []), word).toEqual([]);
  });

  it("keeps a split for a run-together typo, and never splits a word a dictionary accepts", async () => {
    const splitting: LanguageEngine = {
      name: "splitting",
      start: async () => {},
      stop: async () => {},
      // Reads as harper would with a rule that splits compounds.
      check: async (text) => {
        const at = text.indexOf("codebase");
        return at < 0
          ? []
          : [
              {
                kind: "other",
                start: at,
                end: at + 8,
                message: "Split it.",
                suggestions: ["code base"],
              },
            ];
      },
    };
    const text = "Dear Dana,\n\nThe codebase was tidy.\n\nBest,\nJordan";
    const { findings } = await proofread(text, alone, { full: splitting, instant: nspell });
    expect(findings.filter((finding) => finding.rule.startsWith("grammar"))).toEqual([]);
    const thankyou = await proofread("Dear Dana,\n\nThankyou for today.\n\nBest,\nJordan", alone, {
      full: american,
      instant: nspell,
    });
    expect(thankyou.findings.find((finding) => finding.rule === "spelling")?.suggestion).toMatch(
      /^Thank you\b/,
    );
    const midSentence = await proofread(
      "Dear Dana,\n\nI wanted to say thankyou for today.\n\nBest,\nJordan",
      alone,
      { full: american, instant: nspell },
    );
    expect(
      midSentence.findings.find((finding) => finding.rule === "spelling")?.suggestion,
    ).toContain("thank you");
  });

  it("never changes a word from the candidate's record", () => {
    const context = checkContext({
      now: "2026-11-17T23:00:00Z",
      interview: northbridge({ discussed: ["the move from Airflow to Dagster"] }),
    });
    const text = "Dear Dana,\n\nThe Dagster move was bold.\n\nBest,\nJordan";
    const at = text.indexOf("Dagster move");
    const lint = (suggestions: string[]) => ({
      kind: "other" as const,
      start: at,
      end: at + "Dagster move".length,
      message: "Consider rewording.",
      suggestions,
    });
    expect(engineFindings([lint(["Dangster move"])], readMessage(text), context)).toEqual([]);
    expect(
      engineFindings([lint(["Dangster move", "Dagster's move"])], readMessage(text), context),
    ).toEqual([expect.objectContaining({ rule: "grammar.other", suggestion: "Dagster's move" })]);
  });
});
