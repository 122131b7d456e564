import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkContext,
  EngineUnavailable,
  proofread,
  proofreadNow,
  Proofreader,
  type CheckResult,
  type LanguageEngine,
} from "../../src/core/check/index.js";
import { readEnglishDictionary } from "../../src/engines/dictionary-files.js";
import { dialectForZone } from "../../src/engines/dialect.js";
import { HARPER_RULES_OFF, misfires } from "../../src/engines/harper-config.js";
import { HarperEngine } from "../../src/engines/harper.engine.js";
import { IncrementalEngine } from "../../src/engines/incremental.engine.js";
import { NspellEngine } from "../../src/engines/nspell.engine.js";
import { danaContext, northbridge } from "../helpers/check-context.js";

const nspell = new NspellEngine(readEnglishDictionary);
const harper = new HarperEngine();

beforeAll(async () => {
  await Promise.all([nspell.start(), harper.start()]);
});
afterAll(async () => {
  await Promise.all([nspell.stop(), harper.stop()]);
});

const spans = (text: string, lints: { start: number; end: number; kind: string }[]) =>
  lints.map((lint) => [lint.kind, text.slice(lint.start, lint.end)]);

describe("NspellEngine", () => {
  it("flags misspelled words with suggestions, and repeated words", async () => {
    const text = "I would recieve the the offer gladly.";
    const lints = await nspell.check(text, []);
    expect(spans(text, lints)).toEqual([
      ["spelling", "recieve"],
      ["repeated-word", "the the"],
    ]);
    expect(lints[0]!.suggestions).toContain("receive");
  });

  it("learns the candidate's words, possessives included", async () => {
    const text = "Northbridge's team uses Dagster daily.";
    expect(spans(text, await nspell.check(text, []))).toEqual([
      ["spelling", "Northbridge's"],
      ["spelling", "Dagster"],
    ]);
    expect(await nspell.check(text, ["Northbridge Analytics", "Dagster"])).toEqual([]);
  });

  it("leaves addresses, links, numbers and acronyms alone", async () => {
    const text =
      "Write to jordan@rivera.example or see https://jordanrivera.example/kafkaa about the GCPX and 3rd plan.";
    expect(await nspell.check(text, [])).toEqual([]);
  });

  it("skips suggestions when only the verdict is wanted", async () => {
    const [lint] = await nspell.check("A recieved letter.", [], { suggestions: false });
    expect(lint?.suggestions).toEqual([]);
  });

  it("gives, when asked for known suggestions only, those it has already worked out", () => {
    const typo = "A definately kind letter.";
    expect(nspell.checkNow(typo, [], { suggestions: "known" })[0]?.suggestions).toEqual([]);
    const worked = nspell.checkNow(typo, [])[0]!.suggestions;
    expect(worked).toContain("definitely");
    expect(nspell.checkNow(typo, [], { suggestions: "known" })[0]?.suggestions).toEqual(worked);
  });
});

describe("NspellEngine's start", () => {
  it("builds the dictionary once for callers who start it at the same time", async () => {
    let loads = 0;
    const engine = new NspellEngine(() => {
      loads++;
      return readEnglishDictionary();
    });
    await Promise.all([engine.start(), engine.start()]);
    await engine.start();
    expect(loads).toBe(1);
    expect(await engine.check("I recieved it.", [])).toHaveLength(1);
  });

  it("tries again after a load that failed", async () => {
    let loads = 0;
    const engine = new NspellEngine(() =>
      ++loads === 1 ? Promise.reject(new Error("unreadable")) : readEnglishDictionary(),
    );
    await expect(engine.start()).rejects.toBeInstanceOf(EngineUnavailable);
    await engine.start();
    expect(loads).toBe(2);
  });
});

describe("proofreadNow", () => {
  it("finds in one synchronous stretch what proofread finds with the dictionary alone", async () => {
    const text = "Dear Dana,\n\nThank you for the the talk about the pipline.\n\nBest,\nJordan";
    const context = danaContext();
    const later = await proofread(text, context, { instant: nspell });
    const now = proofreadNow(text, context, nspell);
    expect(now).toEqual(later.findings);
    expect(now.map((finding) => finding.rule)).toContain("spelling");
  });

  it("runs our rules alone without an engine that lints at once", () => {
    const text = "Dear Dana,\n\nThank you!!!";
    expect(proofreadNow(text, danaContext(), harper)).toEqual(
      proofreadNow(text, danaContext(), null),
    );
  });
});

describe("IncrementalEngine", () => {
  const draft = [
    "Dear Dana,",
    "",
    "Thank you for the talk on Tuesday. I enjoyed hearing how your team plans its week.",
    "Our talk about the pipeline stayed with me. Their is one more thing I would add.",
    "",
    "Best,",
    "Jordan",
  ].join("\n");
  const kinds = (lints: { start: number; end: number; kind: string }[]) =>
    lints.map((lint) => [lint.kind, lint.start, lint.end]);

  it("lints the whole text first, then only the sentences an edit changed, finding the same", async () => {
    const engine = new IncrementalEngine(harper);
    expect(kinds(await engine.check(draft, []))).toEqual(kinds(await harper.check(draft, [])));
    expect(engine.last).toMatchObject({ whole: true, linted: draft.length });

    const edits = [
      draft.replace("plans its week", "plans it's week"),
      draft.replace("plans its week", "plans it's weeek"),
      draft.replace("Dear Dana,", "Dear Dana, an hello"),
      draft.replace("Jordan", "Jordan Rivera"),
      draft.replace("on Tuesday.", "at 3 p.m. yesterday."),
      draft.replace("on Tuesday.", "at 3 p.m. tomorow."),
    ];
    let found = 0;
    for (const edited of edits) {
      const lints = await engine.check(edited, []);
      found += lints.length;
      expect(kinds(lints), edited).toEqual(kinds(await harper.check(edited, [])));
      expect(engine.last!.whole).toBe(false);
      expect(engine.last!.linted).toBeLessThan(edited.length / 2);
    }
    expect(found).toBeGreaterThan(0);
  });

  it("lints everything again when the candidate's words change", async () => {
    const engine = new IncrementalEngine(harper);
    await engine.check(draft, []);
    await engine.check(draft, ["Dagster"]);
    expect(engine.last).toMatchObject({ whole: true });
  });
});

describe("HarperEngine", () => {
  it("says it lints off this thread only in a Web Worker", () => {
    expect(harper.offThread).toBe(false);
    expect(new HarperEngine({ worker: true }).offThread).toBe(true);
  });

  it("sorts harper's lints into spelling, repetition, a/an and capitalisation", async () => {
    const text = "i think the the team made an mistake with the postion.";
    const kinds = spans(text, await harper.check(text, []));
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["capital-i", "i"],
        ["repeated-word", "the the"],
        ["a-an", "an"],
        ["spelling", "postion"],
      ]),
    );
  });

  it("reports offsets in UTF-16 units, after emoji too", async () => {
    const text = "Great news 🎉🎉 about the postion.";
    const lint = (await harper.check(text, [])).find((l) => l.kind === "spelling");
    expect(lint && text.slice(lint.start, lint.end)).toBe("postion");
  });

  it("learns the candidate's words", async () => {
    const text = "I enjoyed the Dagster migration with Priya.";
    expect(
      (await harper.check(text, ["Dagster", "Priya Raman"])).filter((l) => l.kind === "spelling"),
    ).toEqual([]);
  });

  it("has the rules that misfire on good e-mail turned off", async () => {
    expect(Object.keys(HARPER_RULES_OFF)).toContain("MissingPreposition");
    const text =
      "It was great meeting the team, and Sam and Al joined us. Call me at (773) 555-0198.";
    expect(await harper.check(text, ["Sam", "Al"])).toEqual([]);
  });

  it("reads 'you' before a time as you, and only there", async () => {
    expect(await harper.check("I hope to hear from you tomorrow.", [])).toEqual([]);
    const lint = {
      kind: "Miscellaneous",
      found: "you",
      start: 14,
      end: 17,
      message: "The possessive version of this word is more common in this context.",
      suggestions: ["your"],
    };
    expect(misfires(lint, "Thank you for you time.")).toBe(false);
    expect(misfires({ ...lint, start: 20, end: 23 }, "I hope to hear from you tomorrow.")).toBe(
      true,
    );
  });

  it("lints the same without the warm-up a command has no use for", async () => {
    const cold = new HarperEngine({ warmUp: false });
    await cold.start();
    try {
      for (const text of [
        "Dear Dana,\n\nI made an mistake in the postion, and and I recieved it.",
        "Thank you for the conversation about Northbridge's pipeline; i enjoyed it.",
      ]) {
        expect(await cold.check(text, ["Northbridge"])).toEqual(
          await harper.check(text, ["Northbridge"]),
        );
      }
    } finally {
      await cold.stop();
    }
  });

  it("follows the candidate's English: British spelling passes in London", async () => {
    expect(dialectForZone("Europe/London")).toBe("british");
    expect(dialectForZone("America/Toronto")).toBe("canadian");
    expect(dialectForZone("America/Chicago")).toBe("american");
    const british = new HarperEngine({ dialect: "british" });
    await british.start();
    try {
      const text = "I organised the campaign and chose the colour palette.";
      expect((await british.check(text, [])).filter((l) => l.kind === "spelling")).toEqual([]);
    } finally {
      await british.stop();
    }
  });
});

describe("proofread with both engines", () => {
  const context = danaContext();
  const findings = async (text: string, ctx = context) =>
    (await proofread(text, ctx, { full: harper, instant: nspell })).findings.map((f) => [
      f.rule,
      text.slice(f.start, f.end),
    ]);

  it("flags a word as misspelled only when both dictionaries reject it", async () => {
    const text = "Dear Dana,\n\nAfterwards I met the RN team, and I recieved the postion details.";
    const found = (await findings(text)).filter(([rule]) => rule === "spelling");
    expect(found).toEqual([
      ["spelling", "recieved"],
      ["spelling", "postion"],
    ]);
  });

  it("never flags the candidate's names, companies and terms, possessives included", async () => {
    const ctx = danaContext({
      interview: northbridge({ discussed: ["the Dagster rollout"] }),
      words: ["Kubernetes"],
    });
    const text =
      "Dear Dana,\n\nNorthbridge's Dagster rollout and Priya's Kubernetes work impressed me, as did Whitfield's plan.";
    expect((await findings(text, ctx)).filter(([rule]) => rule === "spelling")).toEqual([]);
  });

  it("suggests the dictionary's word where harper would split a typo in two", async () => {
    const text = "Dear Dana,\n\nI will folow up with the curent figures, thankyou.";
    const result = await proofread(text, context, { full: harper, instant: nspell });
    const suggestion = (word: string) =>
      result.findings.find((f) => text.slice(f.start, f.end) === word)?.suggestion ?? "";
    expect(suggestion("folow").split(", ")[0]).toBe("follow");
    expect(suggestion("curent").split(", ")[0]).toBe("current");
    // Run-together words are split rightly: the dictionary has nothing better to offer there.
    expect(suggestion("thankyou").split(", ")[0]).toBe("thank you");
  });

  it("never offers a slur or a vulgarity as a correction", async () => {
    const text = "Dear Dana,\n\nThe pooster session and the shiit chart were the highlights.";
    const raw = await harper.check(text, []);
    // What harper alone offers for these typos: the reason for the filter.
    expect(raw.flatMap((lint) => lint.suggestions)).toEqual(expect.arrayContaining(["poofter"]));
    const result = await proofread(text, context, { full: harper, instant: nspell });
    const offered = result.findings.flatMap((f) => (f.suggestion ?? "").split(/,\s*/));
    expect(result.findings.map((f) => text.slice(f.start, f.end))).toEqual(
      expect.arrayContaining(["pooster", "shiit"]),
    );
    expect(offered.map((word) => word.toLowerCase())).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:poofter|shit|shits)$/)]),
    );
  });

  it("leaves English that only looks wrong: an honor, an FAQ, had had, that that", async () => {
    const text =
      "Dear Dana,\n\nIt was an honor to meet you, and an hour well spent. An FAQ page would help. I had had two offers, and you said that that plan worked.";
    const raw = (await harper.check(text, [])).map((lint) => lint.kind);
    // What harper alone reports here: the reason for the filter.
    expect(raw).toEqual(expect.arrayContaining(["a-an", "repeated-word"]));
    const engineRules = async (note: string) =>
      (await findings(note))
        .map(([rule]) => rule)
        .filter((rule) => /^(?:grammar|spelling)/.test(rule!));
    expect(await engineRules(text)).toEqual([]);
    const slips = "Dear Dana,\n\nIt was an pleasure, and the the team was kind.";
    expect(await engineRules(slips)).toEqual(["grammar.a-an", "grammar.repeated-word"]);
  });

  it("leaves grammar alone in words copied from the interview record, and only there", async () => {
    const ctx = danaContext({
      interview: northbridge({ discussed: ["IFRS 9 expected credit loss staging"] }),
    });
    const grammar = async (text: string, context = ctx) =>
      (await findings(text, context)).filter(([rule]) => rule === "grammar.other");
    const text = "Dear Dana,\n\nYour approach to IFRS 9 expected credit loss staging was clear.";
    // Without the record, harper reads "expected" as a verb missing its "to".
    expect(await grammar(text, danaContext())).toEqual([["grammar.other", "expected"]]);
    expect(await grammar(text)).toEqual([]);
    expect(await grammar("Dear Dana,\n\nI need talk with the team about it.")).toEqual([
      ["grammar.other", "need"],
    ]);
  });

  it("takes an unknown capitalised word inside a sentence for a name: a warning, not an error", async () => {
    const text =
      "Dear Dana,\n\nAt my current job at Midwest Freightways I recieved praise. Freightwyas was fun.";
    const result = await proofread(text, context, { full: harper, instant: nspell });
    const spelled = result.findings
      .filter((f) => f.rule.startsWith("spelling"))
      .map((f) => [f.rule, f.severity, text.slice(f.start, f.end)]);
    expect(spelled).toEqual([
      ["spelling.name", "warning", "Freightways"],
      ["spelling", "error", "recieved"],
      // At the start of a sentence a capital says nothing: still a possible typo.
      ["spelling", "error", "Freightwyas"],
    ]);
  });

  it("reports which engines checked", async () => {
    const result = await proofread("Dear Dana,", checkContext({ now: context.now }), {
      full: harper,
      instant: nspell,
    });
    expect(result.engine).toBe("harper+nspell");
  });
});

describe("proofread's order of work", () => {
  /** The dictionary behind an engine that answers only once the test lets it. */
  function heldEngine(offThread: boolean): { engine: LanguageEngine; release: () => void } {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const engine: LanguageEngine = {
      name: "held",
      offThread,
      start: () => Promise.resolve(),
      stop: () => Promise.resolve(),
      check: async (text, words, options) => {
        await released;
        return nspell.check(text, words, options);
      },
    };
    return { engine, release };
  }

  /** A context that tells when our rules have read it: only the panel rule reads `siblings`. */
  function watchedContext() {
    const seen = { byRules: false };
    const context = new Proxy(danaContext(), {
      get(target, key, receiver) {
        if (key === "siblings") seen.byRules = true;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    return { context, seen };
  }

  const text = "Dear Dana,\n\nThank you for the tme yesterday.";

  it("runs our rules while an engine on another thread lints", async () => {
    const { engine, release } = heldEngine(true);
    const { context, seen } = watchedContext();
    const checking = proofread(text, context, { full: engine });
    expect(seen.byRules).toBe(true);
    release();
    expect((await checking).findings.map((f) => f.rule)).toContain("spelling");
  });

  it("runs our rules after an engine on this thread has linted", async () => {
    const { engine, release } = heldEngine(false);
    const { context, seen } = watchedContext();
    const checking = proofread(text, context, { full: engine });
    await Promise.resolve();
    expect(seen.byRules).toBe(false);
    release();
    const result = await checking;
    expect(seen.byRules).toBe(true);
    expect(result.findings.map((f) => f.rule)).toContain("spelling");
  });
});

describe("Proofreader", () => {
  it("gives the dictionary's findings first, then harper's", async () => {
    const proofreader = new Proofreader({
      instant: new NspellEngine(readEnglishDictionary),
      full: new HarperEngine(),
    });
    const results: [CheckResult, boolean][] = [];
    const text = "Dear Dana,\n\nI made an mistake in the postion.";
    const last = await proofreader.checkProgressively(text, danaContext(), (result, final) =>
      results.push([result, final]),
    );
    await proofreader.stop();
    expect(results.map(([result, final]) => [result.engine, final])).toEqual([
      ["nspell", false],
      ["harper+nspell", true],
    ]);
    expect(results[0]![0].findings.some((f) => f.rule === "grammar.a-an")).toBe(false);
    expect(last.findings.some((f) => f.rule === "grammar.a-an")).toBe(true);
  });

  it("loads the dictionary only once harper's lints need its second opinion, with the same findings", async () => {
    const dictionary = new NspellEngine(readEnglishDictionary);
    let started = 0;
    const counted: LanguageEngine = {
      name: dictionary.name,
      start: () => {
        started++;
        return dictionary.start();
      },
      stop: () => dictionary.stop(),
      check: (text, words, options) => dictionary.check(text, words, options),
    };
    const proofreader = new Proofreader({ instant: counted, full: harper });
    const clean =
      "Dear Dana,\n\nThank you for your time on Friday. I enjoyed our conversation about the team.\n\nBest regards,\nJordan Rivera";
    const slips = "Dear Dana,\n\nAfterwards I met the RN team, and I recieved the postion details.";
    const first = await proofreader.check(clean, danaContext());
    expect(started).toBe(0);
    expect(first).toEqual(await proofread(clean, danaContext(), { full: harper, instant: nspell }));
    const second = await proofreader.check(slips, danaContext());
    expect(started).toBe(1);
    expect(second).toEqual(
      await proofread(slips, danaContext(), { full: harper, instant: nspell }),
    );
    expect(second.findings.filter((f) => f.rule === "spelling")).toHaveLength(2);
    // harper stays loaded: stopping the proofreader would stop the engine the other tests share.
    await dictionary.stop();
  });

  it("falls back to the dictionary when the full engine cannot load, and says why", async () => {
    const broken: LanguageEngine = {
      name: "broken",
      start: () =>
        Promise.reject(new EngineUnavailable("The grammar checker could not load: no file")),
      stop: () => Promise.resolve(),
      check: () => Promise.reject(new Error("never started")),
    };
    const proofreader = new Proofreader({
      instant: new NspellEngine(readEnglishDictionary),
      full: broken,
    });
    const result = await proofreader.check("Dear Dana,\n\nThe postion.", danaContext());
    await proofreader.stop();
    expect(result.engine).toBe("nspell");
    expect(result.findings.map((f) => f.rule)).toContain("spelling");
    expect(proofreader.engineErrors[0]?.message).toMatch(/grammar checker could not load/);
  });
});
