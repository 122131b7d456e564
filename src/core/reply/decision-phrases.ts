/**
 * Phrases that say what a person's reply means for the application, read in the part the sender
 * wrote (quoted text is ignored), lower-cased and with spaces folded. Rejections are read by
 * `rejection.ts`; these are the other decisive kinds.
 */
export const OFFER_PHRASES: RegExp[] = [
  /\b(?:pleased|happy|delighted|thrilled|excited) to (?:offer you|extend (?:you )?(?:an|the|a formal|a verbal) offer)/,
  /\bextend(?:ing)? (?:you )?(?:an|a formal|a verbal|the) (?:job )?offer\b/,
  /\b(?:your|the|our|an?) (?:formal |written |verbal )?offer (?:letter|of employment|package)\b/,
  /\b(?:would like|want) to offer you (?:the|a) (?:position|role|job)\b/,
  /\bwe(?:'d| would) like to make you an offer\b/,
  /\bjob offer\b/,
  /\b(?:freuen uns|möchten) (?:ihnen|dir) (?:ein|das) (?:angebot|vertragsangebot)/,
  /\bproposition d'embauche\b|\bvous proposer le poste\b/,
  /\boferta (?:de trabajo|de empleo|formal)\b/,
];

export const INVITATION_PHRASES: RegExp[] = [
  /\b(?:next|second|third|final|follow-up|onsite|on-site) (?:round|stage|step) (?:of (?:the )?)?(?:interviews?|process)?/,
  /\b(?:invite|inviting) you (?:to|for) (?:a|an|the|our) (?:\w+ ){0,3}(?:interview|conversation|meeting|call|chat|round|onsite|visit|assessment|session)/,
  /\b(?:schedule|set up|arrange|book) (?:a|an|the|your) (?:\w+ ){0,3}(?:interview|conversation|call|chat|meeting|onsite)/,
  /\b(?:would like|like|want) (?:you )?to (?:meet|speak with|talk to|invite) (?:you|with you|the team)?/,
  /\bmove (?:you )?(?:forward|ahead) to the next\b/,
  /\b(?:what|which) (?:times?|days?|slots?) (?:would |will )?(?:work|suit|are convenient)/,
  /\byour availability\b/,
  /\b(?:please )?(?:pick|choose|book|select) a (?:time|slot)\b/,
  /\bnächste(?:n)? (?:runde|gespräch|schritt)|\beinladen\b.{0,40}\bgespräch/,
  /\bprochain(?:e)? (?:entretien|étape)|\bvous inviter\b.{0,40}\bentretien/,
  /\bsiguiente (?:entrevista|etapa|fase)|\binvitarte\b.{0,40}\bentrevista/,
];

export const REQUEST_PHRASES: RegExp[] = [
  /\b(?:could|can|would|will) you (?:please |kindly )?(?:also )?(?:send|share|forward|provide|attach|email|e-mail|upload|submit|fill (?:in|out)|complete|let us have)\b/,
  /\b(?:please|kindly) (?:also )?(?:send|share|forward|provide|attach|email|e-mail|upload|submit|fill (?:in|out)|complete)\b/,
  /\bwould you (?:be able|mind) to (?:send|share|provide)|\bwould you mind (?:sending|sharing|providing)\b/,
  /\b(?:we|i) (?:would |will )?(?:need|require|request) (?:your|a|an|the|some|two|three|copies)\b/,
  /\b(?:send|share|provide) (?:us|me) (?:your|a|an|the|two|three|some)\b/,
  /\b(?:references?|transcripts?|portfolio|writing sample|work samples?|code samples?|right to work|salary expectations?|notice period|cover letter|updated (?:cv|resume|résumé))\b.{0,80}\?/,
  /\b(?:können|könnten) sie (?:uns |mir )?(?:noch )?(?:ihre?n? )?\w+ (?:schicken|senden|zusenden)/,
  /\bpourriez-vous (?:nous |me )?(?:envoyer|transmettre|faire parvenir)/,
  /\b(?:podrías|podría) (?:enviarnos|enviarme|mandarnos)/,
];

/** The first phrase of `phrases` found in `written`, or null. */
export function findPhrase(phrases: readonly RegExp[], written: string): string | null {
  for (const phrase of phrases) {
    const found = written.match(phrase);
    if (found) return found[0];
  }
  return null;
}
