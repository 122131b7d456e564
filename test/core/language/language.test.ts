import { describe, expect, it } from "vitest";
import { spanAsRole, spanSentence, withoutAsides } from "../../../src/core/language/experience.js";
import { formOf } from "../../../src/core/language/form.js";
import { isTermsTalk } from "../../../src/core/language/terms-talk.js";
import { indirectQuestion } from "../../../src/core/language/indirect-question.js";
import { nextContact } from "../../../src/core/language/next-contact.js";
import { nextStages } from "../../../src/core/language/next-stage.js";
import {
  cvLine,
  dashExplained,
  joinedSplice,
  readPiece,
  typedOut,
  readThing,
  withAuxiliaryRestored,
  withStatesRestored,
  withSubjectRestored,
} from "../../../src/core/language/piece.js";
import { restates, sharedWords } from "../../../src/core/language/relatedness.js";
import { writtenOut } from "../../../src/core/language/shorthand.js";
import { heardByMe, reportedToReader, speakTo } from "../../../src/core/language/to-reader.js";

describe("the form of a piece of notes", () => {
  it.each([
    ["her team's pricing model", "noun-phrase"],
    ["the weekly demo day where every engineer shows their work", "noun-phrase"],
    ["the pro bono clinic the trainees run every Thursday evening", "noun-phrase"],
    ["the migration to services, which you think was a mistake", "noun-phrase"],
    ["the grievance process and how it works", "noun-phrase"],
    ["moving the fleet telemetry pipeline to Kafka", "gerund"],
    ["how she runs the weekly review", "wh-phrase"],
    ["the engineers and designers share one backlog", "clause"],
    ["draw station opens at 6.30am", "clause"],
    ["the ward clerk comes to the safety huddle every morning", "clause"],
    ["the night shift nurses on ward 4", "noun-phrase"],
    ["2 yrs teacher training before i switched", "noun-phrase"],
    ["paeds draws only at douglas on thursdays", "noun-phrase"],
    ["6-month recalls are slipping", "clause"],
    ["leadwork, valleys, soakers and flashings", "noun-phrase"],
    ["shop does about 40 weddings a year", "clause"],
    ["new maternity wing opens in February", "clause"],
    // A word that could be a plural is a verb when a time follows it.
    ["the sponsor renews in January", "clause"],
    ["the course restarts in March", "clause"],
    ["the spring markets in May", "noun-phrase"],
    ["the correct order of draw", "noun-phrase"],
    ["Contracts sits in on proposal kickoffs", "clause"],
    ["the insectary supplies three other trials", "clause"],
    ["team sizes of ten", "noun-phrase"],
    ["lab tests about 14000 samples a year", "clause"],
    ["finance sits with the conveyancing team", "clause"],
    ["band saw hours, at mackenzie i was mostly on circulars", "noun-phrase"],
    ["a lot of people work here", "clause"],
    ["the site visits in Leeds", "noun-phrase"],
    ["she fixes roofs, gutters and chimneys", "clause"],
    ["sales runs the CRM", "clause"],
    ["mostly domestic rewires and new build housing round wakefield", "noun-phrase"],
    ["check stock levels", "noun-phrase"],
    ["maths lead for KS1 at my school this year", "noun-phrase"],
    ["the new automated freezer racking", "noun-phrase"],
    ["staff transport home after night shift", "noun-phrase"],
    ["staff get two paid trail days a year", "clause"],
    ["they lead on safeguarding", "clause"],
    ["the students who showed me round were so proud of the science block", "clause"],
    ["They'll decide by Friday", "clause"],
    ["they run FortiGate and FortiSwitch everywhere", "clause"],
    ["they still loft every new build full size", "clause"],
    ["trade tested electrician", "noun-phrase"],
    ["WHO checklist audit on the wall outside theatre 3", "noun-phrase"],
    ["peer support team and a quiet room off the floor", "noun-phrase"],
    ["vibration program catches bearing faults weeks out", "clause"],
    ["client meetings every week", "noun-phrase"],
    ["two weekly shows of their own and branded podcasts for NGOs", "noun-phrase"],
    ["about 60 tenders a year, mostly council and TMR roadworks", "noun-phrase"],
    ["I have not led a team before", "first-person"],
    ["I've no experience with conference bookings", "first-person"],
    ["organised the ward's rota", "verb-phrase"],
    ["Send the deck", "imperative"],
    ["How would you shard it?", "question"],
    ["what's my take on OSHA 30 for every crew lead", "question"],
  ])("%s is a %s", (text, form) => {
    expect(formOf(text)).toBe(form);
  });
});

describe("speaking to the reader", () => {
  const dana = { names: ["Dana Whitfield", "Dana"], singular: true, plural: false };

  it.each([
    ["her team's pricing model", "your team's pricing model"],
    ["how she runs the weekly review", "how you run the weekly review"],
    ["she plans and runs the review", "you plan and run the review"],
    [
      "Dana has dispatched 22 years and still works the desk",
      "You have dispatched 22 years and still work the desk",
    ],
    ["mock charting with her watching", "mock charting with you watching"],
    ["her watching brief", "your watching brief"],
    [
      "she keeps winter loss numbers for every yard and shares them with the crew",
      "you keep winter loss numbers for every yard and share them with the crew",
    ],
    ["I could shadow her next week", "I could shadow you next week"],
    ["her next hire is a nurse", "your next hire is a nurse"],
    ["her first week plan", "your first week plan"],
    ["how he still does code review himself", "how you still do code review yourself"],
    ["I showed her my dashboard prototype", "I showed you my dashboard prototype"],
    ["Dana's roadmap for Q3", "Your roadmap for Q3"],
    ["Dana said the team is growing", "You said the team is growing"],
    [
      "Dana still flies a few sectors every month herself",
      "You still fly a few sectors every month yourself",
    ],
    [
      "Dana has done it 15 years and still trains every new person herself",
      "You have done it 15 years and still train every new person yourself",
    ],
    ["she isn't sure about remote work", "you aren't sure about remote work"],
    ["she's built the team from scratch", "you've built the team from scratch"],
    [
      "nobody has gone overboard in 11 years and she intends to keep it that way",
      "nobody has gone overboard in 11 years and you intend to keep it that way",
    ],
  ])("%s → %s", (text, said) => {
    expect(speakTo(text, dana)).toBe(said);
  });

  it("leaves a third person in the third person", () => {
    expect(speakTo("what I'd do when a bride and her mother disagree", dana)).toBe(
      "what I'd do when a bride and her mother disagree",
    );
    // A person's word before a noun names a kind of thing, never whom "her" means.
    expect(speakTo("I reworked one of my student accords with her, a fig leaf", dana)).toBe(
      "I reworked one of my student accords with you, a fig leaf",
    );
    expect(speakTo("went through the client list with her", dana)).toBe(
      "went through the client list with you",
    );
    expect(speakTo("a student told her", dana)).toBe("a student told her");
    expect(speakTo("the nurse manager asked her", dana)).toBe("the nurse manager asked her");
    expect(speakTo("how Marcus runs the review", dana)).toBe("how Marcus runs the review");
    expect(speakTo("her team's pricing model", { ...dana, singular: false })).toBe(
      "her team's pricing model",
    );
  });

  it("says the interviewer's words back from the candidate's side", () => {
    expect(speakTo("They'll decide by Friday", { ...dana, plural: true })).toBe(
      "You'll decide by Friday",
    );
  });
});

describe("a piece made ready for a sentence", () => {
  it("frames each form its own way", () => {
    expect(readPiece("The engineers and designers share one backlog.")).toEqual({
      text: "the engineers and designers share one backlog",
      frame: "that",
      form: "clause",
    });
    expect(readPiece("i built the payroll system").text).toBe("I built the payroll system.");
    expect(readPiece("organised the ward's rota").text).toBe("I organised the ward's rota.");
    // A question put to the candidate is theirs to report: "how I would handle…".
    expect(readPiece("how would I handle a noisy neighbour.")).toMatchObject({
      text: "how I would handle a noisy neighbour",
      frame: "asked",
    });
    expect(readPiece("how does the rota work?").frame).toBe("quote");
    expect(readPiece("ask about the budget", null, { gerund: true }).text).toBe(
      "asking about the budget",
    );
  });

  it.each([
    ["accessiblity audit they did last yr", "about"],
    ["the office dog named biscuit", "about"],
    ["the way pieter talked about training local fishers", "about"],
    ["the dog named biscuit is friendly", "that"],
    ["the team they built last year is great", "that"],
  ])("reads '%s' in the %s frame", (typed, frame) => {
    expect(readPiece(typed).frame).toBe(frame);
  });

  it("drops the 'that' typed before what was heard, and asks 'whether', never 'on if'", () => {
    expect(readPiece("that they still do chartership mentoring in house")).toMatchObject({
      text: "they still do chartership mentoring in-house",
      frame: "that",
    });
    expect(readPiece("if I can do nights long term")).toMatchObject({
      text: "whether I can do nights long term",
      frame: "asked",
    });
  });

  it("reads a CV line as the candidate's sentence", () => {
    expect(cvLine("Cut shrink by a third at my last store")).toBe(
      "I cut shrink by a third at my last store.",
    );
    expect(cvLine("six years of React")).toBeNull();
  });

  it("names promised material without the verb or the link around it", () => {
    expect(readThing("link to my portfolio")).toBe("my portfolio");
    expect(readThing("Send the deck")).toBe("the deck");
    expect(readThing("I'll share the case study")).toBe("the case study");
    expect(readThing("work samples")).toBe("work samples");
  });
});

describe("months typed short", () => {
  it("writes out both months of a pair", () => {
    expect(typedOut("night shifts in dec and jan")).toBe("night shifts in December and January");
    expect(typedOut("from nov to feb")).toBe("from November to February");
  });

  it("writes out days and months typed short after a word that says when", () => {
    expect(typedOut("you'd message me by wed")).toBe("you'd message me by Wednesday");
    expect(typedOut("uni exams in june + nov")).toBe("uni exams in June and November");
    expect(typedOut("before the christmas hols")).toBe("before the Christmas holidays");
    expect(typedOut("paeds draws, 6 yrs in paeds")).toBe(
      "paediatric draws, six years in paediatrics",
    );
  });

  it("writes age groups, made-up things and what belongs to the girls as a letter does", () => {
    expect(typedOut("equal minutes up to u13, the u14s")).toBe("equal minutes up to U13, the U14s");
    expect(typedOut("showed me a made up room")).toBe("showed me a made-up room");
    expect(typedOut("the girls section, the kids club")).toBe("the girls' section, the kids' club");
  });

  it("corrects the misspellings people make most", () => {
    expect(typedOut("the curtian walling, definately alot of work")).toBe(
      "the curtain walling, definitely a lot of work",
    );
  });

  it("reads 'am' and 'pm' before a route or a time as the morning's and the afternoon's", () => {
    expect(typedOut("split shift, am route 6:15-8:45 + pm 2:30-4:30")).toBe(
      "split shift, morning route 6:15-8:45 and afternoon 2:30-4:30",
    );
    expect(typedOut("i am 5 mins away")).toBe("I am five minutes away");
  });
});

describe("notes typed in a hurry", () => {
  const ray = { names: ["Ray Okafor", "Ray"], singular: true, plural: false };

  it("says a whole phrase before a clause joined by “and”, never the two as one clause", () => {
    expect(readPiece("living wage for everyone + cafe tips split w/ the bakers")).toMatchObject({
      text: "the living wage for everyone",
      frame: "about",
    });
    expect(readPiece("engineers and designers share one backlog").frame).toBe("that");
  });

  it("reads what the job asks of the candidate, and a label that names only a task", () => {
    expect(readPiece("must drive the bakkie, i have code 08")).toMatchObject({
      text: "I would need to drive the bakkie, and I have code 08",
      frame: "that",
    });
    expect(readPiece("must have own tools").text).toBe("I would need to have my own tools");
    expect(readPiece("walked the dog").frame).toBe("own");
    expect(readPiece("case, pt on warfarin asks for ibuprofen. i said no NSAID").text).toBe(
      "working through the case with me",
    );
    expect(
      readPiece("made a hand tied bouquet in 20 min from thier buckets. she said lovely", null, {
        onTheDay: true,
      }).text,
    ).toBe("letting me make a hand tied bouquet in 20 minutes from your buckets");
    expect(readPiece("made a hand tied bouquet in 20 min", null, {}).frame).toBe("own");
    expect(readPiece("swim test 400m under 8 min").text).toBe("letting me try the swim test");
    expect(
      readPiece("switched to structured literacy this yr, decodables + daily phonics"),
    ).toMatchObject({
      text: "you switched to structured literacy this year",
      frame: "that",
    });
    expect(readPiece("switched careers last year to nursing").frame).toBe("own");
    expect(readPiece("demo teaching 20 mins w 14 kids, letter Bb").text).toBe(
      "letting me do the demo teaching with 14 kids",
    );
    expect(readPiece("shop tour, 140 buses incl 22 battery electric").text).toBe(
      "giving me the shop tour",
    );
    expect(readPiece("mock call, wife calling bc husband has chest pain").text).toBe(
      "letting me try the mock call",
    );
    expect(withStatesRestored("site clean and walkways marked")).toBe(
      "the site is clean and walkways are marked",
    );
    expect(withStatesRestored("staff get two paid days")).toBe("staff get two paid days");
    expect(withStatesRestored("shop clean and organized")).toBe("the shop is clean and organized");
    expect(withStatesRestored("nothing wasted")).toBe("nothing is wasted");
    expect(withStatesRestored("keep clean")).toBe("keep clean");
    expect(readPiece("what to do when etco2 climbs under anaesthetic")).toMatchObject({
      text: "what to do when etco2 climbs under anaesthetic",
      form: "wh-phrase",
    });
    expect(readPiece("Case: 8-year-old, -2.50 D both eyes").text).toBe(
      "working through the case with me",
    );
  });

  it("writes shorthand out and keeps a note's first part when more is run on", () => {
    expect(readPiece("walked me thru the shop + how they stock the vans", ray)).toMatchObject({
      text: "walking me through the shop and how they stock the vans",
      frame: "thanks",
      ownText: "You walked me through the shop and how they stock the vans.",
    });
    expect(readPiece("their review process. blameless postmortems but nobody acts").text).toBe(
      "their review process",
    );
    expect(readPiece("feedback on my yr 9 lesson - she liked the sources (fair)").text).toBe(
      "feedback on my year 9 lesson",
    );
    expect(readPiece("which platform would I recommend? waffled.").text).toBe(
      "which platform I would recommend",
    );
  });

  it("gives a note about the candidate its I, and cuts a clause at a comma that starts a fragment", () => {
    expect(readPiece("haven't used Opera Cloud, only Protel")).toMatchObject({
      text: "I haven't used Opera Cloud, only Protel.",
      frame: "own",
    });
    expect(readPiece("lobby refurbishment looks great, much brighter").text).toBe(
      "the lobby refurbishment looks great",
    );
    expect(readPiece("nights pick 18k units a shift, you want fewer mis-picks").text).toBe(
      "nights pick 18,000 units a shift",
    );
  });

  it("hears what the reader did with 'that' and what they asked as their question", () => {
    expect(readPiece("she keeps the ratio at two even when census is high", ray)).toMatchObject({
      text: "you keep the ratio at two even when census is high",
      frame: "that",
    });
    expect(readPiece("he asked if I'd worked on 480V switchgear", ray)).toMatchObject({
      text: "whether I'd worked on 480V switchgear",
      frame: "asked",
    });
  });

  it.each([
    ["the school garden the infants look after", "noun-phrase"],
    ["the group's work for NHS trusts", "noun-phrase"],
    ["IFRS 16 lease adjustments for retail clients", "noun-phrase"],
    ["the team grows", "clause"],
  ])("%s is a %s", (text, form) => {
    expect(formOf(text)).toBe(form);
  });
});

describe("notes written out as a letter says them", () => {
  it.each([
    ["peak queue went ~20 min -> under 5", "peak queue went from about 20 minutes to under 5"],
    ["90-day retention went 55% -> 78%", "90-day retention went from 55% to 78%"],
    [
      "led the queue migration (RabbitMQ -> Kafka)",
      "led the queue migration from RabbitMQ to Kafka",
    ],
    ["busy season Jan-Apr", "busy season January to April"],
    ["plan around kids / school", "plan around kids and school"],
    ["I post schedules 3 weeks out", "I post schedules three weeks out"],
    ["WHS stats for 3 yrs not 5", "WHS stats for three years not five"],
    [
      "the difference between a coroners PM and a hospital PM",
      "the difference between a coroner's PM and a hospital PM",
    ],
    ["an elderly patients visual field", "an elderly patient's visual field"],
    [
      "revenue figures shared w/ every head of dept monthly",
      "revenue figures are shared with every head of department monthly",
    ],
    ["all calls recorded + checked weekly", "all calls are recorded and checked weekly"],
    [
      "but I spent to long on the cast, took to much off",
      "but I spent too long on the cast, took too much off",
    ],
    ["walked to long beach", "walked to long beach"],
    ["only 6 mo out of residency", "only six months out of residency"],
    [
      "40% of there year, the audit and there fix progress",
      "40% of their year, the audit and their fix progress",
    ],
    [
      "drove from there to the depot and back there",
      "drove from there to the depot and back there",
    ],
    [
      "they publish the audit + there fix progress",
      "they publish the audit and their fix progress",
    ],
    [
      "peer group you host first tues of every month",
      "peer group you host on the first Tuesday of every month",
    ],
    ["on the last fri of the month", "on the last Friday of the month"],
    [
      "illicit tobacco + vapes biggest growth area",
      "illicit tobacco and vapes are the biggest growth area",
    ],
    ["Tesco biggest client", "Tesco is the biggest client"],
    ["our biggest client is Tesco", "our biggest client is Tesco"],
    ["she said biggest issue is staffing", "she said biggest issue is staffing"],
    ["the nurses trained with me", "the nurses trained with me"],
    [
      "new Humphrey analyser arriving feb, due oct",
      "new Humphrey analyser arriving in February, due in October",
    ],
    [
      "a few managers said so, a dozen clients came",
      "a few managers said so, a dozen clients came",
    ],
    ["2 or 3 shifts, open 9 to 5pm", "two or three shifts, open 9 to 5pm"],
    ["a weekly 15 min review", "a weekly 15-minute review"],
    ["last 2 yrs mostly design work", "last two years mostly design work"],
    ["the pace dragged in the 2nd half", "the pace dragged in the second half"],
    ["the discharge list tues + thurs", "the discharge list on Tuesdays and Thursdays"],
    ["theyre moving to a new HRIS in jan", "they're moving to a new HRIS in January"],
    ["you said its your biggest job", "you said it's your biggest job"],
    ["a £600/yr budget", "a £600 a year budget"],
    ["nights pick 18k units a shift", "nights pick 18,000 units a shift"],
    ["she'll let me know by fri the 13th", "she'll let me know by Friday the 13th"],
    ["how id handle a late trade", "how I'd handle a late trade"],
    [
      "Id re-measure first, and if still out id relieve it",
      "I'd re-measure first, and if still out I'd relieve it",
    ],
    ["bring photo id on day one, id card too", "bring photo id on day one, id card too"],
    ["there own training tower", "their own training tower"],
    ["factory walk -> 3 lines, scones", "factory walk - three lines, scones"],
    ["december is 40% of the year", "December is 40% of the year"],
    ["pushed the mob to hard on the last face", "pushed the mob too hard on the last face"],
    ["put the second coat on to early", "put the second coat on too early"],
    ["moved the team to late shifts", "moved the team to late shifts"],
    ["BUT to slow getting the dummy down", "BUT too slow getting the dummy down"],
    ["ebikes are half there service work now", "ebikes are half their service work now"],
    ["she was there for ages", "she was there for ages"],
    ["a decision w/in 2 weeks", "a decision within two weeks"],
    ["born in durban and raised in joburg", "born in Durban and raised in Joburg"],
    ["every dialysis pt gets a plan", "every dialysis patient gets a plan"],
    ["most dialysis pts come from", "most dialysis patients come from"],
    ["8 pts on the board", "eight pts on the board"],
    ["let me do the TRIAL on thursday", "let me do the trial on Thursday"],
    ["the HACCP audit, ran the CARE programme", "the HACCP audit, ran the CARE programme"],
    ["worked at NASA", "worked at NASA"],
    ["my ACLS and PALS instructor certs", "my ACLS and PALS instructor certificates"],
    ["it was REALLY busy", "it was really busy"],
    ["polish the brass, booklet in kannada", "polish the brass, booklet in Kannada"],
    ["grew up in care, then the army", "grew up in care, then the army"],
    ["shearing after christmas, not in may", "shearing after Christmas, not in May"],
    ["may be busy, march on", "may be busy, march on"],
    ["draw station opens 6.30am, busiest b4 9", "draw station opens at 6.30am, busiest before 9"],
    ["shift starts 7am, ends 5 pm", "shift starts at 7am, ends at 5 pm"],
    ["they do home draws in st andrew", "they do home draws in St Andrew"],
    ["opens the 7 am slot", "opens the 7 am slot"],
    ["finished the NPM course 2025", "finished the NPM course in 2025"],
    ["partners go thru every jr's work", "partners go through every junior's work"],
    ["Martin Jr said so", "Martin Jr said so"],
    ["used dentrix at old job", "used dentrix at my old job"],
    ["the wardens get paid AND get their data", "the wardens get paid and get their data"],
    ["pt w/ breakthrough pain @ 0300", "patient with breakthrough pain at 0300"],
    ["calling the MD re the pattern", "calling the MD about the pattern"],
    ["the debrief thing, we never stop", "the debrief, we never stop"],
    ["bereavement f/u calls", "bereavement follow-up calls"],
    ["you said its protected", "you said it's protected"],
    [
      "the workshop honestly, they build their own cases",
      "the workshop, they build their own cases",
    ],
    ["its funding model", "its funding model"],
    ["cleared by the THE committee", "cleared by the THE committee"],
    ["valentines + mothers day are all hands", "Valentine's and Mother's Day are all hands"],
    ["the 2025 course", "the 2025 course"],
    ["season starts may 1, 30 pilots", "season starts May 1, 30 pilots"],
    ["opens june 12th", "opens June 12th"],
    ["happy to do last min callouts", "happy to do last-minute callouts"],
    ["hr will be in touch early w/c 14th", "HR will be in touch early in the week of the 14th"],
    ["decision w/c 3 Nov", "decision the week of 3 November"],
    ["the min pitch", "the minimum pitch"],
    ["you may 2 weeks notice", "you may two weeks notice"],
    ["it may 3 times", "it may three times"],
  ])("%s", (typed, written) => {
    expect(writtenOut(typed)).toBe(written);
  });

  it.each([
    ["Band 6 nurse"],
    ["year 9 lesson"],
    ["on site by 6 am"],
    ["let me know by the 2nd"],
    ["Jan said the rota is fixed"],
  ])("leaves %s as typed", (typed) => {
    expect(readPiece(typed).text.toLowerCase()).toContain(typed.toLowerCase().replace(/\.$/, ""));
  });

  it("joins two clauses typed with only a comma, and keeps a comma before a fragment", () => {
    expect(
      joinedSplice("I paired every new hire with a buddy, 90-day retention went from 55% to 78%"),
    ).toBe("I paired every new hire with a buddy, and 90-day retention went from 55% to 78%");
    expect(joinedSplice("I ran the tenant programme, 1,200 responses, mostly door-knocking")).toBe(
      "I ran the tenant programme, 1,200 responses, mostly door-knocking",
    );
    expect(joinedSplice("I stayed on call, so I kept close to production")).toBe(
      "I stayed on call, so I kept close to production",
    );
  });

  it("gives the candidate's own gap its I, however it was typed", () => {
    expect(readPiece("not done whole fish butchery at volume").text).toBe(
      "I have not done whole fish butchery at volume.",
    );
    expect(readPiece("I never been the top bloke on site").text).toBe(
      "I have never been the top bloke on site.",
    );
  });

  it("thanks the reader for what they did, not for what followed it", () => {
    expect(
      readPiece("showed me her monitoring setup and asked me to talk through a case", {
        names: ["Ann"],
        singular: true,
        plural: false,
      }),
    ).toMatchObject({ text: "showing me your monitoring setup", frame: "thanks" });
  });

  it("reads the candidate's sentence after a phrase saying where or when", () => {
    expect(readPiece("at Brightway I paired every new hire with a buddy")).toMatchObject({
      text: "At Brightway I paired every new hire with a buddy.",
      frame: "own",
    });
    expect(readPiece("last yr been running the discharge list").text).toBe(
      "Over the last year, I've been running the discharge list.",
    );
    expect(formOf("how I would stop a retry storm")).toBe("wh-phrase");
  });

  it.each([
    ["the county permit renewal they're supporting", "noun-phrase"],
    ["the app we built", "noun-phrase"],
    ["green infrastructure retrofits on the school project", "noun-phrase"],
    ["the staff said hello to every guest we passed", "clause"],
    ["all their dairy comes from one farm in Fife", "clause"],
    ["my final placement was in a sports injury clinic", "clause"],
    ["the team works on the app", "clause"],
  ])("%s is a %s", (text, form) => {
    expect(formOf(text)).toBe(form);
  });

  it("talks about the phrase a clause is an aside to", () => {
    const fiona = { names: ["Fiona"], singular: true, plural: false, group: true };
    const scheme = readPiece("the SuDS retrofit scheme, she said its her biggest job", fiona);
    expect(scheme.frame).toBe("about");
    expect(scheme.text).toMatch(/^the SuDS retrofit scheme\b/);
    expect(readPiece("referrals - you said tellers have a referral goal", fiona)).toMatchObject({
      text: "referrals",
      frame: "about",
    });
  });

  it("takes a short clause closing a phrase as part of it, not as the sentence's verb", () => {
    expect(readPiece("the county permit renewal they're supporting").frame).toBe("about");
  });
});

describe("what the interviewer asked, reported", () => {
  it.each([
    [
      "What would I do if a client's bank rec doesn't tie out?",
      "what I would do if a client's bank rec doesn't tie out",
    ],
    [
      "How would I adapt the lesson for a lower set?",
      "how I would adapt the lesson for a lower set",
    ],
    [
      "Which consultation platform would I recommend?",
      "which consultation platform I would recommend",
    ],
    ["whats the trust policy on antibiotics??", "what the trust policy on antibiotics is"],
    ["am I ok with 6am starts", "whether I am ok with 6am starts"],
    ["how do I handle a difficult parent?", "how I handle a difficult parent"],
    ["How many patients would I take on nights?", "how many patients I would take on nights"],
    // "did" goes, and the verb takes the past.
    ["Why did I leave my last job?", "why I left my last job"],
    ["did i know a validated outcome measure", "whether i knew a validated outcome measure"],
  ])("%s", (question, reported) => {
    expect(indirectQuestion(question)).toBe(reported);
  });

  it.each([["how does she run the rota?"], ["what does the panel look for?"]])(
    "leaves %s to be quoted, as its verb or person would have to change",
    (question) => {
      expect(indirectQuestion(question)).toBeNull();
    },
  );

  it.each([
    ["would you relocate?", "whether I would relocate"],
    ["How would you price for micro-merchants?", "how I would price for micro-merchants"],
    [
      "What would you change first in our onboarding?",
      "what I would change first in your onboarding",
    ],
    ["Do you have your own car?", "whether I have my own car"],
    ["What I'd do about the DO pickup in cans?", "what I would do about the DO pickup in cans"],
    [
      "How to sync the ADC sampling with PWM center?",
      "how to sync the ADC sampling with PWM center",
    ],
  ])("reports %s, asked of the candidate, as %s", (question, reported) => {
    expect(indirectQuestion(question)).toBe(reported);
  });
});

describe("when the interviewer said the candidate would hear", () => {
  it.each([
    ["she'll let me know Monday, possibly a trial shift after that", "on Monday", false],
    ["offers go out after Thanksgiving and she'll call either way", "after Thanksgiving", true],
    ["they want to decide before Thanksgiving, he'll call Wednesday", "on Wednesday", true],
    ["they're ringing all candidates tomorrow afternoon", "tomorrow afternoon", true],
    ["Joanne said they'd be in touch early next week", "early next week", false],
    ["decision by end of week", "by the end of the week", false],
    ["They'll decide in the next two weeks", "within the next two weeks", false],
    ["Ms Webb said they would let me know by the 27th.", "by the 27th", false],
    ["will email by Nov 30", "by November 30", false],
    ["Dr Bauer said decision b4 christmas, start feb or march", "before Christmas", false],
    ["decision xmas hopefully", "around Christmas", false],
    ["hes seeing 2 more ppl, will call next wk", "next week", true],
    ["mei - next week", "next week", false],
    ["Sam Okoro: by the 12th", "by the 12th", false],
    ["fri", "on Friday", false],
    ["she said we will hear within 2 weeks", "within two weeks", false],
    ["hr will be in touch early w/c 14th", "early in the week of the 14th", false],
    ["decision week commencing the 3rd", "the week of the 3rd", false],
  ])("%s: %s", (said, when, call) => {
    expect(nextContact(said)).toEqual({ when, call });
  });

  it.each([
    ["has 2 more people to see this week"],
    ["DBS and references if offered"],
    ["you rang on 20 Oct"],
    ["next round is a case study"],
    ["2nd interview next week"],
  ])("finds no promise of contact in %s", (said) => {
    expect(nextContact(said)).toBeNull();
  });
});

describe("which of the candidate's experience speaks to a point", () => {
  it("counts the words two notes share, not the small ones", () => {
    expect(
      sharedWords(
        "guest reviews dipping because of check-in waits at weekends",
        "rolled out online check-in at the Linden, peak queue down to 5 minutes",
      ),
    ).toBe(1);
    expect(
      sharedWords(
        "her plan to start an A level Early Modern option",
        "MA dissertation on the Poor Laws, early modern is my thing",
      ),
    ).toBe(2);
    expect(sharedWords("the turnover among part-timers", "I post schedules three weeks out")).toBe(
      0,
    );
  });
});

describe("the reader's organisation, spoken to", () => {
  const lena = { names: ["Lena Fischer", "Lena"], singular: true, plural: false, group: true };

  it("says “you” for “they” in the reader's own points, unless people were named before it", () => {
    expect(speakTo("how they stock the vans every morning", lena)).toBe(
      "how you stock the vans every morning",
    );
    expect(speakTo("all their dairy comes from one farm", lena)).toBe(
      "all your dairy comes from one farm",
    );
    expect(speakTo("staff all knew her by name and she knew theirs", lena)).toBe(
      "staff all knew you by name and you knew theirs",
    );
    expect(speakTo("coaching trainees through their exams", lena)).toBe(
      "coaching trainees through their exams",
    );
  });
});

describe("notes typed after an interview, as nobody planned them", () => {
  const ravi = { names: ["Ravi Shah", "Ravi"], singular: true, plural: false };
  const grace = { names: ["Grace Lin", "Grace"], singular: true, plural: false, group: true };

  it.each([
    ["calm room they've set up off the Year 2 corridor", "noun-phrase"],
    ["the room they're in is lovely", "clause"],
    ["bug reports", "noun-phrase"],
    ["Level 3 Certificate in Supporting Teaching and Learning", "noun-phrase"],
    ["Two weeks work experience with an electrical firm", "noun-phrase"],
    ["brigade of seven and nobody shouted all night", "sentence"],
    ["all the gear tagged and logged", "sentence"],
    ["the dietitian sits in on the weekly MDT", "clause"],
    ["recruiting volunteer tutors from the community college", "noun-phrase"],
    ["4 content designers to 30 product designers and Grace is pushing to hire more", "sentence"],
  ])("%s is a %s", (text, form) => {
    expect(formOf(text)).toBe(form);
  });

  it("leaves out the candidate's note on how they answered", () => {
    expect(
      readPiece(
        "Ravi asked what I'd do if the board stopped working, I said something vague",
        ravi,
      ),
    ).toMatchObject({ text: "what I'd do if the board stopped working", frame: "asked" });
    expect(readPiece("how I'd book a prepayment, got the idea but muddled the journal").text).toBe(
      "how I would book a prepayment",
    );
    expect(
      readPiece("the difference between smoke and sanity testing, I muddled them up").text,
    ).toBe("the difference between smoke and sanity testing");
  });

  it("hears with “that” only what a clause can say, and writes out the typos people make", () => {
    expect(readPiece("free bus fund for schools so cost is never the reason")).toMatchObject({
      text: "free bus fund for schools",
      frame: "about",
    });
    expect(readPiece("loads of childrens dispensing").text).toBe("loads of children's dispensing");
    expect(readPiece("most of thier work is street trees").text).toBe(
      "most of their work is street trees",
    );
    expect(readPiece("not much crane work")).toMatchObject({
      text: "I have not had much crane work.",
      frame: "own",
    });
    expect(readPiece("had me diag a no start, found the fault").form).toBe("sentence");
    expect(
      readPiece("you lost your biggest grant last year so she wants to diversify", ravi).text,
    ).toBe("you lost your biggest grant last year");
  });

  it("names the topic of what was said about it", () => {
    expect(
      readPiece("flu + covid shot clinics, she said Saturdays hit 60+ shots", ravi),
    ).toMatchObject({ text: "flu and COVID shot clinics", frame: "about" });
  });

  it("keeps someone the reader spoke of in the third person", () => {
    expect(speakTo("Ravi asked what I'd do if the board stopped working for him", ravi)).toBe(
      "You asked what I'd do if the board stopped working for him",
    );
    expect(speakTo("Ravi said he'd call on Friday", ravi)).toBe("You said you'd call on Friday");
  });

  it("hears the organisation in “they”, but not a measure or a quantified person", () => {
    expect(speakTo("study support is 300 hours a year and they pay exam fees", grace)).toBe(
      "study support is 300 hours a year and you pay exam fees",
    );
    expect(speakTo("every provider has their own MA", grace)).toBe(
      "every provider has their own MA",
    );
  });
});

describe("what the reader did for the candidate, and the candidate's own deeds", () => {
  const beatrice = { names: ["Beatrice Olawale", "Beatrice"], singular: true, plural: false };

  it.each([
    ["She went through my editing test with me.", "going through my editing test with me"],
    ["she went thru all my tickets", "going through all my tickets"],
    [
      "she gave me a sight translation of a consent form",
      "giving me a sight translation of a consent form",
    ],
    ["Beatrice took me round the warehouse", "taking me round the warehouse"],
    ["she let me sit in on the morning huddle", "letting me sit in on the morning huddle"],
    // Someone watched or marked the candidate's work: the reader, never the candidate.
    ["watched my observed lesson, group of 4 yr 5 cornets", "watching my observed lesson"],
    ["reviewed my portfolio", "reviewing my portfolio"],
    ["typing test off a dictation, 3 letters", "letting me try the typing test off a dictation"],
    // "walk thru": a walk-through, typed as a verb.
    ["walk thru all the growing rooms, 8 shelf rooms", "walking me through all the growing rooms"],
  ])("thanks the reader for %s", (typed, thanked) => {
    expect(readPiece(typed, beatrice)).toMatchObject({ text: thanked, frame: "thanks" });
  });

  it("hears a talk with the reader as its topic", () => {
    expect(readPiece("talked about direct access with her", beatrice)).toMatchObject({
      text: "direct access",
      frame: "about",
    });
    expect(readPiece("chatted abt the rota w her", beatrice)).toMatchObject({
      text: "the rota",
      frame: "about",
    });
  });

  it("never thanks the reader for what the candidate took them through", () => {
    expect(readPiece("talked thru my planning folder with her", beatrice)).toMatchObject({
      text: "I talked through my planning folder with you.",
      frame: "own",
    });
  });

  it("hears what the reader asked as a question, and what they went over as a point", () => {
    expect(readPiece("she asked me how I would handle a late author", beatrice).frame).toBe(
      "asked",
    );
    expect(readPiece("she went over the budget", beatrice).frame).toBe("that");
    expect(readPiece("Marisol walked me through the dispensary", beatrice).frame).toBe("that");
  });

  it("joins the deeds of a CV line typed with commas", () => {
    expect(
      cvLine("rewrote our allergen matrix after an EHO visit, got the 5 star rating back"),
    ).toBe("I rewrote our allergen matrix after an EHO visit and got the five star rating back.");
    expect(cvLine("ran the pass on weekends, trained two commis, cut waste by 10%")).toBe(
      "I ran the pass on weekends, trained two commis, and cut waste by 10%.",
    );
    expect(cvLine("led audits, mostly retail")).toBe("I led audits, mostly retail.");
  });

  it("keeps an abbreviation typed in capitals that shorthand in lower case would change", () => {
    expect(writtenOut("six years RN in urgent care")).toBe("six years RN in urgent care");
    expect(writtenOut("swamped rn")).toBe("swamped right now");
    expect(writtenOut("avg triage went down")).toBe("average triage went down");
  });

  it("writes compounds, counts before a noun and named numbers as a letter does", () => {
    expect(writtenOut("a ~40 page guide and a three week lookahead")).toBe(
      "a roughly 40-page guide and a three-week lookahead",
    );
    expect(writtenOut("never used an in house edger")).toBe("never used an in-house edger");
    expect(writtenOut("blameless post incident reviews")).toBe("blameless post-incident reviews");
    expect(writtenOut("the write up of my runbook")).toBe("the write-up of my runbook");
    expect(writtenOut("my year 9 lesson for band 5s")).toBe("my Year 9 lesson for Band 5s");
    expect(writtenOut("never KQL in prod, covid clinics")).toBe(
      "never KQL in production, COVID clinics",
    );
    expect(writtenOut("5 years experience")).toBe("five years' experience");
  });

  it("writes letters either side of & as an abbreviation, and kids' things as theirs", () => {
    expect(writtenOut("if 15 teens sign up for a 6 seat d&d session")).toBe(
      "if 15 teens sign up for a 6-seat D&D session",
    );
    expect(writtenOut("no fines on kids cards since 2023")).toBe(
      "no fines on kids' cards since 2023",
    );
  });

  it("writes out an hour, all hours, and a month before its day", () => {
    expect(writtenOut("checks every hr")).toBe("checks every hour");
    expect(writtenOut("one more trade test thurs")).toBe("one more trade test Thursday");
    expect(writtenOut("the only hema free gels")).toBe("the only hema-free gels");
    expect(writtenOut("feel free to call")).toBe("feel free to call");
    // "the free edge" is an edge that is free, never "the-free edge".
    expect(writtenOut("didnt cap the free edge")).toMatch(/\bthe free edge\b/);
    expect(writtenOut("the pharmacy runs 24x7")).toBe("the pharmacy runs 24/7");
    expect(writtenOut("class starts jan 11 so drug test first")).toBe(
      "class starts January 11 so drug test first",
    );
    expect(writtenOut("nov 2025 to feb 2026")).toBe("nov 2025 to feb 2026");
    expect(writtenOut("research day every march")).toBe("research day every March");
  });

  it("reads a lone w as with, and min without a figure as minimum", () => {
    expect(writtenOut("demo teaching 20 min w 14 kids")).toBe(
      "demo teaching 20 minutes with 14 kids",
    );
    expect(writtenOut("the training lab w two group machines")).toBe(
      "the training lab with two group machines",
    );
    expect(writtenOut("W Smith said")).toBe("W Smith said");
    expect(writtenOut("the min pitch for concrete tiles")).toBe(
      "the minimum pitch for concrete tiles",
    );
    expect(writtenOut("paid min 3 hrs")).toBe("paid minimum three hours");
    expect(writtenOut("a 15-min call, 10-15 min wait")).toBe("a 15-minute call, 10-15-minute wait");
    expect(writtenOut("back in 5 min")).toBe("back in five minutes");
  });
});

describe("notes from a sixth set of interviews", () => {
  const dale = { names: ["Dale Pruitt", "Dale"], singular: true, plural: false, group: true };

  it("hears a question typed without its asker as the reader's", () => {
    expect(
      readPiece("asked if I'm S-212 certified for chainsaw. no", dale, { gerund: true }),
    ).toMatchObject({
      text: "whether I'm S-212 certified for chainsaw",
      frame: "asked",
    });
  });

  it("makes every verb of the reader's agree, and leaves people named after “they” theirs", () => {
    expect(
      speakTo("he runs the junior ranger program in the summer and needs help with it", dale),
    ).toBe("you run the junior ranger program in the summer and need help with it");
    expect(
      speakTo("they debrief every fire and the probies get asked for their view too", dale),
    ).toBe("you debrief every fire and the probies get asked for their view too");
    expect(speakTo("they pay exam fees and their study support is generous", dale)).toBe(
      "you pay exam fees and your study support is generous",
    );
  });

  it("reads a chain of nouns ending in a plural as a phrase, not a clause", () => {
    expect(formOf("the volunteer elk guards on weekends during the rut")).toBe("noun-phrase");
    expect(formOf("product liability firms downtown")).toBe("noun-phrase");
    expect(formOf("the team meets on Mondays")).toBe("clause");
    expect(formOf("the shop looks great")).toBe("clause");
  });

  it("reads a noun that is also a verb as a noun after plural nouns or a preposition", () => {
    expect(formOf("the safety stats board right by the smoko room")).toBe("noun-phrase");
    expect(formOf("lots of pediatric draws on Saturdays")).toBe("noun-phrase");
    expect(formOf("a mix of new builds and renos")).toBe("noun-phrase");
    expect(formOf("the team of engineers meets weekly")).toBe("clause");
    expect(formOf("engineers and designers share one backlog")).toBe("clause");
    expect(formOf("the shop floor runs two shifts")).toBe("clause");
  });

  it("joins a result typed as a phrase after the candidate's deed", () => {
    expect(
      readPiece("I led our changeover to RFID tool control, zero missing tool findings since").text,
    ).toBe("I led our changeover to RFID tool control, with zero missing tool findings since.");
    expect(writtenOut("I run tues night foiling sessions")).toBe(
      "I run Tuesday night foiling sessions",
    );
  });
});

describe("notes from a seventh set of interviews", () => {
  const ciaran = { names: ["Ciarán Dunne", "Ciarán"], singular: true, plural: true };

  it("leaves “them” to the people named before it, and a note to self in brackets out", () => {
    expect(
      readPiece(
        "what would I do if a customer wanted something I couldn't give them (rambled a bit on this one)",
        ciaran,
      ).text,
    ).not.toMatch(/give you|rambled/);
    expect(speakTo("they'll call me on Friday", ciaran)).toBe("you'll call me on Friday");
  });

  it("reads a phrase closed by its own clause and a time as a phrase", () => {
    expect(formOf("the veggie garden the kids look after and then cook from on Fridays")).toBe(
      "noun-phrase",
    );
  });
});

describe("what “them” means, and a walk round typed in a hurry", () => {
  const orla = { names: ["Orla"], singular: true, plural: false, group: true };

  it("hears the plural thing before “them”, and the organisation in the customer's “them”", () => {
    expect(speakTo("she inspects 100% of rooms before releasing them to reception", orla)).toBe(
      "you inspect 100% of rooms before releasing them to reception",
    );
    expect(
      speakTo("their biggest OEM customer has put them on quality watch", {
        ...orla,
        plural: true,
      }),
    ).toBe("your biggest OEM customer has put you on quality watch");
  });

  it("joins the reader's part of a walk round to the candidate's", () => {
    expect(
      readPiece("walked three rooms with her, she asked me to inspect one", orla, { gerund: true })
        .text,
    ).toBe("I walked three rooms with you, and you asked me to inspect one.");
    expect(writtenOut("the scenario q")).toBe("the scenario question");
  });
});

describe("more shorthand from an eighth set of notes", () => {
  it("writes plural days, Christmas and a machining count as a letter does", () => {
    expect(writtenOut("pediatric draws on saturdays before xmas")).toBe(
      "pediatric draws on Saturdays before Christmas",
    );
    expect(writtenOut("3+2 work on the VF-2")).toBe("3+2 work on the VF-2");
  });
});

describe("what a hurried note leaves out, put back", () => {
  it("gives back the candidate's 'I' after a comma", () => {
    expect(withSubjectRestored("I grew up on a dairy farm, comfortable with big dogs")).toBe(
      "I grew up on a dairy farm, so I'm comfortable with big dogs",
    );
    expect(
      withSubjectRestored("I've done the course online, just need a placement to complete it"),
    ).toBe("I've done the course online, and I just need a placement to complete it");
    expect(withSubjectRestored("the team is comfortable, happy with it")).toBe(
      "the team is comfortable, happy with it",
    );
  });

  it("reads a short name explained after a dash as its explanation", () => {
    expect(dashExplained("press checks - designers go to the printer for every first run")).toBe(
      "designers go to the printer for every first run",
    );
    expect(dashExplained("chatting before service - the winter menu")).toBe(
      "chatting before service - the winter menu",
    );
  });

  it("thanks the reader for a test named before what happened in it", () => {
    expect(
      readPiece("sim test on the 793 simulator, load haul + dump at the crusher w a blowout"),
    ).toMatchObject({ text: "letting me try the sim test on the 793 simulator", frame: "thanks" });
    expect(readPiece("Scan test on a volunteer: RUQ (gallbladder, CBD, liver).")).toMatchObject({
      text: "letting me try the scan test on a volunteer",
      frame: "thanks",
    });
    expect(
      readPiece("the practical - wax up and layer porcelain on a crown in 90 mins"),
    ).toMatchObject({ text: "letting me try the practical", frame: "thanks" });
    expect(readPiece("drug test next week")).toMatchObject({ frame: "about" });
    expect(readPiece("live exercise on their lab app. found the IDOR in 10 min")).toMatchObject({
      text: "letting me try the live exercise on your lab app",
      frame: "thanks",
    });
  });

  it("hears a response that opens by saying the concern again", () => {
    const dairy = "all my experience is dairy";
    expect(restates(dairy, "Most of my experience is dairy, but HACCP is HACCP.")).toBe(true);
    expect(restates(dairy, "I did a bakery module at college, and I learn fast.")).toBe(false);
  });

  it("keeps the phrase that sets the scene of a clause, which is no topic", () => {
    const typed = "on night shift we do our own jar tests, no lab on site after 4pm";
    expect(dashExplained(typed)).toBe(typed);
    expect(dashExplained("hail season backlog they have about 60 reroofs")).toBe(
      "they have about 60 reroofs",
    );
  });

  it("thanks the reader for a walk round the floor, and names the example the candidate gave", () => {
    expect(
      readPiece("walked the floor, 5 Haas mills + 2 Okuma lathes", null, { gerund: true }),
    ).toMatchObject({ text: "walking the floor with me", frame: "thanks" });
    expect(
      readPiece(
        "she asked for an example of a complex equipment assessment - I used the stairlift vs through floor lift case",
      ),
    ).toMatchObject({ text: "the stairlift versus through floor lift case", frame: "about" });
  });
});

describe("a clause about the reader's workplace, said to them whole", () => {
  const jess = { names: ["Jess"], singular: true, plural: false, group: true };

  it("keeps 'are' for 'they're' and a plural thing for 'them'", () => {
    expect(speakTo("they're rated Exceeding NQS", jess)).toBe("you're rated Exceeding NQS");
    expect(speakTo("they inspect 100% of rooms before releasing them to reception", jess)).toBe(
      "you inspect 100% of rooms before releasing them to reception",
    );
    expect(
      speakTo("they keep winter loss numbers for every yard and share them with the crew", jess),
    ).toBe("you keep winter loss numbers for every yard and share them with the crew");
  });

  it("gives back a lost 'are', and leaves a note to self out of a thing promised", () => {
    expect(withAuxiliaryRestored("all trucks serviced in their own workshop")).toBe(
      "all trucks are serviced in their own workshop",
    );
    expect(withAuxiliaryRestored("the team delivered the project")).toBe(
      "the team delivered the project",
    );
    expect(withAuxiliaryRestored("the boards checked weekly")).toBe(
      "the boards are checked weekly",
    );
    expect(withAuxiliaryRestored("four nurses resigned every year")).toBe(
      "four nurses resigned every year",
    );
    expect(
      readThing("phone number for Dave Kowalczyk (roofing co owner) for a reference"),
    ).not.toMatch(/roofing co owner/);
  });
});

describe("more of what people type after an interview", () => {
  const reader = { names: ["Gregory"], singular: true, plural: false, group: true };

  it("writes out steps, grades, typos and the candidate's employer", () => {
    expect(writtenOut("TMS workflow -> string freeze -> pseudo-loc")).toBe(
      "TMS workflow, then string freeze, then pseudo-loc",
    );
    expect(writtenOut("moved us off RabbitMQ -> Kafka")).toBe(
      "moved us off from RabbitMQ to Kafka",
    );
    expect(writtenOut("gr 8-12, approx 900 students")).toBe("grades 8 to 12, about 900 students");
    expect(writtenOut("cut CI time at current co")).toBe("cut CI time at my current company");
    expect(writtenOut("every ute stocked teh same")).toBe("every ute stocked the same");
    expect(writtenOut("second round = practical day at the tower")).toBe(
      "second round (practical day at the tower)",
    );
  });

  it("reads what the candidate is, and years spent at a place", () => {
    expect(cvLine("licensed plumber and gasfitter, six years since trade cert")).toBe(
      "I'm a licensed plumber and gasfitter.",
    );
    expect(cvLine("MEd counselling psych (2025)")).toBeNull();
    expect(spanSentence("five years district hospital labour ward")).toBe(
      "I've spent five years on a district hospital labour ward.",
    );
  });

  it("thanks the reader for walking the candidate through something, or having them try it", () => {
    expect(
      readPiece("he walked thru their volume, approx 90 files/month", reader, { gerund: true }),
    ).toMatchObject({
      text: "walking me through your volume",
      frame: "thanks",
    });
    expect(
      readPiece("she had me make a hand tied bouquet in 20 min", reader, { gerund: true }),
    ).toMatchObject({
      text: "having me make a hand tied bouquet in 20 minutes",
      frame: "thanks",
    });
    expect(withAuxiliaryRestored("every ute stocked the same")).toBe(
      "every ute is stocked the same",
    );
  });

  it("knows talk of pay and terms, which no note recalls as a highlight", () => {
    expect(isTermsTalk("salary range 72-80k, i said 78")).toBe(true);
    expect(isTermsTalk("CTC range 18-21 LPA")).toBe(true);
    expect(isTermsTalk("€52-56k + bonus")).toBe(true);
    expect(isTermsTalk("rota is 2 weeks on 2 off")).toBe(true);
    expect(isTermsTalk("hybrid, tues + thurs in the office")).toBe(true);
    expect(isTermsTalk("120 covers on a friday")).toBe(false);
    expect(isTermsTalk("the winter on-call rotation")).toBe(false);
    expect(isTermsTalk("nights sun-thurs 10pm to 6:30am")).toBe(true);
    expect(isTermsTalk("4 day weeks in winter maybe 10 hr days")).toBe(true);
    expect(isTermsTalk("shifts 6-2 mon to fri")).toBe(true);
    expect(isTermsTalk("monday-friday huddles")).toBe(false);
    expect(isTermsTalk("8-4 mon to fri")).toBe(true);
    expect(isTermsTalk("shifts 7-15 / 13-21")).toBe(true);
    expect(isTermsTalk("stage shift 6-9, laminated dough")).toBe(false);
    expect(isTermsTalk("nights 1 wk in 4")).toBe(true);
    // What the job requires, typed bare, is terms too.
    expect(isTermsTalk("need full licence + own car, mileage paid")).toBe(true);
    expect(isTermsTalk("must have a DBS before starting")).toBe(true);
    expect(isTermsTalk("needs help with sectionals on saturdays")).toBe(false);
    expect(isTermsTalk("on call 1 wknd a month, paid extra")).toBe(true);
    expect(isTermsTalk("weekends 1 in 3")).toBe(true);
    expect(isTermsTalk("1 in 4 patients are over 80")).toBe(false);
  });
});

describe("fragments typed after an interview, said whole", () => {
  it("reads an arrow as a change, steps or an aside, and lower-case days, months and names", () => {
    expect(writtenOut("asked if I've ever refused a lift -> told him about the load")).toBe(
      "asked if I've ever refused a lift - told him about the load",
    );
    expect(writtenOut("homework help on tues/thurs, the Saturday lego club")).toBe(
      "homework help on Tuesdays and Thursdays, the Saturday Lego club",
    );
    expect(writtenOut("decide by thurs dec 3, or by 11 dec")).toBe(
      "decide by Thursday December 3, or by 11 December",
    );
    expect(writtenOut("french speaker, HPLC method dev, like 60 reroofs")).toBe(
      "French speaker, HPLC method development, about 60 reroofs",
    );
  });

  it("reads what the candidate is used to, and a field of work", () => {
    expect(cvLine("used to early starts, worked 6am opening for years")).toBe(
      "I'm used to early starts, and I worked 6am opening for years.",
    );
    expect(spanAsRole("seven years HR")).toBe("seven years in HR");
    expect(spanSentence("four years of microfluidics during my PhD")).toBe(
      "I did four years of microfluidics during my PhD.",
    );
  });

  it("hears what they said of a topic, and a noun made of a gerund as a subject", () => {
    expect(dashExplained("hail season backlog they have about 60 reroofs booked")).toBe(
      "they have about 60 reroofs booked",
    );
    expect(formOf("training lab has four full espresso stations")).toBe("clause");
    expect(formOf("training new staff every week")).toBe("gerund");
  });
});

describe("dates, days and terms as typed", () => {
  it("writes out a run of days, a day before its date and a month after it, keeping a full stop", () => {
    expect(writtenOut("0.8 FTE mon-thurs")).toBe("0.8 FTE Monday to Thursday");
    expect(writtenOut("let me know by Fri 4 Dec")).toBe("let me know by Friday 4 December");
    expect(writtenOut("booked for 14 Jan. Until then I bike")).toBe(
      "booked for 14 January. Until then I bike",
    );
  });

  it("knows a pay grid and a part-time fraction for terms", () => {
    expect(isTermsTalk("on the teacher grid, i'd be cat 5 step 3")).toBe(true);
    expect(isTermsTalk("0.8 FTE mon-thurs, start jan 5")).toBe(true);
  });
});

describe("notes from an eleventh set of interviews", () => {
  it("reads a participle before its noun as part of the phrase, and a verb after 'a' as a verb", () => {
    expect(formOf("short exercise on a printed 1065 with three planted errors")).toBe(
      "noun-phrase",
    );
    expect(formOf("a Deaf liaison sits on every interview panel")).toBe("clause");
    expect(formOf("the team planted trees")).toBe("clause");
    expect(formOf("the volunteer elk guards on weekends")).toBe("noun-phrase");
  });

  it("hears a question named as the reader's as what they asked", () => {
    expect(readPiece("his question: how would I appraise 40 yrs of planning dept email")).toEqual({
      text: "how I would appraise 40 years of planning department email",
      frame: "asked",
      form: "wh-phrase",
    });
    expect(readPiece("the question was what I'd do if a parent shouted at me").text).toBe(
      "what I would do if a parent shouted at me",
    );
  });

  it("says what the candidate did with the reader as something enjoyed, not told back", () => {
    const reader = { names: ["Maren Oakes", "Maren"], singular: true, plural: false };
    expect(
      readPiece("taught her a 20 min slow flow as the audition, she joined in at the back", reader)
        .text,
    ).toBe("I enjoyed teaching you a 20-minute slow flow as the audition.");
  });

  it("hears a roster, FIFO and benefits as terms, but not the benefits of something", () => {
    expect(isTermsTalk("FIFO 2 weeks on one off out of Port Hedland")).toBe(true);
    expect(isTermsTalk("state benefits, PERA retirement, 6 month probation")).toBe(true);
    expect(isTermsTalk("the benefits of a small team")).toBe(false);
  });

  it("gives a role its article after 'as', but not 'head chef' or 'part of'", () => {
    expect(spanSentence("two years as lab tech at the county wastewater plant")).toBe(
      "I've worked two years as a lab tech at the county wastewater plant.",
    );
    expect(spanSentence("three years as ECA")).toBe("I've worked three years as an ECA.");
    expect(spanSentence("six years as head chef")).toBe("I've worked six years as head chef.");
  });

  it("writes out account shorthand and puts years before university in the past", () => {
    expect(writtenOut("mostly scorpion and termite accts")).toBe(
      "mostly scorpion and termite accounts",
    );
    expect(spanSentence("three years as an ECA before uni")).toBe(
      "I worked three years as an ECA before uni.",
    );
  });
});

describe("notes a copy editor found read wrong", () => {
  const reader = { names: ["Tahlia Ross", "Tahlia"], singular: true, plural: false };

  it("gives the reader back a verb typed without its subject", () => {
    expect(readPiece("wants someone to teach colour to her 2 apprentices", reader).text).toBe(
      "you want someone to teach colour to your two apprentices",
    );
    expect(readPiece("needs list for the new store", reader).text).not.toMatch(/^you/);
  });

  it("reads 'does' as a verb, a noun taken for an adjective as a subject, and 'what if' as asked", () => {
    expect(formOf("The firm does pro bono conveyancing for a local housing charity.")).toBe(
      "clause",
    );
    expect(formOf("what if the unsafe act is happening during the call, not after?")).toBe(
      "question",
    );
  });
});

describe("notes from a twelfth set of interviews", () => {
  it("talks about the label a colon follows, and a scenario as a scenario, never as news", () => {
    expect(
      readPiece("bench test: jointed + glued a spruce top, then fitted a bone saddle").text,
    ).toBe("letting me try the bench test");
    expect(
      readPiece("situational - a senior member on my crew is doing something unsafe, what do I do")
        .text,
    ).toBe("the scenario where a senior member on my crew is doing something unsafe");
  });

  it("reads a noun the tagger took for a to-do, a clause inside a phrase, and a name before its run-on", () => {
    expect(formOf("crash free rate 99.6%, tracked every sprint")).toBe("noun-phrase");
    expect(formOf("send portfolio by friday")).toBe("imperative");
    expect(formOf("casework log of every letter the MP has signed")).toBe("noun-phrase");
    expect(readPiece("typing test b4 the interview").text).toBe(
      "letting me try the typing test before the interview",
    );
    expect(writtenOut("ring after ref checks")).toBe("ring after reference checks");
  });
});

describe("a verb the tagger took for a noun", () => {
  it("hears 'RTs run their own protocols' as a clause", () => {
    expect(formOf("RTs run their own weaning protocols here")).toBe("clause");
  });
});

describe("the reader named with a colleague", () => {
  it("says 'you' for the pair's 'they'", () => {
    const reader = { names: ["Mike Ross", "Mike"], singular: true, plural: false };
    expect(
      speakTo(
        "Mike and Nadia clearly work closely, and they finish each other's sentences",
        reader,
      ),
    ).toBe("You and Nadia clearly work closely, and you finish each other's sentences");
  });
});

describe("a doing, then another typed bare", () => {
  it("makes both doings", () => {
    expect(readPiece("walking the floor for 20 minutes then tell them what I'd change").text).toBe(
      "walking the floor for 20 minutes then telling them what I'd change",
    );
    expect(readPiece("managing budgets and staff").text).toBe("managing budgets and staff");
  });

  it("says how the work is done as a clause, and a thing done by a day as it was typed", () => {
    expect(readPiece("still done by hand, adze and driver, no shortcuts").text).toBe(
      "everything is still done by hand",
    );
    expect(readPiece("done by friday").text).not.toMatch(/everything/);
  });

  it("says the reader's class in a task thanked for to them, and 'lot of' with its article", () => {
    const reader = { names: ["Siobhan Kelly", "Siobhan"], singular: true, plural: false };
    expect(readPiece("demo lesson 20 min w her yr 8s, water in the world", reader).text).toBe(
      "letting me do the demo lesson with your year 8s",
    );
    expect(writtenOut("lot of residents w dementia")).toBe("a lot of residents with dementia");
    expect(writtenOut("its still a lever frame box")).toBe("it's still a lever frame box");
    expect(writtenOut("the distillery and its still house")).toBe(
      "the distillery and its still house",
    );
    expect(writtenOut("the back lot of the studio")).toBe("the back lot of the studio");
    expect(writtenOut("the potting shed like the one at kew")).toBe(
      "the potting shed like the one at kew",
    );
    expect(writtenOut("the co op on the corner")).toBe("the co op on the corner");
  });

  it("gives a line typed without its subject the reader's team", () => {
    const reader = { names: ["Alasdair Grant"], singular: true, plural: false };
    expect(
      readPiece("takes 2 apprentices a yr, asked would i help bring them on", reader).text,
    ).toBe("you take two apprentices a year");
  });
});

describe("typing a copy editor would put right", () => {
  it("writes out 'shoud', 'k8s' and 'info', and leaves a bracketed aside out of a phrase", () => {
    expect(writtenOut("I shoud talk more about the k8s upgrade info")).toBe(
      "I should talk more about the Kubernetes upgrade information",
    );
    expect(withoutAsides("the second round (practical day at the tower)")).toBe("the second round");
    expect(writtenOut("ended up the a11y person on the team")).toBe(
      "ended up the accessibility person on the team",
    );
  });
});

describe("notes from a thirteenth set of interviews", () => {
  const reader = { names: ["Evelyn Goh"], singular: true, plural: false };

  it("keeps a list whole, and reads an acronym's noun and a gerund's noun as what they are", () => {
    expect(
      readPiece(
        "her diary is split between SG, Jakarta and Ho Chi Minh, she travels 2 wks in 4",
        reader,
      ).text,
    ).toBe("your diary is split between SG, Jakarta and Ho Chi Minh");
    expect(formOf("NSF grant to image 250k sheets in 3 yrs")).toBe("noun-phrase");
    expect(formOf("mounting room still uses the same archival glue recipe")).toBe("clause");
    expect(formOf("building the onboarding flow")).toBe("gerund");
  });

  it("thanks the reader for a tour or a practical test rather than recalling them as news", () => {
    expect(readPiece("tour of the memory support wing (Banksia), 22 residents")).toMatchObject({
      text: "giving me the tour of the memory support wing",
      frame: "thanks",
    });
    expect(readPiece("throwing test: 12 x 350g mugs off the hump in an hour")).toMatchObject({
      text: "letting me try the throwing test",
      frame: "thanks",
    });
    expect(readPiece("the test results come back friday").frame).not.toBe("thanks");
    expect(readPiece("ride along on the route, 38 units, mostly hydraulic")).toMatchObject({
      text: "letting me ride along on the route",
      frame: "thanks",
    });
  });

  it("reads a speaker's quoted words as a quote, not as a topic named by the speaker", () => {
    expect(readPiece("gary: 'ill give you a bell friday one way or the other'").frame).toBe(
      "quote",
    );
    expect(nextContact("gary: 'ill give you a bell friday one way or the other'")).toEqual({
      when: "on Friday",
      call: true,
    });
  });

  it("writes out lost apostrophes, 'bc' and 'q's', and keeps the full stop after a month", () => {
    expect(writtenOut("scaffolders arent humping boards")).toBe(
      "scaffolders aren't humping boards",
    );
    expect(writtenOut("the rims wernt consistent")).toBe("the rims weren't consistent");
    expect(writtenOut("hired her bc they have 3 windows")).toBe(
      "hired her because they have three windows",
    );
    expect(writtenOut("based in BC now")).toBe("based in BC now");
    expect(writtenOut("competency q's")).toBe("competency questions");
    expect(writtenOut("photo wall outside each residents room")).toBe(
      "photo wall outside each resident's room",
    );
    expect(writtenOut("booked in january. he said")).toBe("booked in January. he said");
    expect(writtenOut("we wired my uncles new house")).toBe("we wired my uncle's new house");
    expect(writtenOut("helped on my dads farm")).toBe("helped on my dad's farm");
    expect(writtenOut("my sisters and me")).toBe("my sisters and me");
    expect(writtenOut("my brothers are both sparkies")).toBe("my brothers are both sparkies");
    expect(writtenOut("cook off, mystery box")).toBe("cook-off, mystery box");
    expect(writtenOut("after one more cook off")).toBe("after one more cook-off");
    expect(writtenOut("cook off the onions")).toBe("cook off the onions");
    expect(writtenOut("so they can answer guests questions")).toBe(
      "so they can answer guests' questions",
    );
    expect(writtenOut("we asked the guests questions")).toBe("we asked the guests questions");
    expect(writtenOut("we under salted it")).toBe("we undersalted it");
    expect(writtenOut("a wood fired grill")).toBe("a wood-fired grill");
    expect(writtenOut("he went over budget")).toBe("he went over budget");
    expect(writtenOut("did a stage at a creole place summer 2023")).toBe(
      "did a stage at a creole place in summer 2023",
    );
    expect(writtenOut("since summer 2023")).toBe("since summer 2023");
    expect(writtenOut("so the kids know u")).toBe("so the kids know you");
    expect(writtenOut("pull a u turn")).toBe("pull a u turn");
    expect(writtenOut("PPE free, boots + helmet")).toBe("free PPE, boots and helmet");
    expect(writtenOut("the German speaking manager")).toBe("the German-speaking manager");
    expect(writtenOut("public speaking skills")).toBe("public speaking skills");
    expect(writtenOut("confirm the ticket nr")).toBe("confirm the ticket number");
    expect(writtenOut("check bracing n fixings")).toBe("check bracing and fixings");
    expect(writtenOut("not yet, but id really like to learn")).toBe(
      "not yet, but I'd really like to learn",
    );
    expect(writtenOut("and ill pay for it myself")).toBe("and I'll pay for it myself");
    expect(writtenOut("ill health retirement")).toBe("ill health retirement");
    expect(writtenOut("then hr will call")).toBe("then HR will call");
    expect(writtenOut("a 10 hr day")).toBe("a 10 hr day");
    expect(writtenOut("Its true I've only worked in GP")).toBe("It's true I've only worked in GP");
    expect(writtenOut("check my refrences")).toBe("check my references");
    expect(writtenOut("switch between dutch english and german")).toBe(
      "switch between Dutch, English and German",
    );
    expect(writtenOut("rules here are different to aus")).toBe(
      "rules here are different to Australia",
    );
    expect(writtenOut("set up whatsapp booking")).toBe("set up WhatsApp booking");
    expect(writtenOut("8 oz of flour")).toBe("8 oz of flour");
    expect(writtenOut("booking and its full most days")).toBe("booking and it's full most days");
    expect(writtenOut("rested it longer in the walk in")).toBe("rested it longer in the walk-in");
  });
});

describe("notes from a fourteenth set of interviews", () => {
  const reader = { names: ["Farah Iskandar"], singular: true, plural: false };

  it("says 'you' for the one something is made for, and thanks for time spent with the reader", () => {
    expect(
      readPiece(
        "she asked me to make her something off menu using only whats on the back bar",
        reader,
      ).text,
    ).toBe("asking me to make you something off menu using only what's on the back bar");
    expect(
      readPiece("spent the morning in the van w/ him on his round, 6 horses, 2 of them remedial", {
        ...reader,
        names: ["Gareth Bevan"],
      }),
    ).toMatchObject({
      text: "letting me spend the morning in the van with you on your round",
      frame: "thanks",
    });
  });

  it("hears a note to self after a sentence, or a word wondered about, as no question", () => {
    expect(
      formOf(
        "last ASM left mid run so she wants someone who stays the whole season. honestly a bit worrying?",
      ),
    ).toBe("clause");
    expect(readPiece("ukulele?").form).toBe("sentence");
    expect(readPiece("new aged care standards? audit sometime next yr").text).toBe(
      "new aged care standards",
    );
    expect(formOf("What would I do if a resident wanted to wean faster?")).toBe("question");
  });

  it("leaves an aside after a comma as it is, and a comma before a bare verb as a list's", () => {
    expect(joinedSplice("I've handled lines in all weather, winter runs included.")).toBe(
      "I've handled lines in all weather, winter runs included.",
    );
    expect(
      formOf("practical on the training ICSI rig w/ sheep oocytes, immobilise sperm + inject"),
    ).toBe("noun-phrase");
  });
});

describe("notes from a fifteenth set of interviews", () => {
  it("knows pay talk, a street typed short, and what a list of things is", () => {
    expect(isTermsTalk("$95k + super + 10% variable on NRR")).toBe(true);
    expect(writtenOut("walked me round the kirkstall rd job")).toBe(
      "walked me round the Kirkstall Road job",
    );
    expect(writtenOut("went to st marys")).toBe("went to St Marys");
    expect(
      formOf(
        "mostly corporate, a rugby union, two engineering firms and staff travel for lincoln uni",
      ),
    ).toBe("noun-phrase");
  });
});

describe("notes typed in a hurry, tried by a new user", () => {
  it("reads phrases the tagger took for clauses as the things they name", () => {
    expect(formOf("seniority and bases")).toBe("noun-phrase");
    expect(readPiece("SLOs + error budgets, they burn the budget every month lol").text).toBe(
      "SLOs and error budgets",
    );
    expect(formOf("the passive house certified office")).toBe("noun-phrase");
    expect(formOf("the kaupapa maori approach they take with iwi consultation")).toBe(
      "noun-phrase",
    );
    expect(formOf("the team managed projects")).toBe("clause");
    expect(formOf("the engineers and designers share one backlog")).toBe("clause");
  });

  it("leaves words to self, emoji and doubled marks out, and writes out what was typed short", () => {
    expect(writtenOut("6 day weeks in wedding season ugh")).toBe("6-day weeks in wedding season");
    expect(writtenOut("everyone said hi in the hallway lol")).toBe(
      "everyone said hi in the hallway",
    );
    expect(writtenOut("great team 🎉 really")).toBe("great team really");
    expect(writtenOut("what would u do w/ a captain?")).toBe("what would you do with a captain?");
    expect(writtenOut("aoife said shell pass me to the partners")).toBe(
      "aoife said she'll pass me to the partners",
    );
    expect(writtenOut("the shell company")).toBe("the shell company");
    expect(writtenOut("whether ill stick around")).toBe("whether I'll stick around");
    expect(writtenOut("she was ill for a week")).toBe("she was ill for a week");
    expect(writtenOut("id track escaped defects instead")).toBe(
      "I'd track escaped defects instead",
    );
    expect(writtenOut("a budget > 1m, ward budget ~£800k")).toBe(
      "a budget over 1m, ward budget about £800k",
    );
    expect(writtenOut("australian registration")).toBe("Australian registration");
    expect(readPiece("french immersion?? i only have basic french (ugh)").text).toBe(
      "French immersion",
    );
  });

  it("hears when from a next step that rings someone else, and no date in a second round", () => {
    expect(nextContact("raj: 'we'll call references tmrw and let u know by wed'")).toEqual({
      when: "by Wednesday",
      call: false,
    });
    expect(nextContact("they'll get back to me soon re 2nd round w/ the CEO")).toBeNull();
  });
});

describe("the reader's words quoted to them", () => {
  it("are said as reported speech, their I as you", () => {
    expect(reportedToReader("you said 'I want children in the library at lunch")).toBe(
      "you said you want children in the library at lunch",
    );
    expect(reportedToReader("you said 'my team is small'")).toBe("you said your team is small");
    expect(reportedToReader("you run the library")).toBe("you run the library");
    expect(reportedToReader("you said 'I'm not sure yet, I'll call you'")).toBe(
      "you said you're not sure yet, you'll call me",
    );
  });

  it("are told from the candidate's side when they were said to the candidate", () => {
    expect(heardByMe("you'll see things you can't unsee")).toBe("I'll see things I can't unsee");
    expect(heardByMe("we need a modeller who doesn't mind getting cold")).toBe(
      "you need a modeller who doesn't mind getting cold",
    );
    expect(heardByMe("US customers first")).toBe("US customers first");
  });
});

describe("notes from a fifty-third and fifty-fourth set of interviews", () => {
  const group = { names: ["Dafydd Ellis"], singular: false, plural: false, group: true };
  const her = { names: ["Kristen"], singular: true, plural: false };
  it("reads a gap typed without its verb as one the candidate owns", () => {
    expect(readPiece("only competition + catering, never 300 lb a day", null).text).not.toMatch(
      /^I never 300/,
    );
    expect(readPiece("never 300 lb a day", null).text).toBe("I have never done 300 lb a day.");
    expect(readPiece("never a team lead", null).text).toBe("I have never been a team lead.");
  });
  it("gives the firm's deeds typed bare to the firm", () => {
    expect(readPiece("take 2 apprentices a yr from the college", group).text).toBe(
      "you take two apprentices a year from the college",
    );
    expect(readPiece("love the open workshop", group).text).not.toMatch(/^you /);
  });
  it("keeps a clause said of the place, whoever said it after", () => {
    expect(readPiece("site gets swept every day, he said it is a rule", group)).toMatchObject({
      text: "site gets swept every day",
      frame: "that",
    });
    expect(
      readPiece("flu and covid shot clinics, you said Saturdays are busiest", group).frame,
    ).toBe("about");
  });
  it("reads nouns after a count as one thing", () => {
    expect(formOf("the crew of five youth corps members")).toBe("noun-phrase");
    expect(formOf("the team of four nurse trains staff")).toBe("clause");
  });
  it("writes out what a hurried note shortens", () => {
    expect(writtenOut("loading A350 n 777 bellies")).toBe("loading A350 and 777 bellies");
    expect(writtenOut("my msc chapter on burrows")).toBe("my MSc chapter on burrows");
    expect(writtenOut("tasting together every wed")).toBe("tasting together every Wednesday");
    expect(writtenOut("and its labelled by singer")).toBe("and it's labelled by singer");
    expect(writtenOut("new 7 story apartment bldg")).toBe("new seven story apartment building");
    expect(writtenOut("It's the main thing I want to learn")).toBe(
      "It's the main thing I want to learn",
    );
    expect(writtenOut("asked about the debrief thing")).toBe("asked about the debrief");
  });
  it("says 'you' to the reader before a clause, never 'your'", () => {
    expect(speakTo("apply early and email her when I apply", her)).toBe(
      "apply early and email you when I apply",
    );
    expect(speakTo("send her the link", her)).toBe("send you the link");
  });
});

describe("more from a fifty-fourth set of interviews", () => {
  it("puts back the state two things share", () => {
    expect(withStatesRestored("lift pass and ski hire included")).toBe(
      "lift pass and ski hire are included",
    );
  });
  it("reads a gap without how much of it was missing", () => {
    expect(readPiece("havent used automatic tools much", null).text).toMatch(
      /automatic tools much/,
    );
  });
});

describe("ordinary words a hurried-typing rule must leave alone", () => {
  it.each([
    ["i'm an rn on a surgical ward", "i'm an rn on a surgical ward"],
    ["gave an im injection", "gave an im injection"],
    ["checked exp dates", "checked exp dates"],
    ["a football ref", "a football ref"],
    ["the ref blew for half time", "the ref blew for half time"],
    ["prod the dough", "prod the dough"],
    ["a pt session", "a pt session"],
    ["on the n side of the site", "on the n side of the site"],
    ["moved over from n ireland", "moved over from n ireland"],
    ["we each sat down", "we each sat down"],
    ["this sat nav", "this sat nav"],
    ["left it in there overnight", "left it in there overnight"],
    ["i work best under pressure", "i work best under pressure"],
    ["parents emailed to complain", "parents emailed to complain"],
    ["moved my shift to late, then back", "moved my shift to late, then back"],
    ["the mentally ill need more time", "the mentally ill need more time"],
    ["bits of shell get into the mix", "bits of shell get into the mix"],
    ["the hotel and its busy lobby", "the hotel and its busy lobby"],
    ["its free classes", "its free classes"],
    ["my cert III in arboriculture", "my cert III in arboriculture"],
  ])("%s", (typed, written) => {
    expect(writtenOut(typed)).toBe(written);
  });
  it.each([
    ["its checked every shift by the lead", "it's checked every shift by the lead"],
    ["its busy on fridays", "it's busy on Fridays"],
    ["im keen to start", "I'm keen to start"],
    ["will call my ref", "will call my reference"],
    ["check bracing n fixings", "check bracing and fixings"],
    ["every sat and sun", "every Saturday and Sunday"],
    ["ill send it over", "I'll send it over"],
    ["shell call me fri", "she'll call me fri"],
    ["my coding certs and my qqi cert", "my coding certificates and my qqi certificate"],
    ["no cilex quals", "no cilex qualifications"],
  ])("%s is written out", (typed, written) => {
    expect(writtenOut(typed)).toBe(written);
  });
});

describe("the reader told of what they do", () => {
  const her = { names: ["Kristen"], singular: true, plural: false };
  it.each([
    ["let her know by fri", "let you know by fri"],
    ["heard her say it", "heard you say it"],
    ["watched her run the pass", "watched you run the pass"],
    ["text her asap", "text you asap"],
    ["ring her monday morning", "ring you monday morning"],
    ["how she runs her review", "how you run your review"],
    ["her run rate", "your run rate"],
  ])("%s", (typed, said) => {
    expect(speakTo(typed, her)).toBe(said);
  });
});

describe("gaps and firm deeds typed bare, read with care", () => {
  const group = { names: ["Dana"], singular: false, plural: false, group: true };
  it.each([
    ["never once missed a shift", "I never once missed a shift."],
    ["never late in 6 yrs", "I have never been late in six years."],
    ["never any complaints from clients", "I have never had any complaints from clients."],
  ])("%s", (typed, read) => {
    expect(readPiece(typed, group).text).toBe(read);
  });
  it("keeps the candidate's own deeds theirs", () => {
    expect(readPiece("train all my juniors myself at current job", group).text).not.toMatch(
      /^you /,
    );
    expect(readPiece("hire 10 grads a yr", group).text).toBe("you hire 10 grads a year");
  });
  it("keeps a clause with its own verb, said of the place", () => {
    expect(readPiece("the yard floods every winter, he said they lose a week", group).frame).toBe(
      "that",
    );
  });
});

describe("notes from a fifty-fifth and fifty-sixth set of interviews", () => {
  const group = { names: ["Mick"], singular: false, plural: false, group: true };
  it("asks a question typed without its mark, and keeps a clause after 'what'", () => {
    expect(readPiece("is the acceleration zero at the top of the arc?", null)).toMatchObject({
      text: "whether the acceleration is zero at the top of the arc",
      frame: "asked",
    });
    expect(readPiece("what annex III of the MDR covers", null).text).toBe(
      "what annex III of the MDR covers",
    );
    expect(readPiece("what media for listeria in food samples", null).text).toBe(
      "media for listeria in food samples",
    );
  });
  it("asks what was asked, without what followed it", () => {
    const her = { names: ["Dana"], singular: true, plural: false };
    expect(
      readPiece("asked abt the hail claims rework at suncrest, wants to see the process map", her)
        .text,
    ).toBe("the hail claims rework at suncrest");
  });
  it("leaves 'their' with people a 'who' says are others", () => {
    expect(speakTo("mick has trained 5 wallers who went on to set up on their own", group)).toMatch(
      /set up on their own/,
    );
    expect(
      speakTo("how my approval flow stops someone approving their own invoice", group),
    ).toMatch(/their own invoice/);
  });
  it("puts back the 'is' of a thing arranged", () => {
    expect(withStatesRestored("applicator exam booked for February 2027")).toBe(
      "applicator exam is booked for February 2027",
    );
    expect(withStatesRestored("I booked for jan")).toBe("I booked for jan");
  });
  it("reads a measure and where it stands as a clause", () => {
    expect(formOf("forecast accuracy sits around 62% at SKU level")).toBe("clause");
    expect(formOf("the bar runs at full tilt")).toBe("noun-phrase");
  });
  it("writes out a take-home task and hiring managers", () => {
    expect(writtenOut("take home presentation")).toBe("take-home presentation");
    expect(writtenOut("x = 5")).toBe("x = 5");
    expect(writtenOut("set up reminders for the hiring mgrs")).toBe(
      "set up reminders for the hiring managers",
    );
  });
});

describe("a yes-or-no question about a thing, reported", () => {
  it.each([
    ["is the night shift rota fixed?", "whether the night shift rota is fixed"],
    ["are the new hires on probation", "whether the new hires are on probation"],
    [
      "could the scaffold tie pattern be reduced?",
      "whether the scaffold tie pattern could be reduced",
    ],
    ["is that a problem?", "whether that is a problem"],
    ["is their main client the NHS", "whether their main client is the NHS"],
  ])("%s", (question, reported) => {
    expect(indirectQuestion(question)).toBe(reported);
  });
  it.each(["is a level 3 enough?", "can a sole trader bid for council work"])(
    "%s is left to be quoted rather than split wrong",
    (question) => {
      expect(indirectQuestion(question)).toBeNull();
    },
  );
  it("reads no statement as a question", () => {
    expect(readPiece("was the best interview ive had in years", null).frame).not.toBe("asked");
  });
  it("restores no 'is' after someone who did the arranging", () => {
    expect(withStatesRestored("the targets they set for q3")).toBe("the targets they set for q3");
    expect(withStatesRestored("my manager booked for me on the course")).toBe(
      "my manager booked for me on the course",
    );
  });
  it("keeps her things hers after 'saw' or 'had'", () => {
    const her = { names: ["Kristen"], singular: true, plural: false };
    expect(speakTo("had her own practice for 10 yrs", her)).toBe(
      "had your own practice for 10 yrs",
    );
    expect(speakTo("saw her face light up", her)).toBe("saw your face light up");
    expect(speakTo("let her know by fri", her)).toBe("let you know by fri");
  });
  it("leaves 'their' with people named between", () => {
    const group = { names: ["Mick"], singular: false, plural: false, group: true };
    expect(speakTo("they give new starters their own patch", group)).toBe(
      "you give new starters their own patch",
    );
    expect(speakTo("they do their own calibration", group)).toBe("you do your own calibration");
  });
});

describe("notes from a fifty-seventh and fifty-eighth set of interviews", () => {
  it("reads a count per period as an amount, and what one of many does as a clause", () => {
    expect(formOf("team of 6, about 1400 cargo claims a year, mostly electronics")).toBe(
      "noun-phrase",
    );
    expect(formOf("the shop does 40 jobs a week")).toBe("clause");
    expect(formOf("every new tech rides with you for two weeks first")).toBe("clause");
    expect(formOf("each bay gets a tablet")).toBe("clause");
  });
});

describe("a case study or live coding set on the day", () => {
  const her = { names: ["Dana"], singular: true, plural: false };
  it("is thanked for, never praised as a topic", () => {
    expect(readPiece("case study -> stock count at a client warehouse", her)).toMatchObject({
      text: "letting me do the case study",
      frame: "thanks",
    });
    expect(readPiece("a case study of a failed merger", her).frame).toBe("about");
  });
});

describe("whole drafts tried on a new user's notes", () => {
  it("keeps nouns in a row a thing, never a doing", () => {
    expect(readPiece("stroke unit visual screening service", null, { gerund: true }).text).toBe(
      "stroke unit visual screening service",
    );
    expect(readPiece("build rapport with parents", null, { gerund: true }).text).toBe(
      "building rapport with parents",
    );
    expect(
      readPiece("stroke unit visual screening service, she wants an orthoptist on the ward", null, {
        gerund: true,
      }).text,
    ).toBe("stroke unit visual screening service");
  });
  it("puts back what two things still are", () => {
    expect(withStatesRestored("the 1890s standing press and the board shears still in use")).toBe(
      "the 1890s standing press and the board shears are still in use",
    );
  });
  it("writes out a Sunday after 'by', and 'it's' before 'safe'", () => {
    expect(writtenOut("carla said shed text by sun")).toBe("carla said she'd text by Sunday");
    expect(writtenOut("in the sun")).toBe("in the sun");
    expect(writtenOut("hold it if its safe")).toBe("hold it if it's safe");
  });
});

describe("notes from a fifty-ninth set of interviews", () => {
  it("reads what is paid for as part of a clause, and a contact clause as a phrase", () => {
    expect(formOf("every inspector gets rope access training paid for")).toBe("clause");
    expect(formOf("the one we paid for")).toBe("noun-phrase");
    expect(formOf("the dashboards the operations team asked for")).toBe("noun-phrase");
  });
  it("takes no other candidate's working interview for the next stage", () => {
    expect(
      nextStages(
        "ellen said shes got one more working interview next week, will let me know by dec 7",
      ),
    ).toEqual([]);
  });
});
