import {
  AliasNode,
  AndNode,
  BinaryOperationNode,
  ColumnNode,
  IdentifierNode,
  JoinNode,
  OperationNodeTransformer,
  OperatorNode,
  PrimitiveValueListNode,
  QueryNode,
  ReferenceNode,
  TableNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  type DeleteQueryNode,
  type InsertQueryNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type SelectQueryNode,
  type UnknownRow,
  type UpdateQueryNode,
  type CompiledQuery,
  type Compilable,
  type Kysely,
} from "kysely";
import type { Database } from "./schema.js";

/** Whose data a store reads and writes: one candidate of one organisation (the tenant). */
export interface Scope {
  organisationId: number;
  candidateId: number;
}

/** The one candidate of a store on the candidate's own machine (and the first of a new database). */
export const DEFAULT_SCOPE: Scope = { organisationId: 1, candidateId: 1 };

/** The tables that hold no candidate's data: they are the tenancy itself, and migrations' own. */
const UNSCOPED = new Set([
  "organisations",
  "candidates",
  "staff",
  "kysely_migration",
  "kysely_migration_lock",
]);

/** Names of the two columns every table of a candidate's data carries. */
export const SCOPE_COLUMNS = ["organisation_id", "candidate_id"] as const;

/**
 * Applies the scope to every query the repositories write, in this one place: each scoped table a
 * query reads, changes or deletes from is narrowed to the candidate, and each row inserted is
 * stamped with it. On PostgreSQL row-level security enforces the same underneath.
 */
export class CandidateScope implements KyselyPlugin {
  private readonly transformer: ScopeTransformer;

  constructor(readonly scope: Scope) {
    this.transformer = new ScopeTransformer(scope);
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/**
 * A statement compiled once for every candidate: narrowed by `CandidateScope` as any query is, but
 * for placeholder ids, which `for` replaces with a candidate's. Building, narrowing and compiling a
 * large statement takes milliseconds of the process's time on every read; replacing two ids takes
 * none. The statement is compiled for the dialect of the first store to ask for it.
 */
export class ScopedStatement<R> {
  private template: {
    query: CompiledQuery<R>;
    organisation: number[];
    candidate: number[];
  } | null = null;

  /** `build` makes the statement on `db`, which applies no scope: the statement gets it as a whole. */
  constructor(
    private readonly build: (db: Kysely<Database>) => Compilable<R> & {
      withPlugin(plugin: KyselyPlugin): Compilable<R>;
    },
  ) {}

  /** The statement for the candidate `scope` names, on the database `db` is bound to. */
  for(db: Kysely<Database>, scope: Scope): CompiledQuery<R> {
    const { query, organisation, candidate } = (this.template ??= this.compile(db));
    const parameters = [...query.parameters];
    for (const at of organisation) parameters[at] = scope.organisationId;
    for (const at of candidate) parameters[at] = scope.candidateId;
    return { ...query, parameters };
  }

  /**
   * Compiled for two placeholder scopes of ids no one has: the parameters that differ between
   * them are the scope's, and must be nothing else.
   */
  private compile(db: Kysely<Database>): NonNullable<ScopedStatement<R>["template"]> {
    const compiled = (scope: Scope) =>
      this.build(db.withoutPlugins()).withPlugin(new CandidateScope(scope)).compile();
    const one = compiled({ organisationId: -1, candidateId: -2 });
    const other = compiled({ organisationId: -3, candidateId: -4 });
    const organisation: number[] = [];
    const candidate: number[] = [];
    const differs = () =>
      new Error("a scoped statement must differ between candidates only in their ids");
    if (one.sql !== other.sql) throw differs();
    one.parameters.forEach((value, at) => {
      const otherValue = other.parameters[at];
      if (value === -1 && otherValue === -3) organisation.push(at);
      else if (value === -2 && otherValue === -4) candidate.push(at);
      else if (value !== otherValue) throw differs();
    });
    if (organisation.length === 0 || candidate.length === 0)
      throw new Error("a scoped statement must be narrowed to the candidate");
    return { query: one, organisation, candidate };
  }
}

class ScopeTransformer extends OperationNodeTransformer {
  constructor(private readonly scope: Scope) {
    super();
  }

  protected override transformSelectQuery(
    node: SelectQueryNode,
    queryId?: Parameters<OperationNodeTransformer["transformNode"]>[1],
  ): SelectQueryNode {
    const query = super.transformSelectQuery(node, queryId);
    return this.narrowJoins(this.narrow(query, query.from?.froms ?? []));
  }

  protected override transformUpdateQuery(
    node: UpdateQueryNode,
    queryId?: Parameters<OperationNodeTransformer["transformNode"]>[1],
  ): UpdateQueryNode {
    const query = super.transformUpdateQuery(node, queryId);
    return this.narrowJoins(this.narrow(query, query.table ? [query.table] : []));
  }

  protected override transformDeleteQuery(
    node: DeleteQueryNode,
    queryId?: Parameters<OperationNodeTransformer["transformNode"]>[1],
  ): DeleteQueryNode {
    const query = super.transformDeleteQuery(node, queryId);
    return this.narrowJoins(this.narrow(query, query.from.froms));
  }

  protected override transformInsertQuery(
    node: InsertQueryNode,
    queryId?: Parameters<OperationNodeTransformer["transformNode"]>[1],
  ): InsertQueryNode {
    const query = super.transformInsertQuery(node, queryId);
    const columns = query.columns ?? [];
    if (!query.into || scopedName(query.into) === null || !query.values) return query;
    if (columns.some((column) => column.column.name === "candidate_id")) return query;
    if (query.values.kind !== "ValuesNode") throw new Error("scoped inserts take rows of values");
    const stamp = [this.scope.organisationId, this.scope.candidateId];
    const rows = (query.values as ValuesNode).values.map((row) =>
      row.kind === "PrimitiveValueListNode"
        ? PrimitiveValueListNode.create([...row.values, ...stamp])
        : ValueListNode.create([...row.values, ...stamp.map((value) => ValueNode.create(value))]),
    );
    return Object.freeze({
      ...query,
      columns: [...columns, ...SCOPE_COLUMNS.map((name) => ColumnNode.create(name))],
      values: ValuesNode.create(rows),
    });
  }

  private narrow<T extends SelectQueryNode | UpdateQueryNode | DeleteQueryNode>(
    query: T,
    tables: readonly OperationNode[],
  ): T {
    let narrowed = query;
    for (const table of tables) {
      const condition = this.condition(table);
      if (condition) narrowed = QueryNode.cloneWithWhere(narrowed, condition);
    }
    return narrowed;
  }

  private narrowJoins<T extends SelectQueryNode | UpdateQueryNode | DeleteQueryNode>(query: T): T {
    if (!query.joins) return query;
    const joins = query.joins.map((join) => {
      const condition = this.condition(join.table);
      return condition ? JoinNode.cloneWithOn(join, condition) : join;
    });
    return Object.freeze(Object.assign({}, query, { joins }));
  }

  /** `t.organisation_id = ? and t.candidate_id = ?` for a scoped table (or its alias), else null. */
  private condition(table: OperationNode): OperationNode | null {
    const name = scopedName(table);
    if (name === null) return null;
    const equals = (column: string, value: number) =>
      BinaryOperationNode.create(
        ReferenceNode.create(ColumnNode.create(column), TableNode.create(name)),
        OperatorNode.create("="),
        ValueNode.create(value),
      );
    return AndNode.create(
      equals("organisation_id", this.scope.organisationId),
      equals("candidate_id", this.scope.candidateId),
    );
  }
}

/** The name a scoped table goes by in a query (its alias, if it has one), or null. */
function scopedName(node: OperationNode): string | null {
  if (TableNode.is(node)) {
    const name = node.table.identifier.name;
    return UNSCOPED.has(name) ? null : name;
  }
  if (AliasNode.is(node) && TableNode.is(node.node) && IdentifierNode.is(node.alias)) {
    return UNSCOPED.has(node.node.table.identifier.name) ? null : node.alias.name;
  }
  return null;
}
