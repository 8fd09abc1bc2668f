// Every reason the engine can give has its wording in Romanian and in English, filled from its values.
import fc from 'fast-check';
import { riskFacts } from '../../../test/support/risk-facts.arbitrary.js';
import { assess } from '../assess.js';
import { assessIncident, type PartedFacts } from '../parts.js';
import type { Reason } from '../assessment.js';
import type { RiskFacts } from '../facts.js';
import { REASON_CODES } from '../reason-codes.js';
import { describeReason, REASON_LANGUAGES, REASON_WORDING } from './reason-wording.js';

const NOW = new Date('2026-03-02T09:00:00Z');
const UNFILLED = /undefined|NaN|\[object Object\]/;

/** Encrypted application forms taken during a 30-hour outage: the rare case where Art. 34(3)(a) applies. */
const ENCRYPTED_DISCLOSURE_AND_OUTAGE: RiskFacts = {
  role: 'controller',
  breachTypes: ['confidentiality', 'availability'],
  malicious: true,
  dataCategories: ['identity', 'contact', 'professional'],
  subjectCategories: ['job_applicants'],
  subjectsAffected: 300,
  confidentiality: { recipients: 'unknown', dataRetrieved: false },
  availability: { outageHours: 30, restorable: true, permanentLoss: false },
  encryption: { level: 'strong', keyCompromised: false },
};

/** A letter with health data sent to one wrong person who returned it. */
const LETTER_RETURNED: RiskFacts = {
  role: 'controller',
  breachTypes: ['confidentiality'],
  malicious: false,
  dataCategories: ['identity', 'health'],
  subjectsAffected: 1,
  confidentiality: { recipients: 'known_untrusted', dataRetrieved: true, recipientCount: 1 },
};

/** Patients' records restored from a backup after ten hours. */
const PATIENT_RECORDS_OUTAGE: RiskFacts = {
  role: 'controller',
  breachTypes: ['availability'],
  dataCategories: ['identity', 'health'],
  subjectCategories: ['patients'],
  availability: { outageHours: 10, restorable: true, permanentLoss: false },
};

const RARE = [ENCRYPTED_DISCLOSURE_AND_OUTAGE, LETTER_RETURNED, PATIENT_RECORDS_OUTAGE];

/** Logged against a system holding our own data and a customer's, one fact stated by the reporter (issue #15). */
const BOTH_ROLES: PartedFacts = {
  role: 'controller',
  breachTypes: ['availability'],
  dataCategories: ['identity'],
  subjectsAffected: 10,
  availability: { outageHours: 2, restorable: true, permanentLoss: false },
  systems: ['crm'],
  dataSets: [
    {
      system: 'crm',
      role: 'controller',
      dataCategories: ['identity'],
      subjectCategories: [],
      electronicCommunications: false,
      controllers: [],
    },
    {
      system: 'crm',
      role: 'processor',
      dataCategories: ['identity'],
      subjectCategories: [],
      electronicCommunications: false,
      controllers: [{ name: 'Shop Alpha SRL', contact: 'dpo@alpha.test', noticeHours: 24 }],
    },
  ],
  factSources: { dataCategories: 'inventory', subjectsAffected: 'reporter' },
};

/** Every reason of many consistent breaches, the engine's whole repertoire in practice. */
const emitted: Reason[] = [...fc.sample(riskFacts, { numRuns: 800, seed: 20261201 }), ...RARE]
  .flatMap((facts) => assess(facts, NOW).reasons)
  .concat(assessIncident(BOTH_ROLES, NOW).reasons);

describe('reason wording', () => {
  it.each(REASON_LANGUAGES)('has a %s wording for every reason code', (language) => {
    for (const code of REASON_CODES) expect(typeof REASON_WORDING[language][code]).toBe('function');
    expect(Object.keys(REASON_WORDING[language]).sort()).toEqual([...REASON_CODES].sort());
  });

  it('gives every reason the engine emits a known code and values', () => {
    expect(emitted.filter((reason) => !REASON_CODES.includes(reason.code!) || reason.params === undefined)).toEqual([]);
  });

  it('makes the English explanation the English wording of the code, so API consumers and English notices agree', () => {
    expect(emitted.filter((reason) => describeReason(reason, 'en') !== reason.explanation)).toEqual([]);
  });

  it.each(REASON_LANGUAGES)('fills every %s sentence from the reason’s values, leaving no blank', (language) => {
    const sentences = emitted.map((reason) => describeReason(reason, language)!);
    expect(sentences.filter((sentence) => !/^\S.{10,}[.)]$/.test(sentence) || UNFILLED.test(sentence))).toEqual([]);
  });

  it('renders Romanian reasons in Romanian, with comma-below ș and ț', () => {
    const untranslated = emitted.filter((reason) => {
      const sentence = describeReason(reason, 'ro')!;
      return sentence === reason.explanation || /[şţŞŢ]/.test(sentence);
    });
    expect(untranslated).toEqual([]);
  });

  it('keeps the stored English of an assessment made before reasons had codes, and gives nothing to a Romanian notice', () => {
    const old: Reason = { factor: 'dpc.base', effect: 'DPC 4', explanation: 'The most sensitive kind of data in the breach is health.' };
    expect(describeReason(old, 'en')).toBe(old.explanation);
    expect(describeReason(old, 'ro')).toBeUndefined();
  });

  it('emits every code the catalogue lists, so no code is dead', () => {
    const seen = new Set(emitted.map((reason) => reason.code));
    expect(REASON_CODES.filter((code) => !seen.has(code))).toEqual([]);
  });
});
