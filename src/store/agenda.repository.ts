import { sql, type Kysely } from "kysely";
import type { Interview } from "../core/interview.js";
import type { HistoryEvent } from "../core/plan/history.js";
import type { Profile } from "../core/record/profile.js";
import { historiesOf, type HistoryRepository } from "./history.repository.js";
import {
  interviewsOf,
  selectInterviews,
  type InterviewRepository,
  type InterviewerRow,
} from "./interview.repository.js";
import { onPostgres } from "./migrations/portable.js";
import { profileOf, THE_PROFILE, type ProfileRepository } from "./profile.repository.js";
import type { Database, HistoryEventRow } from "./schema.js";
import { ScopedStatement, type Scope } from "./scope.js";

/** What the agenda is planned from. */
export interface AgendaSources {
  profile: Profile | null;
  interviews: Interview[];
  histories: Map<number, HistoryEvent[]>;
}

/** Everything the agenda is planned from, read together. */
export class AgendaRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly scope: Scope,
    private readonly profile: ProfileRepository,
    private readonly interviews: InterviewRepository,
    private readonly history: HistoryRepository,
  ) {}

  /**
   * The profile, every interview with its interviewers (earliest first), and every interview's
   * history, as `profile.get`, `interviews.list` and `history.listAll` give them. Inside a read
   * transaction they are of one moment. On PostgreSQL, where each statement is a round trip to
   * the server, it is one statement returning the three as JSON; SQLite runs the three reads.
   */
  async read(): Promise<AgendaSources> {
    if (!onPostgres(this.db))
      return {
        profile: await this.profile.get(),
        interviews: await this.interviews.list(),
        histories: await this.history.listAll(),
      };
    const { rows } = await this.db.executeQuery(TOGETHER.for(this.db, this.scope));
    const row = rows[0]!;
    return {
      profile: row.profile === null ? null : profileOf(row.profile),
      interviews: interviewsOf(row.interviews),
      histories: historiesOf(row.history),
    };
  }
}

/**
 * The three reads as subqueries of one statement, compiled once (it is the same for every
 * candidate but for the scope's ids), each table narrowed by the store's scope as any query is;
 * rows are aggregated in the order the reads on their own return them.
 */
const TOGETHER = new ScopedStatement((db) => {
  const none = sql<never[]>`'[]'`;
  return db.selectNoFrom((eb) => [
    eb
      .selectFrom("profile")
      .select("document")
      .where("id", "=", THE_PROFILE)
      .$asScalar()
      .as("profile"),
    eb
      .selectFrom(selectInterviews(db).as("r"))
      .select((agg) =>
        agg.fn
          .coalesce(
            agg.fn
              .jsonAgg("r")
              .orderBy("r.start_at")
              .orderBy("r.id")
              .orderBy("r.interviewer_ordinal"),
            none,
          )
          .$castTo<InterviewerRow[]>()
          .as("rows"),
      )
      .$asScalar()
      .as("interviews"),
    eb
      .selectFrom("history_events as h")
      .select((agg) =>
        agg.fn
          .coalesce(
            agg.fn.jsonAgg("h").orderBy("h.interview_id").orderBy("h.at").orderBy("h.id"),
            none,
          )
          .$castTo<HistoryEventRow[]>()
          .as("rows"),
      )
      .$asScalar()
      .as("history"),
  ]);
});
