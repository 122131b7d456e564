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
    "I appreciated our conversation.",
    "Thanks for your time during my interview.",
  ],
  question: [
    "I wanted to follow up with a fuller answer on {question}.",
    "Since our conversation, I have thought more carefully about {question}.",
    "I would like to return to a question I answered only in part: {question}.",
    "I owe you a better answer on {question}.",
    "Here is the fuller answer I wanted to give on {question}.",
    "After some thought, I can answer {question} more completely.",
  ],
  concern: [
    "I would also like to address {concern}.",
    "You may recall that we touched on {concern}.",
    "I wanted to come back to {concern}.",
    "I have been thinking about {concern}.",
    "Let me say a little more about {concern}.",
  ],
  promisedAttached: ["I have attached {what}, as promised.", "As promised, {what} is attached."],
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
    "I hope this fills in the picture.",
  ],
} as const;
