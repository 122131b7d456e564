/**
 * Stay-in-touch phrasings: a reason to write now (the candidate's own sentence), no pressure to
 * reply, and an open door to future roles. Nothing here claims a reason the candidate did not
 * give.
 */
export const CHECK_IN = {
  subjectShort: ["Checking in", "Keeping in touch"],
  subject: [
    "Checking in about the {position} role",
    "Keeping in touch after our {position} conversation",
    "Checking in after our {position} conversation",
    "Touching base about the {position} role",
  ],
  opening: [
    "I hope things are going well at {company}.",
    "I hope you and your colleagues at {company} are doing well.",
    "I hope the past few weeks have treated you well.",
    "[warm plain] I hope all is good with you.",
    "[formal] I hope you are keeping well.",
    "I hope the work at {company} is going well.",
  ],
  reasonAbout: [
    "I wanted to write about {reason}.",
    "[warm plain] I've been meaning to write about {reason}.",
    "[formal] I am writing about {reason}.",
  ],
  point: {
    about: [
      "It made me think of our talk about {point}.",
      "It brought to mind what we discussed about {point}.",
      "[formal] It reminded me of our discussion of {point}.",
    ],
    that: ["It reminded me that {point}.", "[warm plain] It brought to mind that {point}."],
  },
  /** {point}: a point of the interview the reason is not about, recalled and no more. */
  pointRecalled: {
    about: [
      "I enjoyed our conversation about {point} when we met.",
      "[warm plain] I really enjoyed talking about {point} when we met.",
      "[formal] I valued our discussion of {point}.",
    ],
    that: ["I was glad to hear that {point}.", "[formal] I was interested to learn that {point}."],
  },
  noPressure: [
    "There is no rush to reply; I simply wanted to stay in touch.",
    "[warm plain] No rush at all on a reply; I just wanted to keep in touch.",
    "[warm plain] Please don't feel obliged to write back.",
    "I am not expecting a reply, just keeping in touch.",
    "[warm plain] There's no hurry on a reply; I just wanted to say hello.",
    "[formal] Please do not feel obliged to write back.",
    "There is no hurry on a reply; I know how full the diary gets.",
  ],
  /** The reader asked the candidate to write again: interest, and a reply welcome. */
  invited: [
    "I am still keen to join {company}, and I would be glad to talk whenever it suits you.",
    "[warm plain] I'd love to be part of the team if there's a place for me, and I'm happy to talk whenever suits you.",
    "[formal] I remain very interested in joining {company} and would welcome a conversation at your convenience.",
  ],
  futureRoles: [
    "If a role that suits my background opens at {company}, I would be glad to hear about it.",
    "I remain interested in {company} and would welcome the chance to be considered for future roles.",
    "Should a suitable opening come up on your team, I would love to be considered.",
    "[warm plain] I'd still love to work with you one day, if the right role comes up.",
  ],
  /** Written while they are still deciding: interest in this role, not in roles to come. */
  stillInterested: [
    "I remain very interested in the {position} role.",
    "[warm plain] I'm still very keen on the {position} role.",
    "[formal] I remain keen to be considered for the {position} position.",
  ],
  close: [
    "All the best to you and the team.",
    "I hope the season is treating you well.",
    "I hope the rest of your week goes well.",
    "[warm plain] Hope the rest of the month goes well.",
  ],
  /** {now}: a fault found on the day, as what the candidate does now; {task}: where it was found. */
  lessonKept: [
    "What I got wrong in {task} has stuck with me: {now}.",
    "[warm plain] I haven't forgotten {task}, and {now}.",
    "[formal] Since {task}, {now}.",
  ],
} as const;
