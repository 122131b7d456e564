import { newText } from "./new-text.js";

/**
 * Phrases with which companies decline a candidate, in several languages. A match only suggests
 * recording the outcome: the candidate decides.
 */
export const REJECTION_PHRASES: RegExp[] = [
  /\bdecided (?:not to|to not) (?:move|go|proceed|continue) (?:forward|further|ahead)/,
  /\b(?:will|would|won't|are) not (?:be )?(?:moving|going|proceeding|continuing) (?:forward|further|ahead)/,
  /\b(?:move|moving|go|going|proceed|proceeding) forward with (?:other|another|a different) (?:candidate|applicant|person)/,
  /\b(?:pursue|pursuing|continue with|proceed with) (?:other|another|a different) (?:candidate|applicant)/,
  /\bnot (?:to )?(?:move|moving|proceed|proceeding) (?:forward )?with your (?:application|candidacy)/,
  /\b(?:position|role|vacancy) has (?:now |already )?been filled/,
  /\bregret to (?:inform|let you know|tell you|say)/,
  /\b(?:unable|not able) to offer you/,
  /\b(?:have|has|were|was) not been (?:selected|successful|shortlisted)/,
  /\byou (?:were|have been) unsuccessful/,
  /\bunfortunately\b[^.!?]{0,160}\b(?:decided|other candidates?|another candidate|not (?:be )?(?:moving|proceeding|selected|successful|able to offer))/,
  /\bleider\b[^.!?]{0,160}\b(?:absagen|nicht berücksichtigen|nicht weiter|anderen? (?:kandidat|bewerber)|entschieden)/,
  /\b(?:eine )?absage\b/,
  /\bne (?:pas )?(?:pouvons pas )?donner (?:une )?suite/,
  /\bpas été (?:retenue?|sélectionnée?)/,
  /\bmalheureusement\b[^.!?]{0,160}\b(?:autre candidat|pas retenu|ne pas poursuivre|décidé)/,
  /\bno (?:ha|has) sido seleccionad[oa]/,
  /\b(?:continuar|seguir|avanzar) con otros? candidat/,
  /\blamentablemente\b[^.!?]{0,160}\b(?:otro candidato|no (?:continuar|seguir|avanzar)|decidido)/,
  /\bhelaas\b[^.!?]{0,160}\b(?:andere kandidaat|niet (?:verder|door)|afwijzen|gekozen)/,
  /\btyvärr\b[^.!?]{0,160}\b(?:annan kandidat|inte gå vidare|valt|gått vidare med)/,
  /\bvalitettavasti\b[^.!?]{0,160}\b(?:toinen hakija|toiseen hakijaan|emme (?:jatka|voi)|valinta)/,
  /\binfelizmente\b[^.!?]{0,160}\b(?:outro candidato|não (?:seguir|avançar|foi selecionad))/,
  /\bpurtroppo\b[^.!?]{0,160}\b(?:altro candidato|altri candidati|non (?:proseguire|procedere|è stat[oa] selezionat))/,
];

/** The phrase that makes this reply read like a rejection, or null. Quoted text is ignored. */
export function readsLikeRejection(text: string, subject = ""): string | null {
  const written = `${subject}\n${newText(text)}`.toLowerCase().replace(/\s+/g, " ");
  for (const phrase of REJECTION_PHRASES) {
    const found = written.match(phrase);
    if (found) return found[0];
  }
  return null;
}
