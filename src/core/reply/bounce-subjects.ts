/** Subjects that mail servers give the reports they return, in the languages servers speak. */
export const BOUNCE_SUBJECT = new RegExp(
  "^\\s*(?:" +
    [
      "undeliver(?:ed|able)",
      "undelivered mail returned to sender",
      "delivery status notification \\((?:failure|delay)\\)",
      "delivery (?:has )?failed",
      "delivery failure",
      "mail delivery (?:failed|failure|system)",
      "returned mail",
      "failure notice",
      "message not delivered",
      "could not send message",
      "unzustellbar",
      "nicht zustellbar",
      "non remis",
      "non distribuable",
      "no se puede entregar",
      "no entregado",
      "onbestelbaar",
      "kan niet worden bezorgd",
      "olevererbart",
      "kunde inte levereras",
      "ei voitu toimittaa",
      "não entregue",
      "não foi possível entregar",
      "non recapitabile",
      "impossibile recapitare",
    ].join("|") +
    ")",
  "iu",
);
