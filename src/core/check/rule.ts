import type { CheckContext } from "./check-context.js";
import type { Finding, Severity, Span } from "./finding.js";
import type { MessageText } from "./message-text.js";
import { WORDING, type Wording } from "./wording.js";

export type RuleCode = keyof typeof WORDING;
type ParamsOf<C extends RuleCode> =
  Parameters<(typeof WORDING)[C]> extends [infer P, ...unknown[]] ? P : Record<string, never>;

/** Something a rule found, before it is put into words. */
export type Hit<C extends RuleCode> = Span & { params: ParamsOf<C> };

/** A named check with a stable code. Detection lives in the rule; the wording in wording.ts. */
export interface Rule {
  code: RuleCode;
  severity: Severity;
  /** What the rule catches, for the documentation and `afterword check --rules`. */
  summary: string;
  check(message: MessageText, context: CheckContext): Finding[];
}

export function defineRule<C extends RuleCode>(rule: {
  code: C;
  severity: Severity;
  summary: string;
  detect(message: MessageText, context: CheckContext): Hit<C>[];
}): Rule {
  return {
    code: rule.code,
    severity: rule.severity,
    summary: rule.summary,
    check: (message, context) =>
      rule.detect(message, context).map((hit) => toFinding(rule.code, rule.severity, hit)),
  };
}

export function toFinding<C extends RuleCode>(code: C, severity: Severity, hit: Hit<C>): Finding {
  const say = WORDING[code] as (params: ParamsOf<C>) => Wording;
  const { message, suggestion } = say(hit.params);
  return {
    rule: code,
    severity,
    message,
    start: hit.start,
    end: hit.end,
    ...(suggestion ? { suggestion } : {}),
  };
}
