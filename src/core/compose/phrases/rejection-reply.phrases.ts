/**
 * Phrasings for a gracious reply to a rejection: thanks for the news and the chance, a request
 * for feedback, and interest in other or future openings.
 */
export const REJECTION_REPLY = {
  subjectShort: ["Thank you for letting me know", "Thank you for the update"],
  subject: [
    "Thank you for letting me know",
    "Thank you for the update",
    "Thank you for the update on the {position} role",
    "Thank you for considering me",
    "The {position} role: thank you",
  ],
  newsThanks: [
    "Thank you for letting me know, and for the chance to interview for the {position} role.",
    "I appreciate you letting me know, and I am grateful to have been considered for the {position} position.",
    "Thank you for telling me about your decision, and for the chance to get to know the work at {company}.",
    "[warm plain] Thanks for letting me know, and for the chance to talk about the {position} role.",
    "[formal] Thank you for informing me of your decision, and for the opportunity to be considered for the {position} position at {company}.",
    "Thank you for the update on the {position} role, and for the chance to apply.",
  ],
  newsThanksShort: [
    "Thank you for letting me know, and for the chance to interview.",
    "Thanks for the update and for the opportunity to interview.",
    "I appreciate you letting me know, and the chance to be considered.",
    "Thank you for the news and for your time throughout.",
  ],
  disappointment: [
    "While I am disappointed, I learned a great deal from the process.",
    "I am naturally disappointed, but I valued our conversations.",
    "Of course I hoped for a different outcome, but I am glad I applied.",
    "[warm plain] It's not the news I hoped for, but I enjoyed getting to know the role.",
  ],
  point: {
    about: [
      "I especially enjoyed our conversation about {point}.",
      "I enjoyed our discussion of {point}.",
      "[warm plain] I'll remember our talk about {point}.",
    ],
    that: ["I will remember hearing that {point}.", "It stayed with me that {point}."],
  },
  feedback: [
    "If you have a moment, I would be grateful for any feedback on how I could strengthen my candidacy.",
    "Would you be willing to share any feedback on my interviews? I would value it.",
    "If you can share any feedback on where I could have been stronger, I would appreciate it.",
    "Any feedback you can share would be very welcome, as I am always looking to improve.",
    "[formal] I would be most grateful for any feedback you are able to give.",
    "[warm plain] If you have a minute, I'd really value a few words of feedback.",
    "I would be grateful for any feedback on what would have made my application stronger.",
    "I would value any feedback on my interviews for the {position} role, if you have time.",
    "[warm plain] If you have any feedback on my {position} interviews, I'd be glad to hear it.",
    "[formal] Any feedback on my candidacy for the {position} position would be most welcome.",
  ],
  feedbackShort: [
    "I would be grateful for any feedback you can share.",
    "Any feedback on my interviews would be very welcome.",
    "If you have a moment, I would value your feedback.",
    "Could you share any feedback on my interviews?",
    "Any feedback on my {position} interviews would help me.",
    "[warm plain] I'd value a little feedback on my {position} interviews.",
  ],
  otherOpenings: [
    "I remain very interested in {company}, so please keep me in mind for other openings that might suit me.",
    "If a future role opens up where my experience could help, I would love to be considered.",
    "I would welcome the chance to be considered for future openings at {company}.",
    "Please do keep me in mind if a similar role comes up in future.",
    "[warm plain] If another role comes up at {company} in future, please keep me in mind.",
    "I would be glad to be considered for other roles at {company} where my background fits.",
    "[formal] Should a suitable role arise at {company} in future, I would be pleased to be considered.",
    "I would still love to work with you, so please keep me in mind if anything else comes up.",
    "[warm plain] If anything suitable opens up later, I'd love to be considered.",
    "[formal] I would be glad to be considered for any future opening on your team.",
    "Please keep me in mind should another role open up on your team.",
  ],
  /** {chosen}: whom they chose, as the notes say ("someone with more CAT experience"). */
  chosen: [
    "I understand the decision to go with {chosen}.",
    "[warm plain] I can see why you went with {chosen}.",
    "[formal] I understand the decision to appoint {chosen}.",
  ],
  /** {chosen} with {because}: what they have that the choice answers ("three gilded windows booked"). */
  chosenBecause: [
    "With {because}, I understand the decision to go with {chosen}.",
    "[warm plain] With {because}, I can see why you went with {chosen}.",
    "[formal] With {because}, I understand the decision to appoint {chosen}.",
  ],
  /** {praise}: their kind words, said to them ("my cold call was the best you heard all week"). */
  praise: [
    "It meant a lot to hear that {praise}.",
    "[warm plain] It was good to hear that {praise}.",
    "[formal] I was glad to hear that {praise}.",
  ],
  /** {advised}: advice they gave, taken up ("keep practicing the downstrokes"). */
  adviceTaken: [
    "I will {advised}, as you suggested.",
    "[warm plain] I'll {advised}, like you said.",
    "[formal] I intend to {advised}, as you advised.",
  ],
  /** The feedback they offered, taken up. */
  /** {on}: what their feedback was on ("the UIF cap"), taken to heart. */
  feedbackOn: [
    "Thank you, too, for the feedback on {on}; I have gone back over it since.",
    "[warm plain] Thanks for the feedback on {on}, too. I've gone back over it since.",
    "[formal] I am grateful for your feedback on {on}, and I have since revisited it.",
  ],
  feedbackTakenUp: [
    "I would like to take you up on your offer of feedback, whenever it suits you.",
    "[warm plain] I'd love to take you up on the offer of feedback, whenever it suits you.",
    "[formal] I would be grateful to take up your kind offer of feedback at a convenient time.",
  ],
  /** {opening}: an opening they named ("the March intake", "the urban projects team"). */
  /** {place}: a place they offered now ("your casual pool"), accepted. */
  placeAccepted: [
    "I would be glad to join {place}, so please count me in.",
    "[warm plain] Yes, please: I'd love to join {place}.",
    "[formal] I would be pleased to accept a place on {place}.",
    "I would very much like to join {place}; please let me know what you need from me.",
  ],
  /** {work}: work they offered now ("do weekend lockout calls part time"), taken up. */
  /** {who}: someone the reader offered to introduce the candidate to ("the manager at an estate…"). */
  introductionAccepted: [
    "I would be very grateful for the introduction to {who} you offered.",
    "[warm plain] Thank you for offering to put me in touch with {who}; I'd be really glad of that.",
    "[formal] I would gratefully accept your kind offer of an introduction to {who}.",
  ],
  workAccepted: [
    "Thank you for the offer: I would be glad to {work}.",
    "[warm plain] I'd be happy to {work}, so please count me in.",
    "[formal] I would be pleased to {work}, as you offered.",
  ],
  opening: [
    "I would be very glad to be considered for {opening}.",
    "[warm plain] I'd love to be considered for {opening}.",
    "[formal] I would welcome being considered for {opening}.",
  ],
  /** {when}: when they expect to hire again ("in spring"). */
  hiringAgain: [
    "I would love to be considered when you hire again {when}.",
    "[warm plain] I'd love to hear from you when you're hiring again {when}.",
    "[formal] I would be glad to be considered when you next recruit, {when}.",
  ],
  /** {kept}: when they may call on the candidate, having kept their details ("when you add a second van"). */
  detailsKept: [
    "Thank you for keeping my details; I would love to hear from you {kept}.",
    "[warm plain] Thanks for keeping my details, and I'd love to hear from you {kept}.",
    "[formal] Thank you for keeping my details on file; I would be glad to hear from you {kept}.",
  ],
  /** {touch}: when they asked the candidate to write again ("once my registration comes through"). */
  touchAgain: [
    "I will be back in touch {touch}, as you asked.",
    "[warm plain] I'll drop you a line {touch}, as you asked.",
  ],
  otherOpeningsFit: [
    "If a future role that draws on {fit} opens up, I would love to be considered.",
    "Should another opening come up where {fit} would help, please keep me in mind.",
  ],
  otherOpeningsShort: [
    "Please keep me in mind for future openings at {company}.",
    "I would love to be considered for future roles.",
    "I hope to be considered if another role opens up.",
    "Do keep me in mind for other openings.",
    "Do keep me in mind for other roles at {company}.",
    "[formal] I would be glad to be considered for future roles at {company}.",
  ],
  close: [
    "I wish you all the best.",
    "Thanks again for your time and consideration throughout.",
    "[formal] I am grateful for the time you gave me.",
  ],
  /** {now}: a fault found on the day, as what the candidate does now; {task}: where it was found. */
  lessonKept: [
    "I have taken the feedback from {task} to heart: {now}.",
    "[warm plain] I've taken the feedback from {task} to heart, and {now}.",
    "[formal] I have acted on the feedback from {task}: {now}.",
  ],
} as const;
