/**
 * Phrasings for a message that answers a concern or an unanswered question at more length than
 * a thank-you note can, or sends the material the candidate promised. Questions and concerns are
 * framed by their form, as in the thank-you note.
 */
export const ADDITIONAL_INFO = {
  subject: [
    "More on our conversation about the {position} role",
    "Following up with more detail: {position}",
    "A fuller answer after our {position} interview",
    "Some more detail for the {position} role",
  ],
  subjectMaterial: [
    "The material I mentioned: {position} interview",
    "What I said I would send: {position}",
    "Following our {position} conversation",
  ],
  subjectShort: ["Following up on our conversation", "A little more detail after our interview"],
  opening: [
    "Thank you again for our conversation about the {position} role at {company}.",
    "I hope you are well, and thank you again for your time on {day}.",
    "[warm plain] Thanks again for talking with me about the {position} position.",
    "[formal] Further to our conversation about the {position} role at {company}, I wanted to follow up.",
  ],
  openingShort: [
    "Thanks again for our conversation.",
    "Thank you again for your time.",
    "[formal] Thank you again for speaking with me.",
    "[warm plain] Thanks again for your time the other day.",
  ],
  question: {
    about: [
      "I wanted to follow up with a fuller answer on {question}.",
      "Since we spoke, I have thought more carefully about {question}.",
      "I answered only part of it when we met, so here is more on {question}.",
      "I owe you a better answer on {question}.",
      "[formal] I would like to give a more complete answer on {question}.",
    ],
    that: [
      "I wanted to say more about the idea that {question}.",
      "I have thought further about whether {question}.",
    ],
    own: [
      "I wanted to say more about one of my answers. {question}",
      "One of my answers needed more. {question}",
    ],
    asked: [
      "I wanted to give a fuller answer to your question about {question}.",
      "Here is more on your question about {question}.",
      "[formal] I would like to answer your question about {question} more fully.",
    ],
    quote: [
      "I wanted to give a fuller answer to the question {question}",
      "I have a better answer now to the question {question}",
      "Here is more on the question {question}",
    ],
  },
  questionCompact: [
    "Here is a fuller answer to the question you asked.",
    "I wanted to give you a better answer to your question.",
    "I have a better answer now to the question you asked.",
  ],
  concernCompact: [
    "I wanted to say more about the concern you raised.",
    "Here is a fuller answer to the concern you raised.",
  ],
  concern: {
    about: [
      "I would also like to address {concern}.",
      "I wanted to come back to {concern}.",
      "[formal] I would like to answer the concern about {concern} more fully.",
      "Let me say more about {concern}.",
    ],
    that: [
      "I wanted to come back to the point that {concern}.",
      "I have been thinking about the concern that {concern}.",
      "[formal] I would like to address the concern that {concern}.",
    ],
    own: [
      "I wanted to come back to one point we discussed. {concern}",
      "There was one concern I wanted to answer properly. {concern}",
    ],
    asked: [
      "I wanted to come back to your question about {concern}.",
      "Here is more on your question about {concern}.",
    ],
    quote: [
      "I wanted to come back to the question {concern}",
      "Here is more on the question {concern}",
    ],
  },
  interest: [
    "I remain very interested in the role.",
    "I am still very keen on the chance to join {company}.",
    "[warm plain] I'm as keen on the role as ever.",
    "[formal] I remain very interested in the position.",
    "I would still love the chance to join your team.",
    "I remain very keen on the role, {name}, and I hope this helps.",
    "[formal] I remain very interested in the position, {name}.",
  ],
  close: [
    "Do let me know if any other questions come up.",
    "I am happy to go into more detail if that would be useful.",
    "[warm plain] Let me know if anything here raises more questions.",
    "I hope that helps.",
    "[formal] Please let me know if anything is unclear.",
  ],
  offer: [
    "If a short call would make any of this easier to follow, I would be glad to set one up.",
    "I would be happy to talk any of this through on a quick call if that suits you.",
    "If it would be useful, I can walk you through it in more detail on a call.",
  ],
} as const;
