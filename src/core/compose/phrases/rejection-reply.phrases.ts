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
    "With thanks for the {position} process",
  ],
  newsThanks: [
    "Thank you for letting me know, and for the chance to interview for the {position} role.",
    "Thank you for the update, and for giving me the chance to meet the team and learn about the {position} role.",
    "I appreciate you letting me know, and I am grateful to have been considered for the {position} position.",
    "Thank you for letting me know about your decision, and for the opportunity to get to know the team at {company}.",
  ],
  newsThanksShort: [
    "Thank you for letting me know, and for the chance to interview.",
    "Thanks for the update and for the opportunity to interview.",
    "I appreciate you letting me know, and the chance to be considered.",
    "Thank you for the news and for your time throughout.",
  ],
  disappointment: [
    "While I am disappointed, I enjoyed the process and learned a great deal.",
    "I am naturally disappointed, but I valued every conversation along the way.",
    "Of course I hoped for a different outcome, but I am glad to have met the team.",
  ],
  point: [
    "I especially enjoyed our conversation about {point}.",
    "Our discussion of {point} is one I will remember.",
  ],
  feedback: [
    "If you have a moment, I would be grateful for any feedback on how I could strengthen my candidacy.",
    "Would you be willing to share any feedback on my interviews? I would value it.",
    "If you are able to share any feedback on where I could have been stronger, I would appreciate it.",
    "Any feedback you can share on my interviews would be very welcome, as I am always looking to improve.",
  ],
  feedbackShort: [
    "I would be grateful for any feedback you can share.",
    "Any feedback on my interviews would be very welcome.",
    "If you have a moment, I would value your feedback.",
    "Could you share any feedback on my interviews?",
  ],
  otherOpenings: [
    "I remain very interested in {company}, so please keep me in mind for other openings that might suit me.",
    "If another role opens up where my experience could help, I would love to be considered.",
    "I would welcome the chance to be considered for future openings at {company}.",
    "Please do keep me in mind if a similar role comes up in the future.",
  ],
  otherOpeningsFit: [
    "If a role that draws on {fit} opens up, I would love to be considered.",
    "Should another opening come up where {fit} would help, please keep me in mind.",
  ],
  otherOpeningsShort: [
    "Please keep me in mind for future openings at {company}.",
    "I would love to be considered for future roles.",
    "I hope to be considered if another role opens up.",
    "Do keep me in mind for other openings on the team.",
  ],
  close: [
    "Thank you again, and I wish you and the team all the best.",
    "Thanks again for your time and consideration throughout.",
    "I hope our paths cross again.",
  ],
} as const;
