/**
 * Thank-you note phrasings, one list per slot. Placeholders: {name}, {position}, {company},
 * {point} (a point this reader discussed, or one discussed with everyone), {point2}, {shared},
 * {fit}, {impressed}, {concern}, {question}, {what}, {url}, {decisionDate}, {candidate},
 * {first}. A phrase from the record always reads after words such as "about" or "on", and
 * never opens a sentence, so it never needs a capital it does not have.
 */
export const THANK_YOU_EMAIL = {
  subject: [
    "Thank you for the conversation about the {position} role",
    "Thank you: {position} interview",
    "With thanks after our {position} conversation",
    "With thanks: {position} at {company}",
    "Thanks from {candidate}: {position} interview",
  ],
  subjectShort: [
    "Thank you for your time",
    "Thank you for the conversation",
    "With thanks from {candidate}",
  ],
  openingThanks: [
    "Thank you for your time, and for walking me through the {position} role at {company}.",
    "Thank you for your time and for a thoughtful conversation about the {position} role at {company}.",
    "I valued the chance to talk with you about the {position} role at {company}, and I am grateful for the time you gave me.",
    "Many thanks for making time in your week to talk through the {position} role at {company}.",
    "Thank you for the time you spent with me during my interview for the {position} role at {company}.",
    "I am grateful for the time you took to discuss the {position} role at {company} with me.",
  ],
  point: [
    "I especially enjoyed our conversation about {point}.",
    "The part of our discussion I keep returning to is {point}.",
    "I particularly valued the time we spent on {point}.",
    "It was a pleasure to hear your thinking on {point}.",
    "I came away with plenty to think about after we discussed {point}.",
    "Hearing your perspective on {point} was a highlight of the day for me.",
  ],
  secondPoint: [
    "I also appreciated hearing more about {point2}.",
    "I was glad we also found time for {point2}.",
    "Our exchange about {point2} was just as valuable to me.",
    "I also left with a clearer picture of {point2}.",
    "It was helpful, too, to go through {point2} together.",
  ],
  sharedPoint: [
    "It was also useful to learn about {shared}.",
    "I was glad to hear about {shared} as well.",
    "Learning about {shared} helped me picture the day-to-day work.",
    "Hearing about {shared} rounded out the picture for me.",
  ],
  noPoint: [
    "I enjoyed our conversation and getting a sense of how the team works.",
    "It was good to hear how you and the team approach the work.",
    "I came away with a much clearer picture of the role and the team.",
  ],
  fit: [
    "With {fit}, I am confident I could contribute to the team's work from early on.",
    "I believe my background, especially {fit}, would let me make a real contribution to your team.",
    "Given {fit}, I expect I could get up to speed quickly and add value early.",
    "With {fit}, I think I could make a difference on the problems we talked through.",
    "I think {fit} would serve me well in this role.",
  ],
  interestImpressed: [
    "I was struck by {impressed}, and it made me even more eager to join {company}.",
    "I left impressed by {impressed}, which has only strengthened my interest in the role.",
    "Learning about {impressed} made me all the more excited about the chance to join {company}.",
    "Hearing about {impressed} confirmed how much I would like to join {company}.",
  ],
  interest: [
    "Our conversation left me even more enthusiastic about joining {company}.",
    "I am very interested in this role and would be glad to bring my experience to your team.",
    "I came away more excited than ever about the chance to work at {company}.",
    "This role matches what I want to do next, and I would be delighted to join your team.",
    "The more I learn about {company}, the more I would like to be part of it.",
  ],
  concern: [
    "I also wanted to come back to the concern about {concern}.",
    "I would like to return briefly to the question of {concern}.",
    "I wanted to add a word about {concern}, which we discussed.",
  ],
  question: [
    "I have thought further about {question}.",
    "I could have answered {question} better on the day.",
    "I wanted to say a little more about {question}.",
  ],
  moreToFollow: [
    "I will send a fuller answer in a separate note.",
    "I am happy to go into more detail in a separate note.",
  ],
  promisedLink: [
    "As promised, here is a link to {what}:\n{url}",
    "I mentioned I would share {what}; the link is below:\n{url}",
    "You can find {what} at the link below, as I promised:\n{url}",
  ],
  promisedLinks: [
    "As promised, here are the materials I mentioned:\n{list}",
    "Here are the materials I said I would share:\n{list}",
  ],
  promisedLater: [
    "I will send {what} separately, as promised.",
    "As promised, I will follow up shortly with {what}.",
  ],
  offer: [
    "If references or examples of my work would help, I would be happy to send them.",
    "I would be glad to share references or samples of my recent work if they would be useful.",
    "If it would help, I can send references or a few examples of my work.",
  ],
  nextStepsByDate: [
    "I understand a decision is expected by {decisionDate}; is there anything else I can send you before then?",
    "With a decision expected by {decisionDate}, is there anything more I can share in the meantime?",
    "I know the team hopes to decide by {decisionDate}; would anything else from me be helpful before then?",
  ],
  nextStepsDescribed: [
    "Is there anything else I can provide as the process moves to its next steps?",
    "As you work through the next steps, is there anything more you would like from me?",
  ],
  nextSteps: [
    "Could you let me know what the next steps in the process will be?",
    "When you have a moment, could you share what the next stage of the process looks like?",
    "What would the next steps look like from here?",
    "Could you tell me a little about the next steps and the timing?",
  ],
  close: [
    "Thank you again for your time, and I look forward to hearing from you.",
    "Thanks again for a conversation I enjoyed a great deal.",
    "I hope we can continue the conversation soon.",
    "Thank you once more, and I hope to speak with you again soon.",
    "I appreciate your time and look forward to staying in touch.",
  ],
} as const;

/** A card is copied out by hand: short sentences, no links, at most 120 words. */
export const THANK_YOU_CARD = {
  openingThanks: [
    "Thank you for meeting me to talk about the {position} role at {company}.",
    "Thank you so much for your time and for our conversation about the {position} role at {company}.",
    "I wanted to send a note of thanks for your time during my interview for the {position} role at {company}.",
    "Many thanks for the time you gave me while I interviewed for the {position} role at {company}.",
  ],
  point: [
    "I especially enjoyed talking with you about {point}.",
    "I really valued hearing your thoughts on {point}.",
    "Our conversation about {point} has stayed with me.",
    "It was a pleasure to talk with you about {point}.",
  ],
  noPoint: [
    "I enjoyed our conversation very much.",
    "It was a pleasure to learn more about the team.",
  ],
  fit: [
    "With {fit}, I believe I could contribute from the start.",
    "I think {fit} would let me contribute quickly.",
    "I hope to put {fit} to good use.",
  ],
  interest: [
    "I would be delighted to join you and the team at {company}.",
    "I hope to have the chance to work alongside you.",
    "I am more excited than ever about the role.",
    "I would love the chance to contribute to your team.",
  ],
} as const;

/** A LinkedIn connection note: the reader's name, thanks and one point, within 300 characters. */
export const THANK_YOU_LINKEDIN = {
  openingThanks: [
    "Thank you for the time you spent on my interview for the {position} role at {company}.",
    "Thanks again for your time discussing the {position} role at {company}.",
    "Thank you for the conversation about the {position} role at {company}.",
  ],
  openingThanksShort: [
    "Thank you for your time during my interview.",
    "Thanks again for our conversation.",
    "Thank you for speaking with me.",
  ],
  point: [
    "I especially enjoyed discussing {point}.",
    "I valued your perspective on {point}.",
    "Our talk about {point} has stayed with me.",
  ],
  noPoint: ["I enjoyed learning more about the team."],
  stayConnected: [
    "I would be glad to stay connected.",
    "It would be great to keep in touch here.",
    "I hope we can stay in touch.",
  ],
} as const;
