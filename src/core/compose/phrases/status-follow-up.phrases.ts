/**
 * Status follow-up phrasings: a polite look back at the interview and its date, renewed
 * interest, a question about the timeline, and an offer to send anything else. Placeholders as
 * in the thank-you note, plus {day} (the interview's weekday and date), {interviewKind} and
 * {next} (the next steps as the interviewer described them, said back to them).
 */
export const STATUS_FOLLOW_UP = {
  subject: [
    "Following up on the {position} role",
    "Checking in about the {position} position",
    "Following up on my interview with {company}",
    "{position} interview: following up",
    "The {position} role at {company}",
    "A quick follow-up on the {position} role",
  ],
  subjectAgain: [
    "Following up again on the {position} role",
    "One more note about the {position} position",
    "Checking in again about the {position} role",
  ],
  subjectShort: [
    "Following up on my interview",
    "Checking in after my interview",
    "A quick follow-up",
  ],
  wellWishes: [
    "I hope you are well.",
    "I hope your week is going well.",
    "[warm plain] I hope things are good on your side.",
    "[formal] I hope this finds you well.",
    "[warm plain] I hope all is well with you.",
  ],
  reference: [
    "I am writing to follow up on my {interviewKind} for the {position} role on {day}.",
    "I wanted to follow up on our conversation on {day} about the {position} role at {company}.",
    "We spoke on {day} about the {position} role at {company}, and I wanted to check in.",
    "[warm plain] I'm checking in after our conversation on {day} about the {position} role at {company}.",
    "[formal] I am following up on my {interviewKind} on {day} for the {position} position at {company}.",
    "It has been a little while since our conversation on {day} about the {position} role, so I thought I would check in.",
    "I wanted to pick up where we left off on {day}, when we talked about the {position} role at {company}.",
  ],
  referenceAgain: [
    "I wanted to follow up once more on the {position} role, after our conversation on {day}.",
    "I am writing again about the {position} position and our conversation on {day}.",
    "[warm plain] I hope you don't mind one more note about the {position} role, after we spoke on {day}.",
    "[formal] Please forgive a second note about the {position} position, following our interview on {day}.",
  ],
  referenceShort: [
    "I wanted to follow up on our conversation on {day}.",
    "I am following up on my interview on {day}.",
    "[warm plain] I'm checking in after we spoke on {day}.",
  ],
  point: {
    about: [
      // Claimed thought since ("I have kept thinking about…") is what nothing in the notes shows.
      "It was good to talk with you about {point}.",
      "I enjoyed our conversation about {point}.",
      "[formal] I valued our discussion of {point}.",
      "[warm plain] I really enjoyed talking about {point}.",
    ],
    // A fact the reader told ("the site is Kloofview Mall") is not something to keep thinking
    // about: a follow-up names a topic, or nothing.
    /** What they did for the candidate ("letting me do the trial shift"), thanked for again. */
    thanks: [
      "Thank you again for {point}.",
      "[warm plain] Thanks again for {point}.",
      "[formal] I remain grateful for {point}.",
    ],
  },
  interest: [
    "I remain very interested in the role and in joining {company}.",
    "My interest in joining {company} has only grown since we spoke.",
    "I am still very interested in working with your team.",
    "[warm plain] I'd still love to join the team at {company}.",
    "[formal] I continue to be very interested in the position.",
    "I would still love to join your team.",
    "I am still keen to join {company}.",
    "[warm plain] I'm still very keen on the role.",
    "I remain keen to work with you.",
    "[formal] My interest in working with you is undiminished.",
    "[warm plain] I'd still love to join you.",
  ],
  interestShort: [
    "I remain very interested in the role.",
    "I am still very keen on the role.",
    "My interest in the role is as strong as ever.",
    "[warm plain] I'd still love to join the team.",
    "[warm plain] I'm still very keen on the {position} role.",
    "[warm plain] I'd still love to join {company}.",
    "[formal] I remain very interested in the {position} position.",
  ],
  updateLead: [
    "I also have a brief update.",
    "There is one piece of news from my side.",
    "[warm plain] A quick update from me as well.",
    "[formal] I would also like to share a brief update.",
  ],
  timelineSaid: [
    "You mentioned that {next}; is there any update on the decision?",
    "When we spoke, you said {next}. Could you tell me where things stand?",
    "[formal] I understand that {next}; could you tell me where the process stands?",
    "[warm plain] You mentioned {next}, so I wanted to ask: is there any news on the decision?",
  ],
  timelineByDate: [
    "I understand you hoped to decide by {decisionDate}; could you share where things stand?",
    "As a decision was expected around {decisionDate}, could you let me know how the process is going?",
    "[formal] Given that a decision was expected by {decisionDate}, I would be grateful for any news on the timeline.",
    "Since you planned to decide by {decisionDate}, is there any news on the timeline?",
  ],
  timeline: [
    "Could you share where things stand, or what the timeline looks like from here?",
    "Is there any update you can share on the timeline?",
    "[formal] Would you be able to tell me where the process stands and what the next steps might be?",
    "When you have a moment, could you let me know how the decision is going?",
    "[warm plain] Do you have a sense of when you'll reach a decision?",
    "Is there a rough timeline you can share for the next step?",
    "Could you tell me where things stand with the {position} role?",
    "Is there an update on the {position} role you can share?",
  ],
  timelineShort: [
    "Could you share where things stand?",
    "Is there any news on the timeline?",
    "Do you have an update on the next steps?",
    "Could you let me know how the process is going?",
    "Is there a timeline you can share?",
    "Is there any update on the {position} role?",
    "Could you share where things stand with the {position} role?",
  ],
  offer: [
    "If anything else from me would help, I would be glad to send it.",
    "Please let me know if further information from me would be useful.",
    "I am happy to share anything else that would help your decision.",
    "If it would help to talk again or to see more of my work, I would be glad to arrange it.",
    "[warm plain] If there's anything else you need from me, just say.",
    "[formal] Should you need any further information, I would be pleased to provide it.",
    "If {company} needs anything else from me, I would be glad to send it.",
    "If anything else from me would help with the {position} role, please let me know.",
    "[warm plain] If you need anything else from me for the {position} role, just let me know.",
  ],
  offerShort: [
    "I would be glad to send anything else you need.",
    "Happy to provide anything else that would help.",
    "Let me know if more from me would help.",
    "I can share anything else that would be useful.",
    "Happy to send anything else {company} needs.",
    "Let me know if you need anything more from me for the {position} role.",
  ],
  patience: [
    "I understand these decisions take time.",
    "I know decisions like this can take a while.",
    "[formal] I appreciate that a decision of this kind takes time.",
  ],
  close: [
    "I appreciate your help with my application.",
    "I look forward to hearing from you.",
    "[warm plain] Thanks for your help with this.",
    "[formal] Thank you for considering my application.",
    "I appreciate your time.",
    "If the role has been filled, I would still be grateful to know.",
    "[warm plain] If you've already filled it, no problem; I'd just appreciate knowing.",
  ],
  /** {advice}: advice the interviewer gave, as an activity ("knowing the muster list by heart"). */
  adviceKept: [
    "Your advice about {advice} has stayed with me.",
    "[warm plain] I haven't forgotten your advice about {advice}.",
    "[formal] I have taken to heart your advice about {advice}.",
  ],
  /** {now}: a fault found on the day, as what the candidate does now; {task}: where it was found. */
  lessonKept: [
    "Since {task}, {now}.",
    "[warm plain] I've kept what {task} taught me: {now}.",
    "[formal] I have acted on what {task} showed me: {now}.",
  ],
} as const;
