/**
 * Phrasings for a message that answers a concern or an unanswered question at more length than
 * a thank-you note can, or sends the material the candidate promised.
 */
export const ADDITIONAL_INFO = {
  subject: [
    "More on our conversation about the {position} role",
    "Following up with more detail: {position}",
    "A fuller answer after our {position} interview",
  ],
  subjectMaterial: [
    "The material I promised: {position} interview",
    "As promised, after our {position} conversation",
  ],
  subjectShort: ["Following up on our conversation", "A little more detail after our interview"],
  opening: [
    "Thank you again for our conversation about the {position} role at {company}.",
    "I hope you are well, and thank you again for your time on {day}.",
    "Thanks again for speaking with me about the {position} position.",
  ],
  openingShort: [
    "Thanks again for our conversation.",
    "Thank you again for your time.",
    "Thanks for your time during my interview.",
    "Thank you again for speaking with me.",
  ],
  question: [
    "I wanted to follow up with a fuller answer to {question}.",
    "Since our conversation, I have thought more carefully about {question}.",
    "I answered only part of it when we met, so here is more on {question}.",
    "I owe you a better answer to {question}.",
    "Here is the fuller answer I wanted to give to {question}.",
    "After some thought, I can answer {question} more completely.",
  ],
  questionCompact: [
    "Here is a fuller answer to the question you asked.",
    "I wanted to give you a better answer to your question.",
    "I have a better answer now to the question you asked.",
  ],
  concernCompact: [
    "I wanted to say more about the concern you raised.",
    "Here is a fuller answer to the concern you raised.",
  ],
  concern: [
    "I would also like to address the concern about {concern}.",
    "You may recall we discussed {concern}.",
    "I wanted to come back to the question of {concern}.",
    "I have been thinking about the concern we discussed: {concern}.",
    "Let me answer the concern about {concern} more fully.",
  ],
  promisedAttached: ["I have attached {what}, as promised.", "As promised, I am attaching {what}."],
  interest: [
    "I remain very interested in the role.",
    "I am still very excited about the chance to join {company}.",
    "Our conversation has only deepened my interest in the role.",
    "I am as keen on the role as ever.",
    "I would still love the chance to join your team.",
  ],
  close: [
    "Do let me know if any other questions come up.",
    "I am happy to go into more detail if that would be useful.",
    "Thank you again for your time.",
    "Thanks for taking the time to read this.",
    "I hope that helps.",
  ],
  offer: [
    "If a short call would make any of this easier to follow, I would be glad to set one up.",
    "I would be happy to talk any of this through on a quick call if that suits you.",
    "If it would be useful, I can walk you through it in more detail on a call.",
  ],
} as const;
