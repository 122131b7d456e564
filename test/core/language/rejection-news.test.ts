import { describe, expect, it } from "vitest";
import { rejectionNews } from "../../../src/core/language/rejection-news.js";

describe("what the notes say of a rejection", () => {
  it("reads whom they chose and an opening to come", () => {
    expect(
      rejectionNews(
        "UPDATE 11/24: she called, they went with someone with more CAT experience. desk adjuster job opens in january",
      ),
    ).toMatchObject({
      chosen: "someone with more CAT experience",
      opening: "the desk adjuster job",
    });
    expect(rejectionNews("Tom rang, not selected. March intake, he'll be in touch")).toMatchObject({
      opening: "the March intake",
    });
    expect(
      rejectionNews(
        "offered the post to someone else. there is a 3 month locum in march covering maternity leave, she'll keep my cv on file",
      ),
    ).toMatchObject({ opening: "the 3-month locum in March" });
    expect(
      rejectionNews(
        "'We expect to advertise another CT role at Strathpine in the new year and I'd encourage you to apply.'",
      ),
    ).toMatchObject({ opening: "the CT role at Strathpine in the new year" });
    expect(
      rejectionNews(
        "she said it was close and there's a coordinator role opening at the mandurah office in February",
      ),
    ).toMatchObject({ opening: "the coordinator role at the mandurah office in February" });
  });

  it("reads a folio kept for a contract, a call offered for feedback and the work they remember", () => {
    const news = rejectionNews(
      "theyve offered it to someone with more print production experience. said the stout label was 'genuinely the one we talked about most', offered a 15 min call for feedback if i want it, and theyll keep my folio on file for the spring seasonal contract",
    );
    expect(news).toMatchObject({
      opening: "the spring seasonal contract",
      feedbackOffered: true,
      praise: "my stout label was genuinely the one you talked about most",
      advice: null,
    });
  });

  it("reads work offered instead, and praise of the test, never as advice", () => {
    const news = rejectionNews(
      "they went with someone who already has MoJ accreditation. she said my test was one of the best two and asked if i'd be open to freelance work on their medical files from january",
    );
    expect(news).toMatchObject({
      praise: "my test was one of the best two",
      opening: "freelance work on your medical files from January",
      advice: null,
    });
  });

  it("reads feedback offered, kind words and when to write again", () => {
    const news = rejectionNews(
      "they've gone with someone with more LVIA experience. she'd like to keep me in mind for the urban projects team they're setting up + offered a call if I want feedback",
    );
    expect(news).toMatchObject({ opening: "the urban projects team", feedbackOffered: true });
    expect(
      rejectionNews("she rang, said my cold call was the best she heard all week").praise,
    ).toBe("my cold call was the best she heard all week");
    expect(rejectionNews("got the no email, said close call").praise).toBe("it was a close call");
    expect(
      rejectionNews(
        "said my drawer was the best theyve seen in a test and theres a finishing/install spot opening in the spring",
      ).praise,
    ).toBe("my drawer was the best they've seen in a test");
    expect(
      rejectionNews("he said to get back in touch once my registration comes through").touchAgain,
    ).toBe("once my registration comes through");
  });

  it("reads kind words without what went against the candidate after them", () => {
    expect(
      rejectionNews(
        "they went w someone w more stability experience. she said my structure background was strong and the free surface miss cost me",
      ).praise,
    ).toBe("my structure background was strong");
  });

  it("reads nothing the notes do not say", () => {
    expect(rejectionNews("they'll decide by Friday")).toEqual({
      chosen: null,
      praise: null,
      opening: null,
      feedbackOffered: false,
      touchAgain: null,
      hiringAgain: null,
      chosenBecause: null,
      advice: null,
      detailsKeptFor: null,
      placeOffered: null,
      workOffered: null,
      feedbackOn: null,
      introductionOffered: null,
    });
  });

  it("reads why they chose as they did, and advice given, apart from whom they chose", () => {
    const news = rejectionNews(
      "Theo emailed Fri Dec 4 - they hired someone who already does glass gilding bc they have 3 gilded windows booked in january. he said my letterforms are strong, keep practicing the downstrokes, and he'd keep me in mind for a summer helper spot",
    );
    expect(news.chosen).toBe("someone who already does glass gilding");
    expect(news.chosenBecause).toBe("three gilded windows booked in January");
    expect(news.praise).toBe("my letterforms are strong");
    expect(news.advice).toBe("keep practicing the downstrokes");
    expect(rejectionNews("she said to keep in touch").advice).toBeNull();
    const kept = rejectionNews(
      "they gave it to someone w/ more access control experience, she said she'd keep my details for when they add a second van next year",
    );
    expect(kept.chosen).toBe("someone with more access control experience");
    expect(kept.advice).toBeNull();
    expect(kept.detailsKeptFor).toBe("when they add a second van next year");
  });

  it("reads whom they chose as any person, the praise without the advice after it, and an opening to apply for", () => {
    const news = rejectionNews(
      "Priyanka emailed - they went with an animator who has worked on a Harmony preschool show. she said my acting choices were strong and to apply for the spring series when it opens in march",
    );
    expect(news.chosen).toBe("an animator who has worked on a Harmony preschool show");
    expect(news.praise).toBe("my acting choices were strong");
    expect(news.opening).toBe("the spring series");
  });

  it("reads when they expect to hire again", () => {
    const news = rejectionNews(
      "Camille emailed - they went with someone who has more Italian experience. She said to keep in touch, they'll likely hire again in spring.",
    );
    expect(news.hiringAgain).toBe("in spring");
    expect(news.chosen).toBe("someone who has more Italian experience");
    expect(rejectionNews("we are recruiting again after the new year").hiringAgain).toBe(
      "after the new year",
    );
  });

  it("reads their own words quoted: praise, advice to gain something first, another post to come", () => {
    const news = rejectionNews(
      "Marc called thurs dec 3: 'we went with someone who's already inspecting for another municipality. it was close. your Part 9 answers were some of the best we heard. get your Large Buildings BCIN and apply again, we're posting a second position in the spring.'",
    );
    expect(news.praise).toBe("my Part 9 answers were some of the best you heard");
    expect(news.advice).toBe("get my Large Buildings BCIN");
    expect(news.hiringAgain).toBe("in the spring");
    expect(rejectionNews("'it was close, we went with someone local'").praise).toBe(
      "it was a close call",
    );
  });

  it("reads kind words and a course to do, in their words", () => {
    const news = rejectionNews(
      "Morag rang - 'it was really close, we've gone with someone with more tailoring. your finishing was lovely but we need a maker who can cut. do the tailoring course you mentioned and apply again.'",
    );
    expect(news.praise).toBe("my finishing was lovely");
    expect(news.advice).toBe("do the tailoring course I mentioned");
  });

  it("reads a place offered now, and when to apply again whatever the post is called", () => {
    expect(
      rejectionNews(
        "gave it to someone who already has the medication competency. i can join their casual pool if i want, and to apply again for the MSU once im signed off on meds",
      ),
    ).toMatchObject({
      placeOffered: "your casual pool",
      touchAgain: "once I'm signed off on meds",
    });
    expect(rejectionNews("she offered me a spot on the relief list")).toMatchObject({
      placeOffered: "your relief list",
    });
    expect(rejectionNews("they went with someone local. the pool was very strong")).toMatchObject({
      placeOffered: null,
    });
  });

  it("reads work offered now, praise said plainly, and when to apply again", () => {
    expect(
      rejectionNews(
        "went w someone w 5 yrs commercial. said my residential work was solid, asked if id do weekend lockout calls part time for now, reapply in spring when they add a tech",
      ),
    ).toMatchObject({
      praise: "my residential work was solid",
      workOffered: "do weekend lockout calls part-time for now",
      touchAgain: "in spring when they add a tech",
    });
  });

  it("reads whom they chose with the role they had, and praise of 'the strongest they heard'", () => {
    expect(
      rejectionNews(
        "they chose someone w 3 yrs as a pharmacist in charge. she said my clinical answers were the strongest they heard",
      ),
    ).toMatchObject({
      chosen: "someone with three years as a pharmacist in charge",
      praise: "my clinical answers were the strongest you heard",
    });
  });

  it("reads praise with feedback inside it, and a contract they would have the candidate take", () => {
    expect(
      rejectionNews(
        "she said my test was strong apart from the UIF cap and asked if id be open to a 3 month contract from march",
      ),
    ).toMatchObject({
      praise: "my test was strong",
      feedbackOn: "the UIF cap",
      workOffered: "take a 3-month contract from March",
    });
  });
  it("reads advice to do something first, an introduction offered, and when to apply again", () => {
    const news = rejectionNews(
      'they chose a candidate w 2 yrs in a garden factory. said my palate is "promising" and i should do a season in a garden factory and apply again for the next trainee batch in july. he offered to introduce me to the manager at an estate in assam',
    );
    expect(news.praise).toBe("my palate is promising");
    expect(news.advice).toBe("do a season in a garden factory");
    expect(news.touchAgain).toBe("in July");
    expect(news.introductionOffered).toBe("the manager at an estate in assam");
  });
  it("reads a place asked of the candidate, a volunteer spot offered, and feedback that something needs more", () => {
    expect(
      rejectionNews(
        "they appointed someone w 4 yrs EHO experience. asked if id join the casual pool for summer",
      ).placeOffered,
    ).toBe("your casual pool");
    const news = rejectionNews(
      'said my lock work needs "a bit more time on the paddles" and offered me a volunteer spot at avon lock from easter w a view to next yrs role',
    );
    expect(news.feedbackOn).toBe("my lock work");
    expect(news.workOffered).toBe("take the volunteer spot at avon lock from Easter");
  });
  it("stops praise and whom they chose before what came after, and says no advice about 'mine'", () => {
    expect(
      rejectionNews(
        "she said my interview was excellent but they went with someone who had done the job",
      ).praise,
    ).toBe("my interview was excellent");
    const news = rejectionNews(
      "they chose an applicant with an hgv licence and he said i should get mine and apply again",
    );
    expect(news.chosen).toBe("an applicant with an hgv licence");
    expect(news.advice).toBeNull();
    expect(
      rejectionNews(
        "he said my cover letter was great and hed keep my cv for when the next role comes up",
      ),
    ).toMatchObject({ praise: "my cover letter was great", opening: null });
    expect(
      rejectionNews("she offered to put me in touch with the practice manager at her old surgery"),
    ).toMatchObject({
      advice: null,
      introductionOffered: "the practice manager at your old surgery",
    });
    expect(rejectionNews("asked if id join their bank staff list").placeOffered).toBe(
      "your bank staff list",
    );
  });
});
