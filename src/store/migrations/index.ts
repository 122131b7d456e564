import type { Migration, MigrationProvider } from "kysely";
import * as initial from "./001-initial.js";
import * as drafts from "./003-drafts.js";

/** Every migration, in order; listed here so the store bundles without reading a folder at run time. */
const MIGRATIONS: Record<string, Migration> = {
  "001-initial": initial,
  "003-drafts": drafts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
