import type { Migration, MigrationProvider } from "kysely";
import * as initial from "./001-initial.js";
import * as history from "./002-history.js";
import * as drafts from "./003-drafts.js";
import * as personalDictionary from "./004-personal-dictionary.js";
import * as calendar from "./005-calendar.js";
import * as mail from "./006-mail.js";
import * as draftFindings from "./007-draft-findings.js";
import * as replyDecisions from "./008-reply-decisions.js";
import * as candidates from "./009-candidates.js";
import * as jobs from "./010-jobs.js";
import * as mailAccounts from "./011-mail-accounts.js";
import * as scopeStatistics from "./012-scope-statistics.js";

/** Every migration, in order; listed here so the store bundles without reading a folder at run time. */
const MIGRATIONS: Record<string, Migration> = {
  "001-initial": initial,
  "002-history": history,
  "003-drafts": drafts,
  "004-personal-dictionary": personalDictionary,
  "005-calendar": calendar,
  "006-mail": mail,
  "007-draft-findings": draftFindings,
  "008-reply-decisions": replyDecisions,
  "009-candidates": candidates,
  "010-jobs": jobs,
  "011-mail-accounts": mailAccounts,
  "012-scope-statistics": scopeStatistics,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
