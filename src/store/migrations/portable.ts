import {
  PostgresIntrospector,
  type ColumnDataType,
  type ColumnDefinitionBuilder,
  type Kysely,
} from "kysely";

/**
 * What the migrations write differently on the two databases; everything else in them is
 * the same SQL on SQLite and PostgreSQL.
 */
export function onPostgres<DB>(db: Kysely<DB>): boolean {
  return db.introspection instanceof PostgresIntrospector;
}

/**
 * A table's own id, numbered by the database: an identity column on PostgreSQL; on SQLite the
 * `autoincrement` key stores made by earlier releases already have, so that ids are never reused.
 */
export function identity(db: Kysely<unknown>) {
  return (column: ColumnDefinitionBuilder) =>
    onPostgres(db)
      ? column.primaryKey().generatedByDefaultAsIdentity()
      : column.primaryKey().autoIncrement();
}

/** A column of bytes. */
export function bytes(db: Kysely<unknown>): ColumnDataType {
  return onPostgres(db) ? "bytea" : "blob";
}
