import type { Migration, MigrationProvider } from "kysely";
import * as initial from "./001-initial.js";
import * as personalDictionary from "./002-personal-dictionary.js";

/** Every migration, in order; listed here so the store bundles without reading a folder at run time. */
const MIGRATIONS: Record<string, Migration> = {
  "001-initial": initial,
  "002-personal-dictionary": personalDictionary,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
