// Intake by system (issue #15): an incident's facts derived from the data sets of the systems it touched, with the
// reporter's own statements over them, and a note of where each fact came from. Pure.
import type { FieldProblem } from '../common/domain-error.js';
import type { InventoryDataSet } from '../inventory/inventory-data-set.js';
import {
  type BreachRegime,
  type FactSource,
  type IncidentDataSet,
  type IncidentRole,
  INVENTORY_FACTS,
  type InventoryFact,
  type InventoryFacts,
} from '../risk/facts.js';
import { type DataSetFigures, figuresOf } from '../risk/parts.js';
import { withoutUnknown } from './timeline.js';

/** What the reporter may state of the facts the inventory can supply. */
export type StatedFacts = Omit<Partial<DataSetFigures>, 'affectedControllers'> & {
  role?: IncidentRole;
  regime?: BreachRegime;
  affectedControllers?: readonly object[];
};

/** The inventory's view of a data set, as the incident keeps it: each customer becomes a controller with its own figures. */
export function incidentDataSets(inventory: readonly InventoryDataSet[]): IncidentDataSet[] {
  return inventory.map((set) =>
    withoutUnknown({
      system: set.systemSlug,
      role: set.role,
      dataCategories: set.dataCategories,
      subjectCategories: set.subjectCategories,
      subjectsAffected: set.subjectsAffected,
      recordsAffected: set.recordsAffected,
      encryptionAtRest: set.encryptionAtRest,
      electronicCommunications: set.electronicCommunications,
      controllers: set.customers.map((customer) =>
        withoutUnknown({
          name: customer.name,
          contact: customer.contact,
          noticeHours: customer.noticeHours,
          subjectsAffected: customer.subjectsAffected,
          recordsAffected: customer.recordsAffected,
          // This customer's data in this set: the set's categories, not the incident's.
          dataCategories: set.dataCategories,
          subjectCategories: set.subjectCategories,
        }),
      ),
    }),
  );
}

export interface InventoryDerivation<T> {
  facts: T & StatedFacts & Required<Pick<InventoryFacts, 'systems' | 'dataSets' | 'factSources'>>;
  problems: FieldProblem[];
}

/**
 * The facts of a breach of `systems`: what the reporter states, and for the rest what the touched data sets say. A
 * stated role keeps only the data sets of that role (the reporter knows the breach reached only those).
 */
export function factsFromInventory<T extends StatedFacts>(
  stated: T,
  systems: readonly string[],
  inventory: readonly IncidentDataSet[],
): InventoryDerivation<T> {
  const dataSets = stated.role === undefined ? [...inventory] : inventory.filter((set) => set.role === stated.role);
  const problems: FieldProblem[] =
    stated.role !== undefined && dataSets.length === 0
      ? [{ field: 'role', problem: `is '${stated.role}', but the systems named hold no data set of that role` }]
      : [];
  const derived: StatedFacts = { ...figuresOf(dataSets), role: roleOf(dataSets), regime: regimeOf(dataSets) };
  const factSources: Partial<Record<InventoryFact, FactSource>> = {};
  for (const fact of INVENTORY_FACTS) {
    if (stated[fact] !== undefined) factSources[fact] = 'reporter';
    else if (derived[fact] !== undefined && !isEmptyList(derived[fact])) factSources[fact] = 'inventory';
  }
  const fromInventory = Object.fromEntries(
    INVENTORY_FACTS.filter((fact) => factSources[fact] === 'inventory').map((fact) => [fact, derived[fact]]),
  );
  return {
    facts: { ...stated, ...fromInventory, systems: [...systems], dataSets, factSources } as InventoryDerivation<T>['facts'],
    problems,
  };
}

function roleOf(dataSets: readonly IncidentDataSet[]): IncidentRole | undefined {
  if (!dataSets.length) return undefined;
  // Any data of our own makes us a controller for part of the breach: the top-level role names the duties to ANSPDCP.
  return dataSets.some((set) => set.role === 'controller') ? 'controller' : 'processor';
}

/**
 * Law 506/2004 art. 3^1 (GDPR Art. 95): a breach of data we process in providing a public e-communications service
 * is notified under the ePrivacy rules. Only our own (controller) data decides: for a customer's, our duty is the
 * Art. 33(2) warning whatever the regime, and the customer files under its own.
 */
function regimeOf(dataSets: readonly IncidentDataSet[]): BreachRegime | undefined {
  const own = dataSets.filter((set) => set.role === 'controller');
  if (!own.length) return undefined;
  return own.some((set) => set.electronicCommunications) ? 'eprivacy' : 'gdpr';
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}
