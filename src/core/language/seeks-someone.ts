/**
 * A point that says the reader's team needs a person ("the kids section needs someone to own
 * it", "they're looking for somebody who can run the Saturday shift"): an opening the candidate
 * can offer to fill, which a careful note does in a word.
 */
export function seeksSomeone(point: string): boolean {
  return SEEKS.test(point);
}

const SEEKS =
  /\b(?:needs?|needed|wants?|wanted|(?:is|are|were|was|['’]re|['’]s)\s+(?:looking|hoping)\s+for|lacks?)\s+(?:someone|somebody|a person|one person)\s+(?:to|who|that|with)\b/iu;
