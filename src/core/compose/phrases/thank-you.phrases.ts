/**
 * Thank-you note phrasings, one list per slot. A phrasing may open with a tone tag, "[formal]",
 * "[warm]", "[plain]" or several ("[warm plain]"): it is used only in those tones; untagged ones
 * suit every tone. A slot that holds a piece of the candidate's notes has one list per frame
 * the piece may need (see `src/core/language/piece.ts`): `about` reads it after a preposition,
 * `that` after "that", `own` as the candidate's own sentence, `quote` in quotation marks.
 *
 * Placeholders: {name}, {position}, {company}, {at} ("at Acme", "about the role at Acme"),
 * {roleAt} ("the Welder role at Acme"), {workplace} ("at Acme", "with the Harrington family"),
 * {joining} ("join you at Acme", "work with the Harrington family"), {when} ("this morning", "yesterday", "on
 * Tuesday", or nothing), {point}, {point2}, {fit}, {impressed}, {concern}, {question}, {what},
 * {url}, {list}, {next}, {contact}, {decisionDate}, {candidate}, {first}, {advice}, {stage},
 * {others}.
 */
export const THANK_YOU_EMAIL = {
  /** Every subject names the position, which the body then need not. */
  subject: [
    "Thank you: {position} interview",
    "Thanks for the {position} conversation",
    "{position} at {company}: thank you",
    "Thank you - {position} interview",
    "{position} interview: thank you",
    "Thank you for the {position} interview",
  ],
  /** {task}: what the reader set the candidate ("the weld test"); {when}: "this morning". */
  subjectTask: ["Thanks for {task} {when}", "Thank you for {task} {when}", "Thank you for {task}"],
  /** The same, naming the role, so that the body need not. */
  subjectTaskPosition: [
    "Thanks for {task} - {position}",
    "Thank you for {task} - {position}",
    "{position}: thank you for {task}",
  ],
  /** {topic}: what the note answers, in a few words ("crane work"). */
  subjectTopic: [
    "Thank you, and more on {topic}",
    "Thanks, and a bit more on {topic}",
    "Thank you, and a fuller answer on {topic}",
    "Thank you, and a word on {topic}",
  ],
  /** For a position too long for a subject line; the opening then names it. */
  subjectShort: [
    "Thank you for your time",
    "Thanks for the conversation",
    "Thank you from {first}",
  ],
  /**
   * The thanks, when the subject line has named the role: people do not name it twice, and say
   * what they thank for in the sentence after.
   */
  // {at}: "at Aire Valley Retrofit" after a visit, else "about the role at Aire Valley
  // Retrofit". The company is named here, where people name it, rather than in a stock line of
  // interest ("I would be glad to join Aire Valley Retrofit").
  openingThanks: [
    "Thank you for meeting with me {when} {at}.",
    "Thank you for taking the time to talk with me {when} {at}.",
    "[warm plain] Thanks for talking with me {when} {at}.",
    "[formal] Thank you for the time you gave me {when} {at}.",
    "Thank you for the chance to talk with you {when} {at}.",
    "[warm] It was a pleasure to meet you {when}, and thank you for your time.",
    "[formal] I am grateful for your time {when}.",
    "[plain] Thanks for your time {when}.",
    "[warm plain] Thanks for seeing me {when} {at}.",
    "Thank you for seeing me {when} {at}.",
  ],
  /** The thanks for a note without a subject line (a LinkedIn message), which must name the role. */
  openingThanksPosition: [
    "Thank you for your time {when} and for the conversation about the {position} role.",
    "[warm plain] Thanks for talking with me {when} about {roleAt}.",
    "[formal] Thank you for the time you gave me {when} to discuss the {position} position.",
    "Thank you for the chance to talk with you {when} about {roleAt}.",
  ],
  /**
   * The thanks and the first specific in one sentence: for a candidate whose other notes have
   * used every thanks already, this one is their own.
   */
  openingWithPointPosition: {
    about: [
      "Thank you for talking with me {when} about the {position} role, and especially about {point}.",
      "[formal] Thank you for the time you gave me {when} to discuss the {position} position, and in particular {point}.",
    ],
    that: [
      "Thank you for telling me about the {position} role {when}; it was good to hear that {point}.",
      "[formal] Thank you for discussing the {position} position with me {when}; I was interested to learn that {point}.",
    ],
    asked: [
      "Thank you for talking with me {when} about the {position} role, and for your question about {point}.",
      "[formal] Thank you for discussing the {position} position with me {when}, and for your question about {point}.",
    ],
    thanks: [
      "Thank you for talking with me {when} about the {position} role, and for {point}.",
      "[formal] Thank you for discussing the {position} position with me {when}, and for {point}.",
    ],
  },
  /** The thanks and the first specific in one sentence, when the subject line names the role. */
  openingWithPoint: {
    about: [
      "Thank you for talking with me {when}, and especially for the conversation about {point}.",
      "Thank you for meeting me {when} {at}; I was glad we could talk about {point}.",
      "Thank you for your time {when}. I especially enjoyed talking about {point}.",
      "[warm plain] Thanks for your time {when}; I especially enjoyed talking about {point}.",
      "[formal] Thank you for your time {when}, and in particular for our discussion of {point}.",
    ],
    that: [
      "Thank you for talking with me {when} {at}, and for explaining that {point}.",
      "Thank you for meeting me {when} {at}, and for telling me that {point}.",
      "Thank you for your time {when}; I was interested to hear that {point}.",
      "[warm plain] Thanks for your time {when}, and for telling me that {point}.",
      "[formal] Thank you for your time {when}, and for explaining that {point}.",
    ],
    asked: [
      "Thank you for talking with me {when} {at}, and for your question about {point}.",
      "[warm plain] Thanks for meeting me {when}, and for your question about {point}.",
      "[formal] Thank you for your time {when}, and for your question about {point}.",
    ],
    thanks: [
      "Thank you for your time {when}, and for {point}.",
      "[warm plain] Thanks for meeting me {when} {at}, and for {point}.",
    ],
  },
  /** What the reader did for the candidate ("going through my test with me"), as the thanks. */
  openingForDeed: {
    thanks: [
      "Thank you for {point} {when}.",
      "[warm plain] Thanks for {point} {when}.",
      "[formal] I am grateful to you for {point} {when}.",
    ],
  },
  /** The same, naming the role when no subject line has. */
  openingForDeedPosition: {
    thanks: [
      "Thank you for {point} {when}, and for telling me more about the {position} role.",
      "[warm plain] Thanks for {point} {when}, and for telling me about the {position} job.",
      "[formal] I am grateful to you for {point} {when}, and for the chance to discuss the {position} position.",
    ],
  },
  point: {
    about: [
      "I especially enjoyed talking about {point}.",
      "I enjoyed our conversation about {point}.",
      "I was glad to hear more about {point}.",
      "I appreciated hearing more about {point}.",
      "It was good to talk about {point}.",
      "[formal] I particularly valued our discussion of {point}.",
      "[formal] I found our discussion of {point} very useful.",
      "[warm plain] I really liked hearing about {point}.",
    ],
    // Said of news good or bad ("the caseload is 52", "you lost your biggest grant"): thanks
    // for explaining it, never gladness about it.
    that: [
      "Thank you for explaining that {point}.",
      "I was interested to hear that {point}.",
      "[warm plain] It helped to hear that {point}.",
      "[formal] I was interested to learn that {point}.",
      "It was useful to learn that {point}.",
      "[formal] I appreciated your explaining that {point}.",
    ],
    // Said of a question the note does not answer: nothing here promises more thought on it.
    asked: [
      "Thank you for asking about {point}.",
      "[formal] I appreciated being asked about {point}.",
      "[warm plain] I was glad you asked about {point}.",
    ],
    thanks: [
      "Thank you, too, for {point}.",
      "I appreciated you {point}.",
      "[warm plain] Thanks as well for {point}.",
    ],
    own: ["{point}"],
    quote: [
      "I keep coming back to one question from our talk: {point}",
      "One question we discussed has stayed with me: {point}",
    ],
  },
  secondPoint: {
    about: [
      "I also appreciated hearing about {point2}.",
      "It also helped to hear about {point2}.",
      "[warm plain] I was glad we got to {point2} as well.",
      "[formal] I also valued what you told me about {point2}.",
    ],
    that: [
      "Thanks, too, for explaining that {point2}.",
      "I was also interested to hear that {point2}.",
      "[formal] I also noted with interest that {point2}.",
    ],
    asked: [
      "I was glad, too, that you asked about {point2}.",
      "Thank you, too, for asking about {point2}.",
    ],
    thanks: ["Thank you also for {point2}.", "I was grateful, too, for you {point2}."],
    own: ["{point2}"],
  },
  noPoint: [
    "I came away with a much clearer picture of the role.",
    "It was good to hear how you approach the work.",
    "I learned a great deal about the role in a short time.",
    "[warm plain] I enjoyed hearing how the work is done day to day.",
  ],
  fit: {
    about: [
      "I hope {fit} will be useful to your team.",
      "I think {fit} would help me contribute early.",
      "I would bring {fit} to the role.",
      "[formal] I believe {fit} would allow me to contribute from the outset.",
      "[warm plain] I'd bring {fit} with me.",
      "[warm plain] I'd be glad to put {fit} to work on your team.",
    ],
    // The candidate's own sentence says enough; a stock line after it says nothing more.
    own: ["{fit}"],
  },
  /** Experience said right after the point it speaks to. */
  fitBeside: {
    own: ["{fit}"],
    about: [
      "{fit} should help with that.",
      "[formal] I believe {fit} is relevant here.",
      "[warm plain] I'd bring {fit} to that work.",
    ],
  },
  /** Experience that speaks to no topic of the note, said in the close with the candidate's interest. */
  fitToCompany: [
    "{fit}, and I am keen to build on it in this role.",
    "[warm plain] {fit}, and I'd love to bring that experience to your team.",
    "{fit}, so the {position} role feels like the right move for me.",
    "[formal] {fit}, and I would welcome the chance to put that to use in this role.",
    "[warm plain] {fit}, and this job feels like the right next step for me.",
    "{fit}, and I would like to put that to work for you.",
    "[warm plain] {fit}, and I'd love to put it to work on your team.",
    "[formal] {fit}, and I would welcome the chance to use it in this role.",
    // Used only when the opening has not named the company.
    "{fit}, and I would like to put that to work {workplace}.",
    "[formal] {fit}, and I would welcome the chance to put that to use {workplace}.",
    "[warm plain] {fit}, and I'd love to put that to use {workplace}.",
  ],
  /** A second strength, written only when a note from sparse notes needs the words. */
  moreFit: {
    about: ["I would also bring {fit}.", "[warm plain] I'd bring {fit} too."],
    own: ["{fit}"],
  },
  interestImpressed: {
    // What impressed the candidate, then their interest: two short sentences, not one joined.
    about: [
      "I was impressed by {impressed}. I would very much like the job.",
      "[warm plain] What you said about {impressed} stayed with me. I'd really like the job.",
      "[warm plain] I liked hearing about {impressed}. It made me want the job all the more.",
      "[formal] I was struck by {impressed}. I would welcome the opportunity to work with you.",
      "I was impressed by {impressed}, and I would be glad to be part of your team.",
      "[warm plain] I liked hearing about {impressed}, and I'd love to work with you.",
      "I was impressed by {impressed}. I would be glad to {joining}.",
      "[warm plain] I liked hearing about {impressed}. I'd love to {joining}.",
      "[formal] I was struck by {impressed}. I would welcome the opportunity to {joining}.",
    ],
    that: [
      "I appreciated that {impressed}. I would very much like the job.",
      "I was impressed that {impressed}, and I hope to join you.",
      "[warm plain] I loved hearing that {impressed}. I'd really like the job.",
      "[formal] I was struck to learn that {impressed}. I would welcome the opportunity to work with you.",
      "I appreciated that {impressed}, and I would be glad to work with you.",
      "[warm plain] I loved hearing that {impressed}, and I'd really like to be part of your team.",
      "[formal] I was struck to learn that {impressed}, and I would welcome the chance to work with you.",
      "I appreciated that {impressed}. I would be glad to {joining}.",
      "[warm plain] I loved hearing that {impressed}. I'd really like to {joining}.",
      "[formal] I was struck to learn that {impressed}. I would welcome the opportunity to {joining}.",
    ],
    own: [
      "{impressed} I would very much like to be part of that.",
      "{impressed} I hope I get the chance to join you.",
      "[formal] {impressed} I would welcome the opportunity to work with you.",
      "{impressed} I would very much like to work with you.",
      "[warm plain] {impressed} I'd love to be part of your team.",
      "{impressed} I would very much like to {joining}.",
      "[formal] {impressed} I would welcome the opportunity to {joining}.",
    ],
  },
  /** What impressed the candidate, as the reason they want the job: one sentence, no stock line after. */
  impressedWhy: {
    about: [
      "What you said about {impressed} stayed with me, and I would be glad to join you.",
      "I was pleased to hear about {impressed}, and it made me keener on the job.",
      "[formal] I was particularly struck by {impressed}, and I would welcome the chance to work with you.",
      "It was good to hear about {impressed}, and I would very much like to work with you.",
      "[warm plain] I enjoyed hearing about {impressed}, and I'd be keen to join you.",
      "[warm plain] I liked what you told me about {impressed}, and I'd be glad to join you.",
      "I was pleased to hear about {impressed}, and I would be glad to {joining}.",
      "[warm plain] I enjoyed hearing about {impressed}, and I'd be keen to {joining}.",
      "[formal] I was particularly struck by {impressed}, and I would welcome the chance to {joining}.",
    ],
    // Seen or heard: "the shop is clean" was seen, so nothing here says "hear".
    that: [
      "I was glad that {impressed}; it is the kind of place I would like to work.",
      "[warm plain] I liked that {impressed}; it's the kind of place I'd like to work.",
      "[formal] I was pleased that {impressed}, and it is the kind of place I would like to work.",
      "[warm plain] I really liked that {impressed}, and I'd be glad to work with you.",
      "It was good to hear that {impressed}, and it made me want the job more.",
      "[formal] I was glad to learn that {impressed}, and I would welcome the chance to join you.",
      "It meant a lot to hear that {impressed}. I would be glad to be part of your team.",
      "[warm plain] It was good to hear that {impressed}, and I'd be glad to be part of your team.",
      "I was glad to know that {impressed}, and I hope to work with you.",
      "[warm plain] It stayed with me that {impressed}, and I'd be keen to work with you.",
      "[formal] The fact that {impressed} makes me keen to work with you.",
      "I liked that {impressed}, and I would be glad to {joining}.",
      "[warm plain] I really liked that {impressed}, and I'd love to {joining}.",
      "[formal] I was pleased that {impressed}, and I would welcome the chance to {joining}.",
    ],
  },
  /** What impressed the candidate, alone: interest and the next contact follow in one sentence. */
  impressedAlone: {
    about: [
      "I was impressed by {impressed}.",
      "[warm plain] I really liked what I heard about {impressed}.",
      "[formal] I was struck by {impressed}.",
    ],
    // Seen or heard: "the shop is clean" was seen, so nothing here says "hear".
    that: [
      "I was impressed that {impressed}.",
      "I appreciated that {impressed}.",
      "[warm plain] I really liked that {impressed}.",
      "[formal] I was struck that {impressed}.",
    ],
    own: ["{impressed}"],
  },
  /** Interest and when they will hear ("on Monday", "early next week"), in one sentence. */
  interestThenContact: [
    "I would very much like the job, and I look forward to hearing from you {contact}.",
    "[warm plain] I'd really like to be part of your team, and I'm looking forward to hearing from you {contact}.",
    "[formal] I would very much like to work with you, and I look forward to hearing from you {contact}.",
    "I hope to join your team, and I look forward to hearing from you {contact}.",
    "[warm plain] I'd love to work with you, and I'm looking forward to hearing from you {contact}.",
    "I would like the job very much, and I hope to hear from you {contact}.",
    "I would be glad to {joining}, and I look forward to hearing from you {contact}.",
    "[warm plain] I'd love to {joining}, and I'm looking forward to hearing from you {contact}.",
    "[formal] I would very much like to {joining}, and I look forward to hearing from you {contact}.",
  ],
  /** The same, with a deadline ("by Friday") said as what the candidate understands. */
  interestThenContactBy: [
    "I would be glad to join your team, and I look forward to hearing from you {contact}.",
    "[warm plain] I'd love to be part of your team, and I'm looking forward to hearing from you {contact}.",
    "[formal] I would welcome the chance to work with you, and I look forward to hearing from you {contact}.",
    "I would very much like to work with you, and I hope to hear from you {contact}.",
    "[warm plain] I'd love to work with you, and I hope we can talk again {contact}.",
    "[warm plain] I'd really like the job, and I'm looking forward to hearing from you {contact}.",
    "I would be glad to {joining}, and I look forward to hearing from you {contact}.",
    "[warm plain] I'd love to {joining}, and I'm looking forward to hearing from you {contact}.",
    "[formal] I would very much like to {joining}, and I look forward to hearing from you {contact}.",
  ],
  /** The same, when they said they would ring. */
  interestThenCall: [
    "I would very much like the job, and I look forward to your call {contact}.",
    "[warm plain] I'd really like the job, and I'll look out for your call {contact}.",
    "[formal] I would welcome the opportunity to work with you, and I look forward to speaking with you {contact}.",
    "I hope to be part of your team, and I look forward to your call {contact}.",
    "[warm plain] I'd love to work with you, and I'll look out for your call {contact}.",
    "I would be glad to {joining}, and I look forward to your call {contact}.",
    "[warm plain] I'd love to {joining}, and I'll look out for your call {contact}.",
    "[formal] I would welcome the opportunity to {joining}, and I look forward to speaking with you {contact}.",
  ],
  /** Interest; a phrasing naming the company is used only when the opening has not named it. */
  interest: [
    "I would be glad to {joining}.",
    "[warm plain] I'd love to {joining}.",
    "[formal] I would welcome the opportunity to {joining}.",
    "I would very much like the job.",
    "I came away keen on the job.",
    "Our conversation left me even keener on the role.",
    "[formal] I would welcome the opportunity to join you.",
    "[warm plain] I'd really like the job.",
    "[warm] I would love the chance to work alongside you.",
    "[formal] I remain very interested in the role.",
    "I would be glad to join your team.",
    "[warm plain] I'd love to be part of your team.",
    "[formal] I would welcome the chance to work with you.",
    "I hope I get the chance to work with you.",
    "[warm plain] I'd really like to work with you.",
  ],
  concern: {
    about: [
      "Since we spoke, I have thought more about {concern}.",
      "A word on {concern}, which came up when we spoke.",
      "[formal] I would like to return briefly to {concern}.",
      "[warm plain] Since we talked, I've been thinking about {concern}.",
    ],
    that: [
      "I know {concern}.",
      "[warm plain] I realise {concern}.",
      "[formal] I am aware that {concern}.",
    ],
    asked: [
      "I have thought more about your question on {concern}.",
      "[formal] I would like to add to my answer to your question about {concern}.",
    ],
    own: [
      "I wanted to come back to one point we discussed. {concern}",
      "I have thought more about something that came up. {concern}",
    ],
    quote: [
      "I have thought more about the question {concern}",
      "I wanted to come back to one question we discussed: {concern}",
    ],
  },
  /**
   * A gap of the candidate's, named by its topic, then the response in its own sentence: "I
   * wanted to come back to your question about my experience with crane work. I've done…". A
   * topic as a heading ("On crane work: …") reads as the notes pasted in.
   */
  concernOn: {
    /** The reader raised it. */
    asked: [
      "On {gap}, {responseOn}",
      "You asked about {topic}. {response}",
      "I wanted to come back to your question about {topic}. {response}",
      "[warm plain] I've thought more about your question on {topic}. {response}",
      "[formal] I would like to return briefly to your question about {topic}. {response}",
    ],
    /** Someone else on the panel did, or the notes do not say who. */
    about: [
      "On {gap}, {responseOn}",
      "I wanted to come back to the question of {topic}. {response}",
      "[warm plain] A word on {topic}, since it came up. {response}",
      "[formal] I would like to return briefly to the question of {topic}. {response}",
    ],
  },
  /** A concern the reader raised about the candidate, granted, then the response in one sentence. */
  // Owned, not told back: "You mentioned that I have no experience…" repeats the reader's doubt
  // to them.
  concernGranted: [
    "I know {concern}, but {response}",
    "[warm plain] I take the point that {concern}, but {response}",
    "[warm plain] It's true that {concern}, but {response}",
    "It is true that {concern}, but {response}",
    "[formal] I am aware that {concern}, but {response}",
  ],
  /** The same, before a response of more than one sentence. */
  concernGrantedAlone: [
    "I know {concern}.",
    "[warm plain] I take the point that {concern}.",
    "[warm plain] It's true that {concern}.",
    "It is true that {concern}.",
    "[formal] I am aware that {concern}.",
  ],
  /**
   * A mistake the reader pointed out, which the candidate's response grants ("You were right."):
   * thanks for the catch, then what they did about it.
   */
  concernPointedOut: [
    "Thank you for pointing out that {concern}.",
    "[warm plain] Thanks for catching that {concern}.",
    "[formal] I am grateful to you for pointing out that {concern}.",
  ],
  /** A concern the candidate owns, then their response, in one sentence: "I know …, but I …". */
  concernConceded: [
    "I know {concern}, but {response}",
    "[formal] I am aware that {concern}; {response}",
  ],
  question: {
    about: [
      "I have thought more about {question}.",
      "I wanted to come back to {question}.",
      "[warm plain] I've been thinking about {question} since we spoke.",
      "Since we spoke, I have thought further about {question}.",
      "[warm plain] I've gone back over {question}.",
      "[formal] I would like to add to my answer on {question}.",
    ],
    // A question typed as what happens ("parent asks me to give a med not on the MAR") is a
    // scenario put to the candidate.
    that: [
      "I wanted to add to my answer on what I would do if {question}.",
      "[warm plain] I've thought more about what I'd do if {question}.",
      "[formal] I would like to add to my answer on what I would do if {question}.",
    ],
    asked: [
      "Since we spoke, I have thought more about your question on {question}.",
      "I wanted to add to my answer to your question about {question}.",
      "[warm plain] I've been going over your question about {question}.",
      "[warm plain] I didn't do justice on the day to your question about {question}.",
      "[formal] I would like to add to my answer to your question about {question}.",
    ],
    own: [
      "I wanted to add to one of my answers. {question}",
      "One of my answers deserves more. {question}",
    ],
    quote: [
      "I have a better answer now to the question {question}",
      "I wanted to come back to the question {question}",
      "I have thought more about the question {question}",
    ],
  },
  /**
   * {question}: one the candidate answered badly in the room, as their notes say ("i froze on
   * the sq footage"): owned plainly, then answered.
   */
  questionFumbled: {
    about: [
      "When we spoke, I did not answer you well on {question}.",
      "Here is the answer I should have given on {question}.",
      "[warm plain] I didn't get {question} right on the day, so here it is properly.",
    ],
    asked: [
      "When you asked about {question}, I did not answer well.",
      "Here is the answer I should have given to your question about {question}.",
      "[warm plain] I didn't get it right on the day, so here is a better answer to your question about {question}.",
    ],
  },
  moreToFollow: [
    "I will send a fuller answer in a separate note.",
    "I can go into more detail in a separate note.",
    "[warm plain] I'll follow up with the details separately.",
  ],
  promisedLink: [
    "You can find {what} here:\n{url}",
    "Here is {what}:\n{url}",
    "As promised, you can find {what} here:\n{url}",
    "[warm plain] As I said I would, I've shared {what} here:\n{url}",
  ],
  promisedLinks: [
    "Here are the things I said I would share:\n{list}",
    "These are the materials we talked about:\n{list}",
    "The material I offered is below:\n{list}",
  ],
  /** {what}: material the candidate offered, attached to this message. */
  promisedAttached: [
    "I have attached {what}, as I said I would.",
    "As promised, I have attached {what}.",
    "[warm plain] I've attached {what}, as promised.",
    "[formal] I have attached {what}, as I offered to.",
  ],
  // What is sent ends the sentence: "…my brew log, with the water profile separately" would
  // seem to say the profile comes apart.
  promisedLater: [
    "Separately, I will send you {what}.",
    "I will follow up shortly with {what}.",
    "[warm plain] I'll follow up soon with {what}.",
  ],
  /** Said only to bring a note from sparse notes to a thank-you's length: nothing it cannot keep. */
  offer: [
    "If anything else from me would help, please let me know.",
    "[warm plain] Let me know if there's anything else you need from me.",
    "[formal] Please let me know if I can provide anything further.",
  ],
  /** {motive}: why the candidate wants the job, their own clause ("I want concert and workshop work"). */
  motive: [
    "{motive}, which is why I applied.",
    "{motive}, and that is why I applied.",
    "[warm plain] {motive}; that's why I applied.",
    "[formal] {motive}, which is what led me to apply.",
  ],
  /** After a point that says the team needs a person ("needs someone to own it"): the candidate offers. */
  beThatPerson: [
    "I would be glad to be that person.",
    "[warm plain] I'd love to be that person.",
    "[formal] I would welcome the chance to be that person.",
  ],
  /** A second offer, for a note from notes too sparse to reach its length with the first alone. */
  availability: [
    "I am glad to make time for a further conversation whenever it suits you.",
    "If it would help to talk again, I can always make time.",
    "[warm plain] I'm happy to talk again whenever suits you, by phone or in person.",
  ],
  /**
   * {advice}: what the reader advised, as the candidate will work on it ("wiping plates faster"),
   * a fault they found, owned ("I went to the obs too quickly"), or their advice in their words
   * ("to mix to the room, not to my chest").
   */
  adviceTaken: {
    about: [
      "Thank you for the feedback, too; I will work on {advice}.",
      "[warm plain] I appreciated your feedback, and I'll work on {advice}.",
      "[warm plain] Thanks as well for the honest feedback: I'm going to work on {advice}.",
      "[formal] I am grateful for your feedback, and I will work on {advice}.",
      "Your tip about {advice} was useful, and I am putting it into practice.",
      "[warm plain] I'm taking your advice about {advice} to heart.",
    ],
    // A fault the reader found, owned: "I went to the obs too quickly".
    that: [
      "Thank you for the honest feedback, too; I take your point that {advice}.",
      "[warm plain] I know {advice}, and I won't do it that way again.",
      "[formal] I am grateful for your feedback, and I accept that {advice}.",
      "[warm plain] Fair point that {advice}. I'd rather hear it now than later.",
      "I accept that {advice}, and I have thought about it since.",
      "[warm plain] I know {advice}; it's the part of the day I'd most like to do again.",
    ],
    // Advice in the reader's own words, as what was advised: "to mix to the room, not to my chest".
    quote: [
      "Thank you as well for the advice {advice}; I will remember it.",
      "[warm plain] I'll remember your advice {advice}.",
      "[formal] I am grateful for your advice {advice}, and I will keep it in mind.",
      "[warm plain] Thanks for the advice {advice}. I won't forget it.",
      "Your advice {advice} is one I will take with me.",
    ],
  },
  /** A fault owned, before the candidate's own words on what they should have done. */
  /** {advice}: a fault the reader caught that the candidate's notes call their mistake. */
  adviceMistake: {
    that: [
      "I know {advice}, and that was my mistake.",
      "[warm plain] I know {advice}. That one's on me.",
      "[formal] I recognise that {advice}, and I take responsibility for it.",
      "[warm plain] I'm aware that {advice}, and I won't make that mistake again.",
      "I am aware that {advice}; it was my mistake, and I have thought about it since.",
    ],
  },
  adviceRemedied: {
    that: [
      "You were right that {advice}.",
      "[warm plain] Fair point that {advice}.",
      "[formal] I accept your point that {advice}.",
      "[warm plain] You're right that {advice}.",
      "[warm plain] You were spot on that {advice}.",
    ],
  },
  /** {remedy}: what the reader said to do instead, an order ("pick a flat spot…"), now the candidate's. */
  adviceResolved: [
    "From now on I will {remedy}.",
    "[warm plain] From now on, I'll {remedy}.",
    "[warm plain] Next time I'll {remedy}.",
    "[formal] In future I will {remedy}.",
  ],
  /** {stage}: a try-out the interviewer said may come ("a trial shift", "a paid test project"). */
  tryOut: [
    "I would be glad to do {stage} if that would help.",
    "[warm plain] I'm happy to do {stage} whenever it suits you.",
    "[formal] I would be pleased to complete {stage} if that would help your decision.",
    "I would happily do {stage} at a time that suits you.",
  ],
  /** {stage}: the try-out that comes next ("the test task"). */
  tryOutNext: [
    "I look forward to {stage}.",
    "[warm plain] I'm looking forward to {stage}.",
    "[formal] I look forward to completing {stage}.",
  ],
  /** {stage}: a further round the interviewer named ("a second interview with the director of sales"). */
  // Hoped for, never assumed: the reader decides who goes on.
  nextRound: [
    "If {stage} would help your decision, I would be glad to come back.",
    "[warm plain] If {stage} would help, I'd be glad to come back in.",
    "[formal] Should {stage} help your decision, I would be glad to attend.",
  ],
  /** References the interviewer said they would take up. */
  references: [
    "I can send my referees' details whenever you need them.",
    "[warm plain] Just let me know when you'd like my references.",
    "[formal] I would be glad to provide references whenever you need them.",
  ],
  /** References the interviewer asked the candidate to send. */
  referencesAsked: [
    "As you asked, I will send my references separately.",
    "[warm plain] I'll send my references over separately, as you asked.",
    "[formal] As requested, I will send the details of my referees separately.",
  ],
  /** {others}: the panel members with no note of their own ("Dr Hutchison", "Paul and Mira"). */
  panelThanks: [
    "Please pass on my thanks to {others} as well.",
    "Please pass my thanks on to {others} too.",
    "[warm plain] Please thank {others} for me too.",
  ],
  /** {contact}: when the interviewer said the candidate would hear ("on Monday", "early next week"). */
  nextContact: [
    "I look forward to hearing from you {contact}.",
    "I hope to hear from you {contact}.",
    "[warm plain] I'll be glad to hear from you {contact}.",
    "[formal] I look forward to hearing from you {contact}, and I am glad to help with anything before then.",
    "[warm] I'll look forward to hearing from you {contact}.",
  ],
  /**
   * {contact} a deadline ("by the 27th", "within a week"): said as what the candidate understands,
   * never as a date the reader is held to.
   */
  nextContactBy: [
    // Short, as people close: a tail about keeping the phone handy reads as filler.
    "I understand I should hear {contact}.",
    "I know a decision is due {contact}, and I will make sure I am easy to reach.",
    "[warm plain] I'll look out for your news {contact}.",
    "[warm plain] I hope to hear from you {contact}.",
    "[formal] I understand I may expect to hear from you {contact}.",
  ],
  /** The same, when they said they would ring. */
  nextCall: [
    "I look forward to your call {contact}.",
    "[warm plain] I'll look out for your call {contact}.",
    "[formal] I look forward to speaking with you {contact}.",
  ],
  nextStepsSaid: {
    that: [
      "You mentioned that {next}; I look forward to hearing from you.",
      "I understand that {next}, and I look forward to hearing how things go.",
      "[warm plain] You said {next}; I look forward to hearing from you.",
      "[formal] I understand that {next}, and I look forward to hearing from you.",
    ],
    own: [
      "{next} I look forward to hearing from you.",
      "{next} I will be glad to hear how it goes.",
      "[formal] {next} I look forward to hearing from you.",
    ],
    about: [
      "I understand the next step is {next}.",
      "I look forward to {next}.",
      "[formal] I understand the next stage is {next}, and I look forward to it.",
    ],
  },
  // When they will hear, plainly: an offer of "anything else" reads as filler.
  nextStepsByDate: [
    "I understand a decision is expected by {decisionDate}, and I look forward to hearing from you.",
    "[warm plain] I know you hope to decide by {decisionDate}, and I'll look out for your news.",
    "[formal] I understand you expect to reach a decision by {decisionDate}, and I look forward to hearing from you.",
    "I look forward to hearing from you by {decisionDate}.",
    "[warm plain] I'll look out for your news by {decisionDate}.",
  ],
  nextSteps: [
    "I look forward to hearing about the next steps.",
    "I look forward to hearing from you.",
    "[warm plain] I hope to hear from you soon.",
    "[formal] I would be grateful to hear about the next steps when you are able to share them.",
  ],
} as const;

/** A card is copied out by hand: short sentences, no links, at most 120 words. */
export const THANK_YOU_CARD = {
  /** A card has no subject line: its thanks names the position. */
  openingThanks: [
    "Thank you for talking with me {when} about {roleAt}.",
    "Thank you for your time {when} and for the conversation about {roleAt}.",
    "[formal] Many thanks for the time you gave me {when} to discuss {roleAt}.",
    "[warm plain] Thank you for a lovely conversation {when} about {roleAt}.",
    "A short note to thank you for your time {when} and for telling me about the {position} role.",
    "[warm plain] Thanks so much for meeting me {when} to talk about the {position} job.",
  ],
  /** Interest; a phrasing naming the company is used only when the opening has not named it. */
  interest: [
    "I would be glad to {joining}.",
    "[warm plain] I'd love to {joining}.",
    "[formal] I would welcome the opportunity to {joining}.",
    "I would very much like the job.",
    "I am keener than ever on the role.",
    "[formal] I would welcome the opportunity to join you.",
    "[warm plain] I'd really like the job.",
    "[formal] I very much hope to work with you.",
    "I hope to have the chance to work with you.",
    "[warm plain] I'd love to be part of your team.",
    "[formal] I would welcome the chance to join your team.",
  ],
} as const;

export const THANK_YOU_LINKEDIN = {
  openingThanks: [
    "Thank you for talking with me {when} about {roleAt}.",
    "Thanks for your time {when} discussing {roleAt}.",
    "[formal] Thank you for the conversation {when} about {roleAt}.",
  ],
  openingThanksShort: [
    "Thank you for your time {when}.",
    "[warm plain] Thanks for talking with me {when}.",
    "Thank you for speaking with me {when}.",
  ],
  noPoint: ["I enjoyed learning more about the role.", "It was good to hear about the work."],
  stayConnected: [
    "I would be glad to stay connected.",
    "[warm plain] It would be great to keep in touch here.",
    "I hope we can stay in touch.",
    "[formal] I would welcome the chance to stay in touch.",
  ],
} as const;
