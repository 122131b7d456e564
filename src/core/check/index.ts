/** The proofreader's public face: what other layers (app, web) import. */
export { checkContext } from "./check-context.js";
export type {
  CandidateProfile,
  CheckContext,
  CheckContextInput,
  CheckRecipient,
  KnownElsewhere,
  SiblingNote,
} from "./check-context.js";
export { knownElsewhere } from "./elsewhere.js";
export type { EngineCheckOptions, EngineLint, EngineLintKind, LanguageEngine } from "./engine.js";
export { EngineUnavailable } from "./engine.js";
export { countBySeverity, SEVERITIES, sortFindings } from "./finding.js";
export type { Finding, Severity, Span } from "./finding.js";
export { readMessage, messageText } from "./message-text.js";
export type { MessageText } from "./message-text.js";
export { proofread, proofreadNow, Proofreader, runRules } from "./proofreader.js";
export type { CheckResult, ProofreaderEngines } from "./proofreader.js";
export type { LanguageEngines } from "./language-engines.js";
export { ENGINE_RULES, ruleCatalogue } from "./catalogue.js";
export type { RuleInfo } from "./catalogue.js";
export { RULES } from "./rules/index.js";
export type { NoteRule, Rule, RuleCode, SentenceRule } from "./rule.js";
export { SentenceChecks } from "./sentence-checks.js";
export { findNearCopies, NEAR_COPY_THRESHOLD } from "./similarity.js";
export { panelOverlap, trigramJaccard } from "../trigram-overlap.js";
