/**
 * News the interviewer would not want welcomed: a cut, a loss, a mess, a delay, people leaving.
 * A note speaks of it only where the candidate's experience answers it.
 */
export function isHardNews(text: string): boolean {
  return HARD.test(text);
}

const HARD =
  /\b(?:cut|cuts|being cut|losing|lost|lose|behind|mess|messy|chaos|chaotic|ends|ending|gutted|late|delays?|delayed|problems?|issues?|turnover|quit|quits|quitting|resign\w*|leaving|left(?=\s+(?:mid|after|before|early|suddenly|last|in\s+the\s+middle))|layoffs?|laid off|redundanc\w*|struggl\w*|short[- ](?:staffed|handed)|understaffed|off long[- ]term|off sick|vacanc(?:y|ies)|broken|failing|failed|complaints?|churn|dipping|dropping|worst|burn-?out|underreporting|missed|overdue|hate|hates|hated|slow(?!\s+(?:flow|cook\w*|food|roast\w*|fashion))|rush|shrink|bottlenecks?|shortages?|bouncing|frustrat\w*)\b|\b(?:is|was|goes|gone|go|pretty|totally|completely|quite|very)\s+dead\b(?!\s+(?:keen|easy|good|simple|set|on|right|handy|quick|busy))|\bnothing\s+(?:till|til|until|before)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|the new|next|after)|\b(?:no|not)\s+hiring\s+(?:till|til|until|before|this|for|right now|at the moment|now|again)|\b(?:hiring|recruitment|recruiting|headcount|budgets?|posts?|roles?|jobs?|positions?)\s+(?:is\s+|are\s+|was\s+|were\s+|has been\s+|have been\s+|got\s+|put\s+)?(?:frozen|on hold|paused|capped|freeze)\b|\bhiring freeze\b|\bno roles?\s+(?:going|open|available)\b|\bdries up\b/i;
