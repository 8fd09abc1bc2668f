import { getMetadataStorage } from 'class-validator';

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type Rules = ReturnType<MetadataStorage['getTargetValidationMetadatas']>;
type RulesByProperty = ReturnType<MetadataStorage['groupByPropertyName']>;

const remembering = new WeakSet<MetadataStorage>();

/**
 * Has class-validator's metadata storage keep the rules it finds for a class, and their grouping by property, instead
 * of finding them again for every object validated: it scans every class that has rules to find a class's ancestors
 * (typestack/class-validator#2686), for the body and for each nested object, and Nest's ValidationPipe asks it once
 * more per object. Under intake load that was 5.4 % of the service's thread (docs/benchmarks.md, thirteenth session).
 *
 * Kept answers stay true: a class's rules are registered as the class is defined (its decorators), its ancestors'
 * before it, and nothing can be validated as a class before it is defined; a class defined later is no one's
 * ancestor. The callers (class-validator's executor, Nest's pipe) only read what they are given.
 */
export function rememberValidationRules(storage: MetadataStorage = getMetadataStorage()): void {
  if (remembering.has(storage)) return;
  remembering.add(storage);
  const findRules = storage.getTargetValidationMetadatas.bind(storage);
  const groupRules = storage.groupByPropertyName.bind(storage);
  const rulesByClass = new WeakMap<object, Map<string, Rules>>();
  // The lists handed out here, which no one changes, grouped once.
  const grouped = new WeakMap<Rules, RulesByProperty>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    // An object without a constructor (a null prototype) is looked up as before.
    if (typeof target !== 'function') return findRules(target, schema, always, strictGroups, groups);
    const key = JSON.stringify([schema, always, strictGroups, groups ?? null]);
    let forClass = rulesByClass.get(target);
    if (!forClass) {
      forClass = new Map();
      rulesByClass.set(target, forClass);
    }
    const kept = forClass.get(key);
    if (kept) return kept;
    const rules = findRules(target, schema, always, strictGroups, groups);
    forClass.set(key, rules);
    grouped.set(rules, groupRules(rules));
    return rules;
  };
  storage.groupByPropertyName = (rules) => grouped.get(rules) ?? groupRules(rules);
}
