// One incident, both roles (issue #15): an incident logged against systems holds data sets of its own (we are the
// controller) and of its customers (we are their processor). Each role's part is assessed on its own data sets'
// facts; the top level is their union. Pure.
import { assess } from './assess.js';
import { type Assessment, type AssessmentPart, RISK_LEVELS, type Reason } from './assessment.js';
import {
  type AffectedController,
  type DataCategory,
  type EncryptionFacts,
  ENCRYPTION_LEVELS,
  type IncidentDataSet,
  type IncidentRole,
  INCIDENT_ROLES,
  type InventoryFact,
  type InventoryFacts,
  type RiskFacts,
  type SubjectCategory,
} from './facts.js';
import { because } from './reason.js';

/** What the parts read: the risk facts, the controllers to warn, and the data sets the incident keeps. */
export type PartedFacts = RiskFacts & InventoryFacts & { affectedControllers?: AffectedController[] };

/** The figures a group of data sets gives, as the facts that carry them. */
export interface DataSetFigures {
  dataCategories: DataCategory[];
  subjectCategories: SubjectCategory[];
  subjectsAffected?: number;
  recordsAffected?: number;
  encryption?: EncryptionFacts;
  affectedControllers?: AffectedController[];
}

/** The roles an incident has: one per kind of data set it touched, or its single `role`. */
export function incidentRoles(facts: Pick<PartedFacts, 'role' | 'dataSets'>): IncidentRole[] {
  if (!facts.dataSets?.length) return [facts.role];
  return INCIDENT_ROLES.filter((role) => facts.dataSets!.some((set) => set.role === role));
}

/** The systems (slugs) whose data sets of `role` the incident touched, in the order named. */
export function systemsOf(dataSets: readonly IncidentDataSet[], role?: IncidentRole): string[] {
  return [...new Set(dataSets.filter((set) => role === undefined || set.role === role).map((set) => set.system))];
}

/**
 * The facts of a group of data sets: categories united; people and records summed over the figures known (a
 * processor set's own, else its controllers'); encryption the weakest at rest, and only when it cannot lower the
 * score (none or weak): strong encryption at rest protects against a stolen disk, not a breach through the running
 * system, and the inventory cannot tell whether the key was safe, so that stays for the reporter to state.
 */
export function figuresOf(dataSets: readonly IncidentDataSet[]): DataSetFigures {
  const controllers = controllersOf(dataSets);
  return {
    dataCategories: union(dataSets.map((set) => set.dataCategories)),
    subjectCategories: union(dataSets.map((set) => set.subjectCategories)),
    subjectsAffected: sumKnown(dataSets.map((set) => set.subjectsAffected ?? sumKnown(set.controllers.map((c) => c.subjectsAffected)))),
    recordsAffected: sumKnown(dataSets.map((set) => set.recordsAffected ?? sumKnown(set.controllers.map((c) => c.recordsAffected)))),
    encryption: weakestEncryption(dataSets),
    ...(controllers.length ? { affectedControllers: controllers } : {}),
  };
}

/**
 * The facts of one role's part: the incident's facts with what the inventory gave replaced by the figures of that
 * role's data sets. A fact the reporter stated stays as stated in every part (it was said of the whole breach).
 * An incident of one role is its own part.
 */
export function partFacts<F extends PartedFacts>(facts: F, role: IncidentRole): F {
  if (incidentRoles(facts).length < 2) return facts;
  const figures = figuresOf(facts.dataSets!.filter((set) => set.role === role));
  const fromInventory = Object.fromEntries(
    Object.entries(figures).filter(([fact]) => facts.factSources?.[fact as InventoryFact] !== 'reporter'),
  ) as Partial<DataSetFigures>;
  return {
    ...facts,
    ...fromInventory,
    role,
    // The controller part warns nobody; the processor part warns the controllers (the reporter's list, when stated).
    affectedControllers: role === 'processor' ? (fromInventory.affectedControllers ?? facts.affectedControllers) : undefined,
  };
}

/**
 * The assessment of an incident: the engine's, as it always was, for one that names no systems; with its parts and
 * where its facts came from for one that does. With both roles the top level is the union: the authority and
 * data-subject duties (and exemptions) the controller part's, the controller warnings the processor part's, and the
 * higher risk level and severity of the two, so the board never shows less than a part found.
 */
export function assessIncident(facts: PartedFacts, now: Date): Assessment {
  if (!facts.dataSets?.length) return assess(facts, now);
  const dataSets = facts.dataSets;
  const parts = incidentRoles(facts).map((role) => assessPart(partFacts(facts, role), dataSets, now));
  const sources = sourceReasons(facts);
  if (parts.length === 1) {
    const assessment = assess(facts, now);
    return { ...assessment, reasons: [...sources, ...assessment.reasons], parts };
  }
  const [controller, processor] = parts;
  const worse = processor.severity.score > controller.severity.score ? processor : controller;
  return {
    severity: worse.severity,
    riskLevel: RISK_LEVELS[Math.max(RISK_LEVELS.indexOf(controller.riskLevel), RISK_LEVELS.indexOf(processor.riskLevel))],
    notifyAuthority: controller.notifyAuthority,
    notifyDataSubjects: controller.notifyDataSubjects,
    notifyControllers: true,
    controllerAdvice: processor.controllerAdvice,
    exemptions: controller.exemptions,
    reasons: [...sources, ...parts.flatMap((part) => part.reasons)],
    parts,
    method: controller.method,
    methodVersion: controller.methodVersion,
    assessedAt: now.toISOString(),
  } as Assessment;
}

function assessPart(
  facts: PartedFacts,
  dataSets: readonly IncidentDataSet[],
  now: Date,
): AssessmentPart & Pick<Assessment, 'method' | 'methodVersion'> {
  const { assessedAt: _at, parts: _parts, ...assessment } = assess(facts, now);
  const systems = systemsOf(dataSets, facts.role);
  const controllers = facts.role === 'processor' ? (facts.affectedControllers ?? []).map((controller) => controller.name) : undefined;
  const header =
    facts.role === 'controller'
      ? because('part.controller', { systems }, 'part.controller', 'duties as controller')
      : because('part.processor', { systems, controllers }, 'part.processor', 'warn each controller');
  return {
    ...assessment,
    role: facts.role,
    systems,
    ...(controllers ? { controllers } : {}),
    notifyControllers: facts.role === 'processor',
    reasons: [header, ...assessment.reasons],
  };
}

/** "From the inventory: call-recordings (…)", and what the reporter stated over it. */
function sourceReasons({ systems, dataSets, factSources = {} }: PartedFacts): Reason[] {
  const named = systems ?? systemsOf(dataSets ?? []);
  const by = (source: string) => Object.keys(factSources).filter((fact) => factSources[fact as InventoryFact] === source);
  const inventory = by('inventory');
  const stated = by('reporter');
  return [
    because('inventory.derived', { systems: named, facts: inventory }, 'inventory', `facts from ${named.join(', ')}`),
    ...(stated.length ? [because('inventory.stated', { facts: stated }, 'inventory', 'stated by the reporter')] : []),
  ];
}

/** Each controller once, its figures summed over the data sets that hold its data. */
function controllersOf(dataSets: readonly IncidentDataSet[]): AffectedController[] {
  const byKey = new Map<string, AffectedController>();
  for (const set of dataSets) {
    for (const controller of set.controllers) {
      const key = `${controller.name}\n${controller.contact}`;
      const seen = byKey.get(key);
      byKey.set(
        key,
        seen
          ? {
              ...seen,
              noticeHours: Math.min(seen.noticeHours, controller.noticeHours),
              subjectsAffected: sumKnown([seen.subjectsAffected, controller.subjectsAffected]),
              recordsAffected: sumKnown([seen.recordsAffected, controller.recordsAffected]),
              dataCategories: union([seen.dataCategories ?? [], controller.dataCategories ?? []]),
              subjectCategories: union([seen.subjectCategories ?? [], controller.subjectCategories ?? []]),
            }
          : controller,
      );
    }
  }
  return [...byKey.values()].map((controller) => withoutAbsent(controller));
}

function weakestEncryption(dataSets: readonly IncidentDataSet[]): EncryptionFacts | undefined {
  const levels = dataSets.map((set) => set.encryptionAtRest);
  if (!levels.length || levels.some((level) => level === undefined)) return undefined;
  const weakest = ENCRYPTION_LEVELS[Math.min(...levels.map((level) => ENCRYPTION_LEVELS.indexOf(level!)))];
  return weakest === 'strong' ? undefined : { level: weakest, keyCompromised: false };
}

function union<T>(lists: readonly (readonly T[])[]): T[] {
  return [...new Set(lists.flat())];
}

function sumKnown(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length ? known.reduce((sum, value) => sum + value, 0) : undefined;
}

function withoutAbsent<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
