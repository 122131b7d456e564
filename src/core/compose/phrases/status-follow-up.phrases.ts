/**
 * Status follow-up phrasings: a polite look back at the interview and its date, renewed
 * interest, a question about the timeline, and an offer to send anything else. Placeholders as
 * in the thank-you note, plus {day} (the interview's weekday and date) and {interviewKind}.
 */
export const STATUS_FOLLOW_UP = {
  subject: [
    "Following up on the {position} role",
    "Checking in about the {position} position",
    "Following up on my interview with {company}",
    "{position} interview: following up",
  ],
  subjectAgain: [
    "Following up again on the {position} role",
    "One more check-in about the {position} position",
    "Checking in again about the {position} role",
  ],
  subjectShort: ["Following up on my interview", "Checking in after my interview"],
  wellWishes: [
    "I hope you are well.",
    "I hope your week is going well.",
    "I hope all is well with you and the team.",
  ],
  reference: [
    "I am writing to follow up on my {interviewKind} for the {position} role on {day}.",
    "I wanted to follow up on our conversation on {day} about the {position} role at {company}.",
    "Thank you again for meeting with me on {day} to talk about the {position} position.",
    "It was a pleasure to speak with you on {day} about the {position} role, and I wanted to check in.",
    "I am following up on my {interviewKind} on {day} for the {position} role at {company}.",
  ],
  referenceAgain: [
    "I wanted to follow up once more on the {position} role, after our conversation on {day}.",
    "I am writing again about the {position} position we discussed on {day}.",
    "I hope you don't mind one more note about the {position} role we talked about on {day}.",
  ],
  referenceShort: [
    "I wanted to follow up on our conversation on {day}.",
    "I am following up on my interview on {day}.",
    "I am checking in after our interview on {day}.",
  ],
  point: [
    "Our discussion of {point} is still very much on my mind.",
    "I have kept thinking about our conversation on {point}.",
    "I still think back to our conversation about {point}.",
  ],
  interest: [
    "I remain very interested in the role and in joining {company}.",
    "My interest in joining {company} has only grown since we spoke.",
    "I am still very enthusiastic about the chance to work with your team.",
    "I continue to be excited about the role and the work at {company}.",
  ],
  interestShort: [
    "I remain very interested in the role.",
    "I am still very keen on the role.",
    "My interest in the role is as strong as ever.",
    "The role is still very much where I hope to go next.",
    "I would still love to join the team.",
  ],
  updateLead: [
    "I also have a brief update to share.",
    "There is one piece of news from my side.",
    "I wanted to pass on a quick update as well.",
  ],
  timelineByDate: [
    "I understand the team hoped to decide by {decisionDate}; could you share where things stand?",
    "As a decision was expected around {decisionDate}, could you let me know where the process stands?",
    "Since the team planned to decide by {decisionDate}, is there any news you can share on the timeline?",
  ],
  timeline: [
    "Could you share where things stand with the process, or what the timeline looks like from here?",
    "Is there any update you can share on the timeline or the next steps?",
    "Would you be able to tell me where the process stands and what the next steps might be?",
    "When you have a moment, could you let me know how the decision is progressing?",
  ],
  timelineShort: [
    "Could you share where things stand?",
    "Is there any news on the timeline?",
    "Do you have an update on the next steps?",
    "Could you let me know how the process is going?",
    "Is there a timeline you can share?",
  ],
  offer: [
    "If there is anything else I can provide, such as references or work samples, I would be glad to send it.",
    "Please let me know if any further information from me would be helpful.",
    "I am happy to share anything else that would help your decision.",
    "If it would help to talk again or to see more of my work, I would be glad to arrange it.",
  ],
  offerShort: [
    "I would be glad to send anything else you need.",
    "Happy to provide anything else that would help.",
    "Let me know if more from me would help.",
    "I can share anything else that would be useful.",
  ],
  patience: [
    "I understand these decisions take time.",
    "I know decisions like this can take a while, and I appreciate your patience with my note.",
  ],
  close: [
    "Thank you for your time and consideration.",
    "Thank you again, and I look forward to hearing from you.",
    "Thanks again for your help.",
    "I appreciate your time and hope to hear from you soon.",
  ],
} as const;
