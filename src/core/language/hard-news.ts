/**
 * News the interviewer would not want welcomed: a cut, a loss, a mess, a delay, people leaving.
 * A note speaks of it only where the candidate's experience answers it.
 */
export function isHardNews(text: string): boolean {
  return HARD.test(text);
}

const HARD =
  /\b(?:cut|cuts|being cut|losing|lost|lose|behind|mess|messy|chaos|chaotic|ends|ending|gutted|late|delays?|delayed|problems?|issues?|turnover|quit|quits|quitting|resign\w*|leaving|left(?=\s+(?:mid|after|before|early|suddenly|last|in\s+the\s+middle))|layoffs?|laid off|redundanc\w*|struggl\w*|short[- ](?:staffed|handed)|understaffed|off long[- ]term|off sick|vacanc(?:y|ies)|broken|failing|failed|complaints?|churn|dipping|dropping|worst|burn-?out|underreporting|missed|overdue|hate|hates|hated|slow(?!\s+(?:flow|cook\w*|food|roast\w*|fashion))|rush|shrink|bottlenecks?|shortages?|bouncing|frustrat\w*|dead|nothing\s+(?:till|til|until|before)|no hiring|hiring freeze|frozen|on hold)\b/i;
