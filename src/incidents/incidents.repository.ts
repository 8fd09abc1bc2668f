import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type EntityMetadata, type ObjectLiteral, type Repository } from 'typeorm';
import { GroupCommit } from '../database/group-commit.js';
import { StatementValue, bindStatement, entityOf, insertRowsFragment, queryPrepared, type SqlFragment } from '../database/sql-fragment.js';
import { AssessmentRecord, type DecisionRecord, type PendingDowngrade } from './assessment-record.entity.js';
import type { ListIncidentsQuery } from './incident-query.dto.js';
import { IncidentNote } from './incident-note.entity.js';
import { Incident, type OpenIncident } from './incident.entity.js';

// In a new incident's part of its group's statement, its position in the group (its WITH queries' suffix, its number's
// offset), filled in when the group's statement is composed.
const POSITION = '__position__';

/** A new incident's reference inside its intake statement (insertNew), before the statement answers it. */
export const NEW_REFERENCE = new StatementValue(`(SELECT reference FROM incident_${POSITION})`);

// How the statement numbers the new incident at POSITION: after the numbers its group's `counted` took before it.
const POSITION_NUMBER = `(previous + ${POSITION} + 1)`;
const NUMBERED_REFERENCE = `(SELECT format('BR-%s-%s', year, lpad(${POSITION_NUMBER}::text, greatest(4, length(${POSITION_NUMBER}::text)), '0')) FROM counted)`;

/** SQL written for any position, at one. */
const atPosition = (sql: string, position: number): string => sql.replaceAll(POSITION, String(position));

// At most so many new incidents in one statement (each size is a statement of its own, prepared on each connection
// that sends it), and so many statements sent at once: the second waits at the database for the counter's row.
const NEW_INCIDENT_GROUPS = { max: 8, inFlight: 2 };

/** A new incident's rows, as insertNew writes them. */
export interface NewIncidentRows {
  incident: Incident;
  assessment: AssessmentRecord;
  /** The calendar year where the organisation sits, whose count the reference continues. */
  year: number;
  /** The other modules' rows for it, each written by its own module's repository. */
  dependants: SqlFragment[];
  /** Its audit lines, which may name the reference as NEW_REFERENCE. */
  audit: SqlFragment;
  /** Queries of one row that fail the statement, and so undo all of it, when what it was computed from is stale. */
  guards: SqlFragment[];
}

/** A new incident's WITH queries, its parameters numbered from $1, and the queries the answer must read. */
interface NewIncidentPart {
  year: number;
  text: string;
  parameters: unknown[];
  read: string[];
}

/** Up to this many matching incidents the list's `total` is exact; beyond, it is this number and `totalExact` false. */
export const LIST_TOTAL_CAP = 1_000;

// The start of every reference (BR-YYYY-NNNN), and nothing a LIKE pattern would read as a wildcard.
const REFERENCE_START = /^BR-[0-9A-Z-]*$/i;

export interface IncidentListPage {
  items: Incident[];
  /** Each listed incident's latest assessment, by incident id (an incident has one from its intake on). */
  latestAssessments: Map<string, AssessmentRecord>;
  total: number;
  totalExact: boolean;
  hasMore: boolean;
}

/**
 * Every SQL statement of the incidents module's own tables (incidents, assessments, incident_notes,
 * reference_counters). Methods that take an EntityManager run inside the caller's transaction.
 */
@Injectable()
export class IncidentsRepository {
  private readonly incidentColumns: EntityColumns<Incident>;
  private readonly assessmentColumns: EntityColumns<AssessmentRecord>;
  // Only parts of the same text share a statement: its shape, and so its prepared statements, stay few.
  private readonly newIncidents = new GroupCommit<NewIncidentPart, string>(
    (parts) => this.insertGroup(parts),
    (part) => `${part.year}\n${part.text}`,
    NEW_INCIDENT_GROUPS,
  );

  constructor(
    @InjectRepository(Incident) private readonly incidents: Repository<Incident>,
    @InjectRepository(AssessmentRecord) private readonly assessments: Repository<AssessmentRecord>,
    @InjectRepository(IncidentNote) private readonly notes: Repository<IncidentNote>,
  ) {
    this.incidentColumns = new EntityColumns(incidents, 'i');
    this.assessmentColumns = new EntityColumns(assessments, 'a');
  }

  /** One transaction per command: the work's statements commit together or not at all. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.incidents.manager.transaction(work);
  }

  /** Outside any transaction: for reads that need no lock. */
  get manager(): EntityManager {
    return this.incidents.manager;
  }

  create(fields: Partial<Incident>): Incident {
    return this.incidents.create(fields);
  }

  findById(id: string): Promise<Incident | null> {
    return this.incidents.findOneBy({ id });
  }

  /** What an alert names an incident by, and nothing more. */
  headsOf(manager: EntityManager, ids: string[]): Promise<Pick<Incident, 'id' | 'reference' | 'title' | 'awareAt'>[]> {
    // Plain SQL: the dispatch round asks every 100 ms under intake load.
    return manager.query(`SELECT id, reference, title, aware_at AS "awareAt" FROM incidents WHERE id = ANY($1::uuid[])`, [ids]);
  }

  findByReference(reference: string): Promise<Incident | null> {
    return this.incidents.findOneBy({ reference });
  }

  /** Row lock for the rest of the transaction: concurrent changes to one incident apply one after another. */
  lockById(manager: EntityManager, id: string): Promise<Incident | null> {
    return manager.getRepository(Incident).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Shared row lock: many readers at once (another module's commands), none while a writer holds it (a close). */
  lockSharedById(manager: EntityManager, id: string): Promise<Incident | null> {
    return manager.getRepository(Incident).findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  save(manager: EntityManager, incident: Incident): Promise<Incident> {
    return manager.getRepository(Incident).save(incident);
  }

  /**
   * A new incident with its first assessment, the other modules' rows for it and its audit lines, committed when
   * this answers its reference: the year's next number, e.g. BR-2026-0042. Written in one statement, and so in one
   * round trip and one transaction, with the other new incidents submitted while the statement before was running
   * (GroupCommit): a reference is numbered by the counter's row, which stays locked until commit, so new incidents
   * are written one commit after another whatever happens, and a group shares one commit's flush. A rollback undoes
   * the increment, for the whole group: gapless, race-free.
   */
  insertNew(rows: NewIncidentRows): Promise<string> {
    return this.newIncidents.submit(this.newIncidentPart(rows));
  }

  private newIncidentPart({ incident, assessment, year, dependants, audit, guards }: NewIncidentRows): NewIncidentPart {
    const guardNames = guards.map((_, n) => `guard_${POSITION}_${n}`);
    const { text, parameters } = bindStatement((bind) =>
      [
        `incident_${POSITION} AS (${insertRowsFragment(this.incidents, [incident], { reference: NUMBERED_REFERENCE })(bind)} RETURNING reference)`,
        `assessment_${POSITION} AS (${insertRowsFragment(this.assessments, [assessment])(bind)})`,
        ...dependants.map((fragment, n) => `dependant_${POSITION}_${n} AS (${fragment(bind)})`),
        `appended_${POSITION} AS (${audit(bind)})`,
        ...guards.map((fragment, n) => `${guardNames[n]} AS (${fragment(bind)})`),
      ].join(',\n'),
    );
    return { year, text, parameters, read: [`incident_${POSITION}`, `appended_${POSITION}`, ...guardNames] };
  }

  /** Parts of one year and one text: the counter takes their numbers at once, and each part its own. */
  private async insertGroup(parts: NewIncidentPart[]): Promise<string[]> {
    const [{ year, text, read, parameters }] = parts;
    const size = parts.length;
    const positions = parts.map((_, position) => position);
    const counted = `counted AS (INSERT INTO reference_counters (year, last) VALUES ($1::int, ${size})
       ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + ${size} RETURNING year, last - ${size} AS previous)`;
    // Each part's parameters follow the year and the parts before it.
    const placed = positions.map((position) =>
      atPosition(text, position).replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + 1 + position * parameters.length}`),
    );
    // Read in this order: the target list's subqueries run when the answer is computed, one after another. The
    // counter's row and the audit chain's lock are so taken first (the incidents, then the lines), and the
    // assessments, clocks and alerts, which the answer does not read, are written under them, at the statement's
    // end. On purpose: intakes waiting for those locks then do no work beside the service's one thread, and taking
    // them last was measured slower, twice (docs/benchmarks.md). A guard fails the statement when it is read.
    const reads = read.flatMap((query) => positions.map((position) => `(SELECT 1 FROM ${atPosition(query, position)})`));
    const numbered = positions.map((position) => atPosition(NEW_REFERENCE.expression, position));
    const statement = `WITH ${counted},\n${placed.join(',\n')}\nSELECT ARRAY[${numbered.join(', ')}] AS numbered, ARRAY[${reads.join(', ')}] AS read`;
    const [row] = await queryPrepared<{ numbered: string[] }>(this.incidents.manager, {
      text: statement,
      parameters: [year, ...parts.flatMap((part) => part.parameters)],
    });
    return row.numbered;
  }

  /**
   * A page of the list, newest first, each incident with its latest assessment, and how many incidents match: exactly
   * up to LIST_TOTAL_CAP (`totalExact`), else the cap. An exact count over a million rows costs a scan per request;
   * counting at most cap + 1 costs a bounded walk of an index, whatever the table's size (GitLab and GitHub cap their
   * counts the same way). One statement answers the page, the assessments and, when the page needs it, the count:
   * on a loaded machine each further round trip waited as long as the work (issue #16.8). It is written as SQL and
   * its rows become entities by the column metadata: TypeORM's query builder and its hydration of 51 joined rows
   * cost more CPU and garbage than the statement itself.
   */
  async list(query: ListIncidentsQuery, page: number, pageSize: number): Promise<IncidentListPage> {
    const offset = (page - 1) * pageSize;
    const { text, parameters } = bindStatement((bind) => {
      const matching = this.matching(query, bind);
      // Counted only when the page cannot tell: more follow and fewer than the cap were walked past (the CASE's
      // subquery runs only when its branch is taken).
      const counted =
        offset + pageSize < LIST_TOTAL_CAP
          ? `CASE WHEN (SELECT count(*) FROM page) > ${pageSize} THEN (SELECT count(*) FROM (${capped(matching)}) AS matching) END`
          : 'NULL';
      // One row more than the page tells whether another page follows. The page's references come from an index-only
      // scan of the order index (which carries the title for the search), and only the page's own rows are read:
      // an OFFSET over whole rows would read every skipped row from the table (5 000 of them on page 100).
      return `WITH page AS (
          SELECT m.reference FROM incidents m ${matching}
          ORDER BY m.aware_at DESC, m.reference DESC OFFSET ${bind(offset)} LIMIT ${bind(pageSize + 1)})
        SELECT ${this.incidentColumns.select()}, ${this.assessmentColumns.select()}, ${counted} AS counted
        FROM incidents i JOIN page ON page.reference = i.reference
        LEFT JOIN assessments a
          ON a.incident_id = i.id AND a.version = (SELECT max(v.version) FROM assessments v WHERE v.incident_id = i.id)
        ORDER BY i.aware_at DESC, i.reference DESC`;
    });
    const rows: (Record<string, unknown> & { counted: string | null })[] = await this.incidents.query(text, parameters);
    const hasMore = rows.length > pageSize;
    const items: Incident[] = [];
    const latestAssessments = new Map<string, AssessmentRecord>();
    for (const row of rows.slice(0, pageSize)) {
      const incident = this.incidentColumns.entity(row);
      items.push(incident);
      // Left-joined: an incident without an assessment has none of its columns.
      if (row[this.assessmentColumns.key('id')] !== null) latestAssessments.set(incident.id, this.assessmentColumns.entity(row));
    }
    const seen = offset + items.length;
    const answer = (total: number, totalExact: boolean): IncidentListPage => ({ items, latestAssessments, total, totalExact, hasMore });
    // The end was reached on this page: its position is the count.
    if (!hasMore && (items.length > 0 || offset === 0)) return answer(seen, true);
    // More than the cap were walked past already (a page beyond the end walked past none).
    if (hasMore && seen >= LIST_TOTAL_CAP) return answer(LIST_TOTAL_CAP, false);
    // Counted in the statement, or (a page beyond the end, which has no row to carry it) on its own.
    const count = rows[0]?.counted != null ? Number(rows[0].counted) : await this.countMatching(query);
    return answer(Math.min(count, LIST_TOTAL_CAP), count <= LIST_TOTAL_CAP);
  }

  private async countMatching(query: ListIncidentsQuery): Promise<number> {
    const { text, parameters } = bindStatement(
      (bind) => `SELECT count(*)::int AS counted FROM (${capped(this.matching(query, bind))}) AS matching`,
    );
    const [{ counted }]: { counted: number }[] = await this.incidents.query(text, parameters);
    return counted;
  }

  /** The list's filters on alias `m`, as a WHERE clause (empty when nothing is filtered). */
  private matching(query: ListIncidentsQuery, bind: (value: unknown) => string): string {
    const conditions: string[] = [];
    if (query.state) conditions.push(`m.state = ${bind(query.state)}`);
    if (query.awareFrom) conditions.push(`m.aware_at >= ${bind(new Date(query.awareFrom))}`);
    if (query.awareTo) conditions.push(`m.aware_at < ${bind(new Date(query.awareTo))}`);
    if (query.q) {
      const words = bind(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      // Every reference starts with "BR-" and holds it nowhere else, in capitals: a q that starts so can only be the
      // start of a reference, which the pattern index finds at once (migration 0150); the same incidents as a substring.
      const reference = REFERENCE_START.test(query.q)
        ? `m.reference LIKE ${bind(`${query.q.toUpperCase()}%`)}`
        : `m.reference ILIKE ${words}`;
      conditions.push(`(m.title ILIKE ${words} OR ${reference})`);
    }
    return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  }

  /**
   * Every open incident with only what the console's board shows: no facts document to read and parse. Plain SQL
   * and the driver's own rows (uuids and text as strings, instants as Dates): the board reads a thousand and more,
   * and TypeORM's statement building and entity hydration cost more CPU than the statement.
   */
  open(): Promise<OpenIncident[]> {
    return this.manager.query(
      `SELECT id, reference, title, aware_at AS "awareAt", acknowledged_by AS "acknowledgedBy",
         acknowledged_by_name AS "acknowledgedByName", acknowledged_at AS "acknowledgedAt"
       FROM incidents WHERE state = 'open'`,
    );
  }

  /** Keyset paging in the register's order (index incidents_aware_reference_idx, read backwards). */
  inRegisterOrder(after: Pick<Incident, 'awareAt' | 'reference'> | undefined, limit: number): Promise<Incident[]> {
    const qb = this.incidents.createQueryBuilder('i');
    if (after) qb.where('(i.aware_at, i.reference) > (:awareAt, :reference)', { awareAt: after.awareAt, reference: after.reference });
    return qb.orderBy('i.aware_at', 'ASC').addOrderBy('i.reference', 'ASC').limit(limit).getMany();
  }

  notesOf(incidentId: string): Promise<IncidentNote[]> {
    return this.notes.find({ where: { incidentId }, order: { createdAt: 'ASC' } });
  }

  insertNote(manager: EntityManager, note: Omit<IncidentNote, 'id'>): Promise<IncidentNote> {
    const repository = manager.getRepository(IncidentNote);
    return repository.save(repository.create(note));
  }

  createAssessment(fields: Partial<AssessmentRecord>): AssessmentRecord {
    return this.assessments.create(fields);
  }

  async insertAssessment(manager: EntityManager, record: AssessmentRecord): Promise<void> {
    await manager.getRepository(AssessmentRecord).insert(record);
  }

  saveAssessment(manager: EntityManager, record: AssessmentRecord): Promise<AssessmentRecord> {
    return manager.getRepository(AssessmentRecord).save(record);
  }

  async setPendingDowngrade(manager: EntityManager, id: string, pendingDowngrade: PendingDowngrade): Promise<void> {
    // TypeORM's deep-partial type does not take a jsonb interface; the column is one value.
    await manager.getRepository(AssessmentRecord).update({ id }, { pendingDowngrade: pendingDowngrade as object });
  }

  async latestAssessment(incidentId: string, manager: EntityManager = this.manager): Promise<AssessmentRecord | null> {
    // Not findOne, which copies its options into a literal that starts with a spread: read on every GET, and such a
    // literal gets maps of its own on Node 20 (docs/benchmarks.md, eleventh session).
    const [latest] = await manager.getRepository(AssessmentRecord).find({ where: { incidentId }, order: { version: 'DESC' }, take: 1 });
    return latest ?? null;
  }

  /**
   * The latest version's decision sources of each incident: the engine's decision without its reasons (most of a
   * stored assessment, some 4 kB), the override and a held downgrade.
   */
  latestDecisions(incidentIds: string[]): Promise<DecisionRecord[]> {
    // The stored result is kept compressed out of line (TOAST): jsonb_to_record reads the latest version's once for
    // the three values, where three `result->'…'` read and decompressed each version's three times.
    return this.manager.query(
      `SELECT a.incident_id AS "incidentId",
         jsonb_build_object('riskLevel', d."riskLevel", 'notifyAuthority', d."notifyAuthority",
           'notifyDataSubjects', d."notifyDataSubjects") AS result,
         a.override, a.pending_downgrade AS "pendingDowngrade"
       FROM (SELECT DISTINCT ON (incident_id) incident_id, result, override, pending_downgrade FROM assessments
             WHERE incident_id = ANY($1::uuid[]) ORDER BY incident_id, version DESC) a
         CROSS JOIN LATERAL jsonb_to_record(a.result) AS d("riskLevel" jsonb, "notifyAuthority" jsonb, "notifyDataSubjects" jsonb)`,
      [incidentIds],
    );
  }

  /** The latest assessment of each incident, in one query (lists). */
  latestAssessments(incidentIds: string[]): Promise<AssessmentRecord[]> {
    return this.assessments
      .createQueryBuilder('a')
      .distinctOn(['a.incident_id'])
      .where('a.incident_id IN (:...ids)', { ids: incidentIds })
      .orderBy('a.incident_id')
      .addOrderBy('a.version', 'DESC')
      .getMany();
  }

  assessmentsOf(incidentId: string, order: 'ASC' | 'DESC', manager: EntityManager = this.manager): Promise<AssessmentRecord[]> {
    return manager.getRepository(AssessmentRecord).find({ where: { incidentId }, order: { version: order } });
  }
}

/** The incidents that match, up to one more than the cap: what a capped count counts. */
function capped(matching: string): string {
  return `SELECT 1 FROM incidents m ${matching} LIMIT ${LIST_TOTAL_CAP + 1}`;
}

/** An entity's columns selected from a table alias, each under "alias.property", and a row of them made the entity again. */
class EntityColumns<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;

  constructor(
    private readonly repository: Repository<T>,
    private readonly alias: string,
  ) {
    this.metadata = repository.metadata;
  }

  select(): string {
    return this.metadata.columns.map((column) => `${this.alias}."${column.databaseName}" AS "${this.key(column.propertyName)}"`).join(', ');
  }

  /** As TypeORM hydrates a column (its driver's conversion, any transformer). */
  entity(row: Record<string, unknown>): T {
    return entityOf(this.repository, row, (column) => this.key(column.propertyName));
  }

  key(property: string): string {
    return `${this.alias}.${property}`;
  }
}
