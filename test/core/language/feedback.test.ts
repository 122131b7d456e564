import { describe, expect, it } from "vitest";
import {
  adviceQuoted,
  adviceTaken,
  faultTaken,
  isSlip,
  lessonOf,
  orderBeside,
  remedyOf,
  taskNamed,
} from "../../../src/core/language/feedback.js";

describe("advice the interviewer gave, as what the candidate will work on", () => {
  it.each([
    ["she said my temps were good but i need to wipe plates faster", "wiping plates faster"],
    ["he said I should slow down in the intro", "slowing down in the intro"],
    ["Paul said I should be more concise next time", "being more concise"],
    ["feedback: talk more about outcomes", "talking more about outcomes"],
    [
      "said my portfolio was strong but I could show more process work",
      "showing more process work",
    ],
    [
      "he said my walls were even but the rims wernt consistent, 3 came out taller -> throw to a gauge not my eye",
      "throwing to a gauge, not my eye",
    ],
    [
      "she said i answered well on MOB but i should know the muster list by heart",
      "knowing the muster list by heart",
    ],
    [
      "pushed the mob to hard on the last face + they split at the creek -> 'slow down, let the dogs do it'",
      "slowing down and letting the dogs do it",
    ],
    ["second coat on to early -> 'wait till it's leather hard'", "waiting till it's leather hard"],
  ])("%s: %s", (said, advice) => {
    expect(adviceTaken(said)).toBe(advice);
  });

  it("reads no advice in the reason for a fault", () => {
    const point =
      "weld test. he said the root was sound but i rushed the cap bc i could see the clock";
    expect(adviceTaken(point)).toBeNull();
    expect(faultTaken(point)).toBe("I rushed the cap because I could see the clock");
  });

  it("reads no advice in an instruction, a request or advice about someone else", () => {
    expect(adviceTaken("told me to bring my passport")).toBeNull();
    // Their words quoted after an arrow are advice only when they tell the candidate what to do.
    expect(adviceTaken("call it in -> 'thats the right order'")).toBeNull();
    expect(adviceTaken("asked about the rota -> 'depends on the season'")).toBeNull();
    expect(adviceTaken("asked me to read a drawing and tell him the setup")).toBeNull();
    expect(adviceTaken("she said I need to meet her team next")).toBeNull();
    expect(adviceTaken("the team is moving to SystmOne next spring")).toBeNull();
    expect(adviceTaken("she said my cover letter was fine but I needed a visa")).toBeNull();
  });
});

describe("a fault the interviewer found, as the candidate's own clause", () => {
  it.each([
    [
      "she said my primary survey was good but I went to the obs too quickly before asking about meds",
      "I went to the obs too quickly before asking about meds",
    ],
    [
      "said my voice-over was natural but i dropped some register when the speaker got technical",
      "I dropped some register when the speaker got technical",
    ],
    ["thought I rambled on the first question", "I rambled on the first question"],
    [
      "liked the footsteps on diff surfaces / ui sounds too loud + too bright vs the mix",
      "my ui sounds were too loud and too bright",
    ],
    ["loved the layout / but the legend too small", "my legend was too small"],
    [
      'he said my shaping was "propre" but my butter got too warm on the 2nd turn, should of rested it',
      "my butter got too warm",
    ],
    [
      'kirsty said my conditions were way too long - "a condition you cant enforce is just a wish". i had 14',
      "my conditions were way too long",
    ],
    [
      'she tasted my beurre blanc -> "tight but timid. season like you mean it". i under salted it, she was right',
      "I undersalted my beurre blanc",
    ],
    [
      "she said streaking was good, 4 quadrant isolation clean. but gram stain over-decolourised -> too much alcohol",
      "my gram stain was over-decolourised",
    ],
    [
      'had me drive the quad + trailer round the yard - said i was fine but "too quick thru the gate"',
      "I was too quick through the gate",
    ],
    [
      'reach truck test in aisle 9, he said good but slow on the high racking - "we can fix slow"',
      "I was slow on the high racking",
    ],
    [
      'chef said the seasoning was spot on and the lamb properly rested but the plate was too busy - "take two things off and it\'s a dish"',
      "my plate was too busy",
    ],
    [
      'she said my primary survey was "textbook" but i should have said out loud much earlier that we were bringing him in, the family needs to hear it',
      "I should have said out loud much earlier that we were bringing him in",
    ],
    [
      "craig said i found it quicker than most but i didnt test dead before going into the second circuit and he pulled me up on it fair enough",
      "I didn't test dead before going into the second circuit",
    ],
    [
      "she said my port-congestion case study was good but too long",
      "my port-congestion case study was too long",
    ],
    ["said I should have asked about the budget", "I should have asked about the budget"],
    [
      "she said my arrises were crisp but i rushed the drafted margin, took too much off with the claw",
      "I rushed the drafted margin",
    ],
    ["said my joint was tight but i oversanded the saddle", "I oversanded the saddle"],
    [
      'knots fine she said but i was too slow getting my lifejacket on: "thats the first thing you do"',
      "I was too slow getting my lifejacket on",
    ],
    [
      "he said i was smooth, good spacing on the ramp BUT too slow reversing up to the crusher",
      "I was too slow reversing up to the crusher",
    ],
    [
      'he said my shade matching was "really close" but my contacts were too heavy, it wouldnt seat',
      "my contacts were too heavy",
    ],
    [
      "She said my measurement was spot on, but I took too long on the liver - 30 mins here",
      "I took too long on the liver",
    ],
    [
      "he said my rescue was 'calm and tidy' but i rigged the anchor off one point at first, he stopped me",
      "I rigged the anchor off one point at first",
    ],
    [
      "he liked that i started w/ the allergen spec but said I never asked how they test the raw milk",
      "I never asked how they test the raw milk",
    ],
    [
      "he said my beads were even + seats cut clean but 2 stones on the pave not level, one tilted",
      "two stones on the pave were not level",
    ],
    [
      "he said my welds were clean but one joint was not fused at the root",
      "one joint was not fused at the root",
    ],
    [
      "he liked the separate SSID but said my OSPF design was 'overkill for one site, static is fine'",
      "my OSPF design was overkill for one site",
    ],
    [
      "he said my call summarization was 'one of the cleanest' but map reading was slow, took me too long",
      "my map reading was slow",
    ],
    [
      "she said 'good order' but she had to prompt me for convergence, i never said it",
      "I needed prompting for convergence",
    ],
    [
      "case q: canola paddock. she liked that I asked about rotation + what went on last yr, but I went straight to a spray -> 'you didnt even mention threshold'",
      "I went straight to a spray",
    ],
    [
      "desk exercise 40 min. good: read the sonograms well. not good: went straight to mitigation w/o asking if a licence was needed -> 'NPWS will send that straight back'",
      "I went straight to mitigation without asking if a licence was needed",
    ],
    [
      "case q - settlement fri. she called that 'calm'. forgot the default clause completely, she had to ask",
      "I forgot the default clause completely",
    ],
    [
      'practical on the test board. when he asked what i do before i turn it on i said flick the breaker. he said "thats how people get hurt mate" - i forgot all the testing',
      "I forgot all the testing",
    ],
    [
      'weld test, 3G + 4G plate. he said 4G root was fine but undercut on the cap at the toes, "you\'re running too hot overhead"',
      "I was running too hot overhead",
    ],
    [
      "watched my observed lesson, group of 4 yr 5 cornets. went well til i ran over by 6 min, he noticed",
      "I ran over by six minutes",
    ],
    [
      "she watched my demo lesson on fractions with p4, went fine til i forgot the plenary and the bell went",
      "I forgot the plenary",
    ],
    ["i forgot the salt and the pepper", "I forgot the salt and the pepper"],
    [
      "typing test off a dictation, 3 letters. speed fine (68 wpm) but i typed menisectomy instead of meniscectomy in one of them, she circled it",
      "I typed menisectomy instead of meniscectomy in one of them",
    ],
    [
      "role play viewing, she played the tenant. when she asked abt the deposit i just said 5 wks rent and forgot to say its protected in a govt scheme. she flagged it after",
      "I forgot to say it's protected in a government scheme",
    ],
    [
      "bench practical, wire up solar panel + regulator + battery + datalogger. got it running but i connected the panel to the regulator before the battery, he said that can cook some regulators, battery always goes on first",
      "I connected the panel to the regulator before the battery",
    ],
    [
      "working interview, full make on the copper vat. i cut the curd too early, she said it was still soft",
      "I cut the curd too early",
    ],
    [
      "asked what i would change. i read the air temp as the compost temp, mixed the 2 lines up and said drop it 2 degrees. he corrected me",
      "I read the air temp as the compost temp",
    ],
    [
      "RSI sim, i called the tube good on breath sounds before looking at the waveform. he stopped me",
      "I called the tube good on breath sounds before looking at the waveform",
    ],
    [
      "had me do a pre dive check on a KM37 in the yard, i missed the non return valve check til he asked. did it after",
      "I missed the non return valve check",
    ],
    [
      'blind smelling, 12 raw materials on blotters. got 9. mixed up ambroxan and cashmeran, she said "the woods are where juniors get lost"',
      "I mixed up ambroxan and cashmeran",
    ],
    [
      "she showed me a made up room + asked what was wrong. i found the hair on the mirror + the missing tea bags, missed the stain on the curtain",
      "I missed the stain on the curtain",
    ],
    [
      "rescue drill from 12m. 'tidy rope work, good anchor choice' BUT to slow getting the dummy down, 4 min",
      "I was too slow getting the dummy down",
    ],
    [
      "BOQ test. 'your RCC quantities are spot on' :) but missed shuttering for the staircase + the lintels, and brickwork",
      "I missed shuttering for the staircase and the lintels",
    ],
    [
      'She said my reasoning was "solid" but I hadn\'t asked about outdoor time before prescribing. "Two hours outside."',
      "I hadn't asked about outdoor time before prescribing",
    ],
    [
      "Found 9 of 12 errors. Missed 2 pin cites AND a case reversed in part. Him: 'Your Bluebook is clean.'",
      "I missed 2 pin cites and a case reversed in part",
    ],
    [
      "Case: 40 farmers near Zaria. But she called my fertiliser plan 'a textbook answer, not a farmer's answer': I said 4 bags",
      "my fertiliser plan was a textbook answer and not a farmer's answer",
    ],
    [
      "liked the layout but he called my tone 'too casual for a client'",
      "my tone was too casual for a client",
    ],
    [
      "she said my CPR ratios + handover were 'spot on' but i was slow calling for the 2nd crew, 'you cant be the hero'",
      "I was slow calling for the second crew",
    ],
    [
      "rosa: sauce was 'properly seasoned, finally someone who tastes' but plating 'too busy, three things too many'",
      "my plating was too busy",
    ],
    [
      "he said my stats were 'fine but you treated each site as independent, they're not'",
      "I treated each site as independent",
    ],
    [
      "she liked the UGC idea ('that's the one we'd run') but said the budget split was 'way too heavy on meta, our ppl are on youtube'",
      "my budget split was way too heavy on meta",
    ],
    [
      "feedback 'lovely pace, the children were really engaged' but said i 'let the top table coast' - no stretch task",
      "I let the top table coast",
    ],
    [
      "she said my probing was 'gentle'. only knock - i called the numbers out too fast for the assistant to keep up",
      "I called the numbers out too fast for the assistant to keep up",
    ],
    [
      "crit: forgot to mention documenting + calling on-call MD re the pattern",
      "I forgot to mention documenting and calling on-call MD about the pattern",
    ],
    [
      "she loved the capybara spread - 'the light is lovely' - but text area too small, 'you forgot someone reads this'",
      "my text area was too small",
    ],
    [
      "he said good systematic approach but i opened the cabinet without lockout on the main switch, he stopped me. my mistake",
      "I opened the cabinet without lockout on the main switch",
    ],
    [
      "she said my assessment was solid but the 12 lead came too late, ~9 min in",
      "my 12 lead came too late",
    ],
    // After praise, any slip in the past: their word for it quoted in the clause, the work as it
    // came out, something there was, and "it" named by the task it stands for.
    [
      'cake trial. she said the crumb + the flavour were good but i "overworked the ganache", it split at the edge',
      "I overworked the ganache",
    ],
    [
      "tiling test, he said my cuts round the basin were neat but the grout lines were uneven on the top row",
      "the grout lines were uneven on the top row",
    ],
    [
      "welding coupon. he said the root was clean + good fusion but there was undercut on the cap, 'grind it back'",
      "there was undercut on the cap",
    ],
    [
      'had me hang the door on the shed. she said the hinges were square but i set it "too proud of the frame"',
      "I set the door on the shed too proud of the frame",
    ],
    [
      'she gave me a dosage calc, i said 5 ml, she said "you forgot the weight" and showed me',
      "I forgot the weight",
    ],
    [
      "stock count practice. he said i was fast and accurate but missed the two pallets behind the racking",
      "I missed the two pallets behind the racking",
    ],
    [
      "said i was calm but rushing the handover at the end",
      "I was rushing the handover at the end",
    ],
    [
      "i found the leak and the loose trap but missed the cracked cistern",
      "I missed the cracked cistern",
    ],
    // "as well" is no praise.
    [
      "food safety practical. she said my temps were right but i forgot the allergen labels as well",
      "I forgot the allergen labels as well",
    ],
    [
      "practical, he said the brake bleed was fine but i fitted the wheel with the quick release on the wrong side and left the pads out of line, which would rub",
      "I fitted the wheel with the quick release on the wrong side and left the pads out of line",
    ],
  ])("%s: %s", (said, fault) => {
    expect(faultTaken(said)).toBe(fault);
  });

  it("reads no fault in praise, in advice, or in a fault of someone else's", () => {
    // Whom "her" means went with the words before the fault.
    expect(
      faultTaken(
        "mock call, wife calling. he said my address check was textbook but i went into the questions before telling her help was on the way",
      ),
    ).toBeNull();
    expect(faultTaken("said I was great with the kids")).toBeNull();
    expect(faultTaken("i got there too early so had a coffee")).toBeNull();
    expect(faultTaken("we mixed up the dates")).toBeNull();
    expect(faultTaken("we had lunch and forgot the time")).toBeNull();
    expect(faultTaken("the pay is good but i moved to leeds last year")).toBeNull();
    expect(faultTaken("he said my temps were good but i need to wipe plates faster")).toBeNull();
    expect(faultTaken("said I missed her point about the budget")).toBeNull();
    expect(faultTaken("I went to the obs too quickly")).toBeNull();
    // After praise, the candidate's past or needs are no slip.
    expect(faultTaken("she said my portfolio was strong but i used to be in retail")).toBeNull();
    expect(faultTaken("she said my cover letter was fine but I needed a visa")).toBeNull();
    // A count of things wrong is a fault only after praise of the candidate's work.
    // Praise after the "but", an excuse after it, or a fault that says there was none, is none.
    expect(faultTaken("she said i was nervous at first but settled in really well")).toBeNull();
    expect(
      faultTaken("he said my first coupon was rough but the second one was perfect"),
    ).toBeNull();
    expect(
      faultTaken("the manager said i was slow on the till but thats normal on day one"),
    ).toBeNull();
    expect(faultTaken("he said i was great but they were slow to hire last time")).toBeNull();
    expect(faultTaken("said i was too chatty w the client, in a good way")).toBeNull();
    expect(faultTaken("manager said i missed nothing on the audit")).toBeNull();
    expect(faultTaken("she said i didnt need to bring my own knives")).toBeNull();
    expect(faultTaken("she said i should have been a chef years ago lol")).toBeNull();
    // After praise, what the job is like or what someone else did is no slip.
    expect(
      faultTaken("trial shift, she said the kitchen was busy but the hours are long"),
    ).toBeNull();
    expect(faultTaken("she said my cv was good but they went with someone internal")).toBeNull();
    expect(faultTaken("she said the interview went well but the role was put on hold")).toBeNull();
    // "him" is the customer, whom a letter to the reader could not name without a word before.
    expect(
      faultTaken("role play, she said i was polite but i never told him why the fee applies"),
    ).toBeNull();
    expect(
      faultTaken("she said the food was great but two of the plates were too cold"),
    ).toBeNull();
    expect(faultTaken("she said my shift was fine but some days are not busy")).toBeNull();
    // With no "he" or "she" for the reader, "their" may be the reader's.
    expect(
      faultTaken("they said my answers were good but I never asked about their budget"),
    ).toBeNull();
  });
});

describe("advice of two steps", () => {
  it("makes each verb an activity, and takes no correction after an arrow for advice", () => {
    expect(
      adviceTaken(
        "She said the health score part was great but my plan was way too long -> call the ops manager directly + offer an on-site roster rebuild",
      ),
    ).toBe("calling the ops manager directly and offering an on-site roster rebuild");
    expect(
      adviceTaken(
        "her feedback: coding fine but i marked one non-serious when hospitalisation was prolonged -> should be serious. ugh",
      ),
    ).toBeNull();
  });
});

describe("advice in the interviewer's own words", () => {
  it.each([
    [
      "Soundcheck test, 30 min. Vocal he LOVED: 'sitting right on top.' Low end way too hot. His words: 'Mix to the room, not to your chest.'",
      "to mix to the room, not to my chest",
    ],
    [
      "Criticised: I said drop vehicle age -> 'never drop a rating factor the sales team quotes on without a business view'. should have looked",
      "never to drop a rating factor the sales team quotes on without a business view",
    ],
    ["she said 'don't apologise for the price'", "not to apologise for the price"],
    ['tip: "just breathe"', "to breathe"],
    [
      "i went straight to the accumulator, he said 'good instinct, but check the slip ring first, it's cheaper'",
      "to check the slip ring first",
    ],
  ])("%s: %s", (said, advice) => {
    expect(adviceQuoted(said)).toBe(advice);
  });

  it("takes no praise, no words about someone else and no quote that is not advice", () => {
    for (const said of [
      "he said 'you went straight for it'",
      "she called my plan 'brilliant'",
      "he said 'great job on the scales'",
      "she said 'we tell them to book early'",
      "vocal 'sitting right on top'",
      'told me: "Always taste before you season."',
      'stacking pallets to the 3rd beam. he said "smooth, no drama"',
    ]) {
      expect(adviceQuoted(said), said).toBeNull();
    }
    expect(faultTaken("she called my plan 'brilliant'")).toBeNull();
    expect(faultTaken("she loved the site but the commute too long for her")).toBeNull();
    expect(faultTaken("great team but pay too low")).toBeNull();
    expect(faultTaken("liked the team / pay too low")).toBeNull();
    expect(faultTaken("she said the team was great but the pay was too low")).toBeNull();
  });
});

describe("what the candidate should have done, typed after a fault", () => {
  it.each([
    [
      'he said my shaping was "propre" but my butter got too warm on the 2nd turn, should of rested it longer in the walk in',
      "I should have rested it longer in the walk-in",
    ],
    ["too slow - should have asked for help", "I should have asked for help"],
  ])("reads %s as %s", (point, remedy) => {
    expect(remedyOf(point)).toBe(remedy);
  });

  it("reads nothing into a fault without one, or one of someone else", () => {
    expect(remedyOf("said my plating was too busy")).toBeNull();
    expect(remedyOf("too slow, should have asked her first")).toBeNull();
  });
});

describe("what the reader said to do instead, beside a fault", () => {
  it.each([
    [
      "pruning test. he said my cuts were clean but i left stubs on the apple tree. said cut back to the collar, not flush",
      "cut back to the collar, not flush",
    ],
    [
      "she said the copy was fine but I wrote it from my notes instead of checking the brief",
      "check the brief",
    ],
    [
      "he said the seams were tidy but my joins showed. told me to stagger the joins by a full board",
      "stagger the joins by a full board",
    ],
  ])("%s: %s", (said, order) => {
    expect(orderBeside(said)).toBe(order);
  });

  it("reads no order in praise, in what someone else does, or in an order about someone", () => {
    expect(orderBeside("she said good, and said the team is small")).toBeNull();
    expect(orderBeside("he said they test the water daily")).toBeNull();
    expect(orderBeside("he said my lines were off. said ask her before you start")).toBeNull();
    expect(orderBeside("she said try harder")).toBeNull();
  });
});

describe("a slip, against a skill to work on", () => {
  it.each([
    ["I filled the citrate after the EDTA", true],
    ["there were overcuts on two corners", true],
    ["I never asked about allergies", true],
    ["I talked too much", false],
    ["I was too slow on the corners", false],
    ["my spacing was off", false],
  ])("%s: %s", (fault, slip) => {
    expect(isSlip(fault)).toBe(slip);
  });
});

describe("a fault found on the day, as what the candidate does now", () => {
  it.each([
    [
      "grooming trial, she said the cut was even but i skipped the ears. should have checked and cleaned the ears before bathing",
      "I check and clean the ears before bathing",
    ],
    [
      "fitting test. he said the pipe runs were neat but i forgot to pressure test before boxing in",
      "I make sure to pressure test before boxing in",
    ],
    [
      "role play. she said my tone was warm but i quoted the price too early. said always ask about the budget first",
      "I always ask about the budget first",
    ],
    [
      "bench test. she said my drawer was the nicest theyve had but the face frame was 2mm out of square, i didnt check diagonals before glue up",
      "I make sure to check diagonals before glue up",
    ],
    [
      "she said my language was spot on but i talked too much and didnt leave gaps for the child to ask",
      "I make sure to leave gaps for the child to ask",
    ],
  ])("%s: %s", (point, lesson) => {
    expect(lessonOf(point)).toBe(lesson);
  });

  it("says a participle the tagger misses in the present, and no lesson about an 'it'", () => {
    expect(lessonOf("she said the cut was good but i should have done the sectioning first")).toBe(
      "I do the sectioning first",
    );
    expect(
      lessonOf(
        "he said the terminations were neat but i didnt test polarity, shouldve done it first",
      ),
    ).toBeNull();
  });

  it("reads no lesson in praise, or in a fault with nothing to do about it", () => {
    expect(lessonOf("she said my plating was lovely")).toBeNull();
    expect(lessonOf("he said the weld was good but i missed the spatter on the base")).toBeNull();
  });

  it("names the task a point tells of, as a later message says it", () => {
    expect(taskNamed("practical on their training roof, mount 2 panels")).toBe("the practical");
    expect(taskNamed("Role play with an angry guest")).toBe("the role play");
    expect(taskNamed("bench test, small face frame cabinet from a cut list")).toBe(
      "the bench test",
    );
    expect(taskNamed("asked about my last job")).toBeNull();
  });
});

describe("a long fault, and what had to be done after it", () => {
  it("owns the fault without what followed, and reads no advice in 'had to'", () => {
    const point =
      'practical was a hogshead. he said my jointing was "tight as you like" but i rushed the croze and the groove was uneven on one side so the head wouldnt seat and i had to knock it out and recut';
    expect(faultTaken(point)).toBe("I rushed the croze and the groove was uneven on one side");
    expect(adviceTaken(point)).toBeNull();
  });

  it("reads a thing named after an arrow as what went wrong, not an order", () => {
    expect(
      adviceTaken(
        "live coding. he said the code was clean but i didnt handle two requests at once -> race condition",
      ),
    ).toBeNull();
  });
});

describe("lines a helper typed that once misread", () => {
  it("owns a hyphenated slip and a fault with its own subject, and no praise", () => {
    expect(faultTaken("said my palate is good but i over-described the second tea")).toBe(
      "I over-described the second tea",
    );
    expect(
      faultTaken("she said i was great with the kids but my behaviour management was a bit soft"),
    ).toBe("my behaviour management was a bit soft");
    expect(faultTaken("she said i was really thorough and didnt miss anything")).toBeNull();
    expect(lessonOf("she said i was really thorough and didnt miss anything")).toBeNull();
    expect(lessonOf("he said to bring my ppe and boots on monday")).toBeNull();
    expect(
      faultTaken(
        'said it was clear but i spoke too fast and used english words like "canopy" and "mistletoe" that farmers wont know',
      ),
    ).toBe(
      "I spoke too fast and used English words like canopy and mistletoe that farmers won't know",
    );
  });

  it("names a task only where one is named", () => {
    expect(taskNamed("she said im very practical and calm")).toBeNull();
    expect(taskNamed("she said the exercise bikes in the gym were new")).toBeNull();
    expect(taskNamed("he showed me a demo of their booking software")).toBeNull();
    expect(taskNamed("then a role play, she said i rushed")).toBe("the role play");
  });
});

describe("a fault cut short, and no verdict taken for an order", () => {
  it("leaves no joining word dangling where a quote cut the fault", () => {
    expect(
      faultTaken(
        'he said the handle was "grand" but i took too much off the bas at the heel and itd "go on the first good clash"',
      ),
    ).toBe("I took too much off the bas at the heel");
  });
  it("reads no verdict as an order, and owns the step left out without 'at all'", () => {
    const point =
      "i said playback + scope. she said fine but i didnt account for detection at all -> wants occupancy models";
    expect(orderBeside(point)).toBeNull();
    expect(lessonOf(point)).toBe("I make sure to account for detection");
  });
});

describe("verdicts, quotes in single marks, and endings kept", () => {
  it.each(["said correct but slow to get there", "said perfect but the labels were upside down"])(
    "%s gives no order",
    (point) => {
      expect(orderBeside(point)).toBeNull();
    },
  );
  it("cuts a fault at a quote in single marks", () => {
    expect(faultTaken("she said i didnt rest the steak and itd 'bleed all over the plate'")).toBe(
      "I didn't rest the steak",
    );
  });
  it("keeps 'so' that ends the clause", () => {
    expect(faultTaken("she said i didnt say why i thought so")).toBe(
      "I didn't say why I thought so",
    );
  });
  it("takes no joining word left before a quote", () => {
    expect(faultTaken('he said i rushed the intro and then "lost the room"')).toBe(
      "I rushed the intro",
    );
  });
});

describe("what is no fault and no advice", () => {
  it("owns no feeling as a fault", () => {
    expect(
      faultTaken(
        "she asked me to do a vlookup and i couldnt. she said theyd show me but i was mortified",
      ),
    ).not.toBe("I was mortified");
  });
  it("takes the candidate's own quoted words for no advice", () => {
    expect(
      adviceQuoted(
        'asked why plumbing. i said "dunno, plumbing\'s just more interesting" which came out lame',
      ),
    ).toBeNull();
  });
});

describe("a verdict in marks", () => {
  it("is no advice", () => {
    expect(
      adviceQuoted(
        'called it a syrah but it was a cornas -> he said "close enough, right hill wrong village"',
      ),
    ).toBeNull();
  });
});
