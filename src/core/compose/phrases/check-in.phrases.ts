/**
 * Stay-in-touch phrasings: a reason to write now (the candidate's own sentence), no pressure to
 * reply, and an open door to future roles.
 */
export const CHECK_IN = {
  subjectShort: ["Checking in", "Keeping in touch"],
  subject: [
    "Checking in",
    "Keeping in touch",
    "A quick hello from {first}",
    "Checking in after our {position} conversation",
    "Staying in touch",
  ],
  opening: [
    "I hope things are going well at {company}.",
    "I hope you and the team at {company} are doing well.",
    "I hope the past few weeks have treated you well.",
    "I hope all is well with you and everyone at {company}.",
    "I hope the work at {company} is going well.",
  ],
  point: [
    "I still think back on our conversation about {point}.",
    "Our discussion of {point} has stayed with me.",
  ],
  noPressure: [
    "There is no need to reply; I simply wanted to stay in touch.",
    "No reply needed; I just wanted to keep in touch.",
    "Please don't feel you need to reply; this is simply a note to stay in touch.",
    "I am not expecting a reply, just keeping in touch.",
    "No need to write back; I just wanted to say hello.",
  ],
  futureRoles: [
    "If a role that suits my background opens up at {company}, I would be glad to hear about it.",
    "I remain interested in {company} and would welcome the chance to be considered for future roles.",
    "Should a suitable opening come up on your team, I would love to be considered.",
  ],
  close: [
    "Wishing you and the team continued success.",
    "All the best with everything you have underway.",
    "I hope the rest of your week goes well.",
  ],
} as const;
