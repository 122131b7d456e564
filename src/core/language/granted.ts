/** A response that opens by granting the point, which a lead has said already: "That's fair." */
export const GRANTED_OPENING =
  /^(?:that(?:['’]s|\s+is|\s+was)\s+(?:fair|true|right|correct|a fair point|a fair question)|(?:you['’]re|you\s+are)\s+right|fair enough|fair (?:point|call|comment|criticism)|(?:yes|yeah|yep|yup),?\s+(?:fair|true)(?:\s+enough)?|fair|true|yes|yeah|yep|yup|correct|right|agreed|granted|honestly)(?:,?\s+(?:ma['’]am|sir|madam))?[.!,;:]\s+(?:and\s+|but\s+)?(?=\S)/iu;
