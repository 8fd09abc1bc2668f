// The regulators' published examples, in the contract's vocabulary, with their published outcomes:
// EDPB Guidelines 01/2021 on examples regarding personal data breach notification (v2.0), and the
// Article 29 Working Party's WP250 rev.01, Annex B. Where the engine disagrees, the engine is wrong.
import type { Assessment, RiskLevel } from './assessment.js';
import { assess } from './assess.js';
import type { RiskFacts } from './facts.js';

const NOW = new Date('2026-03-02T09:00:00Z');

function expectOutcome(
  { riskLevel, notifyAuthority, notifyDataSubjects }: Assessment,
  expected: { riskLevel: RiskLevel; notifyAuthority: boolean; notifyDataSubjects: boolean },
): void {
  expect({ riskLevel, notifyAuthority, notifyDataSubjects }).toEqual(expected);
}

describe('EDPB Guidelines 01/2021', () => {
  it('needs no notice when ransomware only touched strongly encrypted data and a backup restored it within hours (case 01)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality', 'availability'],
      malicious: true,
      dataCategories: ['identity', 'contact'],
      subjectCategories: ['employees', 'customers'],
      subjectsAffected: 40,
      confidentiality: { recipients: 'none_confirmed', dataRetrieved: false },
      availability: { outageHours: 4, restorable: true, permanentLoss: false },
      encryption: { level: 'strong', keyCompromised: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false });
  });

  it('notifies the authority but not the people when restoring without a proper backup took five days (case 02)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality', 'availability'],
      malicious: true,
      dataCategories: ['identity', 'contact'],
      subjectCategories: ['employees', 'customers'],
      subjectsAffected: 40,
      confidentiality: { recipients: 'none_confirmed', dataRetrieved: false },
      availability: { outageHours: 120, restorable: true, permanentLoss: false },
      encryption: { level: 'strong', keyCompromised: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false });
  });

  it('tells patients when ransomware keeps hospital records unavailable for two days (case 03)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['availability'],
      malicious: true,
      dataCategories: ['identity', 'health'],
      subjectCategories: ['patients', 'employees'],
      subjectsAffected: 3000,
      availability: { outageHours: 48, restorable: true, permanentLoss: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('tells people when ransomware exfiltrated identity card numbers and card details and encrypted the backup too (case 04)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality', 'availability'],
      malicious: true,
      dataCategories: ['identity', 'contact', 'national_id', 'financial'],
      subjectCategories: ['customers', 'employees'],
      subjectsAffected: 5000,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
      availability: { outageHours: 72, restorable: false, permanentLoss: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('tells job applicants when an attacker captured their application forms from the website (case 05)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: true,
      dataCategories: ['identity', 'contact', 'professional'],
      subjectCategories: ['job_applicants'],
      subjectsAffected: 213,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('needs no notice when only user names and salted, state-of-the-art password hashes were exfiltrated (case 06)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: true,
      dataCategories: ['account', 'credentials'],
      subjectCategories: ['users'],
      subjectsAffected: 1200,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
      encryption: { level: 'strong', keyCompromised: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false });
  });

  it('tells bank customers when credential stuffing opened accounts showing their identity and tax codes (case 07)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: true,
      dataCategories: ['identity', 'national_id', 'account'],
      subjectCategories: ['customers'],
      subjectsAffected: 2000,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('notifies the authority but not the clients when a leaving employee copied their contact data (case 08)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: true,
      dataCategories: ['identity', 'contact'],
      subjectCategories: ['customers'],
      subjectsAffected: 500,
      confidentiality: { recipients: 'known_untrusted', dataRetrieved: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false });
  });

  it('needs no notice when a trusted recipient bound by secrecy deleted data sent to him by mistake (case 09)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: false,
      dataCategories: ['identity', 'contact'],
      subjectCategories: ['customers'],
      subjectsAffected: 24,
      confidentiality: { recipients: 'known_trusted', dataRetrieved: true },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false });
  });

  it('needs no authority notice when strong encryption keeps the key safe (case 10: stolen tablets of a day-care centre)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality', 'availability'],
      malicious: true,
      dataCategories: ['identity', 'professional'],
      subjectCategories: ['children'],
      subjectsAffected: 60,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
      availability: { outageHours: 0, restorable: true, permanentLoss: false },
      encryption: { level: 'strong', keyCompromised: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false });
  });

  it('tells customers when a stolen notebook held more than 100 000 of their records unencrypted (case 11)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality', 'availability'],
      malicious: true,
      dataCategories: ['identity', 'contact'],
      subjectCategories: ['customers'],
      subjectsAffected: 100001,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
      availability: { outageHours: 0, restorable: true, permanentLoss: false },
      encryption: { level: 'none', keyCompromised: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('tells patients when the only, paper, logbook of a rehabilitation centre was stolen (case 12)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality', 'availability'],
      malicious: true,
      dataCategories: ['identity', 'health'],
      subjectCategories: ['patients'],
      subjectsAffected: 50,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
      availability: { outageHours: 0, restorable: false, permanentLoss: true },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('needs no notice when two customers received each other’s parcels and packing bills, later recalled (case 13)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: false,
      dataCategories: ['identity', 'contact'],
      subjectCategories: ['customers'],
      subjectsAffected: 2,
      confidentiality: { recipients: 'known_untrusted', dataRetrieved: true },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false });
  });

  it('tells job seekers when a mailing attached their social security numbers for 60 000 recipients (case 14)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: false,
      dataCategories: ['identity', 'contact', 'national_id'],
      subjectCategories: ['public'],
      subjectsAffected: 60000,
      confidentiality: { recipients: 'known_untrusted', dataRetrieved: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('notifies the authority but not the policyholder when a car insurance letter went to another policyholder (case 16)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: false,
      dataCategories: ['identity', 'contact', 'device_and_usage'],
      subjectCategories: ['customers'],
      subjectsAffected: 1,
      confidentiality: { recipients: 'known_untrusted', dataRetrieved: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false });
  });

  it('tells the customer whose bills and call records an impostor obtained from the call centre (case 17)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: true,
      dataCategories: ['identity', 'contact', 'financial', 'communications_metadata'],
      subjectCategories: ['customers'],
      subjectsAffected: 1,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });
});

describe('WP250 Annex B', () => {
  const stolenBackupKey: RiskFacts = {
    role: 'controller',
    breachTypes: ['confidentiality', 'availability'],
    malicious: true,
    dataCategories: ['identity', 'contact', 'financial'],
    subjectCategories: ['customers'],
    subjectsAffected: 800,
    confidentiality: { recipients: 'unknown', dataRetrieved: false },
    availability: { outageHours: 0, restorable: true, permanentLoss: false },
    encryption: { level: 'strong', keyCompromised: false },
  };

  it('needs no notice when an encrypted backup key is stolen and the key and the data are safe (example i)', () => {
    expectOutcome(assess(stolenBackupKey, NOW), { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false });
  });

  it('needs notices once the key of a stolen encrypted backup is compromised (example i, later)', () => {
    const facts: RiskFacts = { ...stolenBackupKey, encryption: { level: 'strong', keyCompromised: true } };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('notifies the authority of personal data exfiltrated from an online service (example ii)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: true,
      dataCategories: ['identity', 'contact'],
      subjectCategories: ['users'],
      subjectsAffected: 300,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false });
  });

  it('needs no notice when a power cut of a few minutes keeps customers from their records (example iii)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['availability'],
      malicious: false,
      dataCategories: ['identity', 'contact', 'account'],
      subjectCategories: ['customers'],
      subjectsAffected: 5000,
      availability: { outageHours: 0.1, restorable: true, permanentLoss: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false });
  });

  const ransomwareWithoutBackup: RiskFacts = {
    role: 'controller',
    breachTypes: ['availability'],
    malicious: true,
    dataCategories: ['identity', 'contact'],
    subjectCategories: ['customers'],
    subjectsAffected: 300,
    availability: { outageHours: 0, restorable: false, permanentLoss: true },
  };

  it('notifies the authority when ransomware destroys an ordinary customer list with no backup (example iv)', () => {
    expectOutcome(assess(ransomwareWithoutBackup, NOW), { riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false });
  });

  it('also tells people when the data ransomware destroyed with no backup are health records (example iv)', () => {
    const facts: RiskFacts = { ...ransomwareWithoutBackup, dataCategories: ['identity', 'health'], subjectCategories: ['patients'] };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('tells users when their user names, passwords and purchase history are published online (example vi)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: true,
      dataCategories: ['account', 'credentials', 'behavioural'],
      subjectCategories: ['customers'],
      subjectsAffected: 20000,
      confidentiality: { recipients: 'public', dataRetrieved: false },
      crossBorder: { memberStates: ['RO', 'BG', 'HU'] },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('tells patients when a cyber-attack makes medical records unavailable for 30 hours (example viii)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['availability'],
      malicious: true,
      dataCategories: ['identity', 'health'],
      subjectCategories: ['patients'],
      subjectsAffected: 8000,
      availability: { outageHours: 30, restorable: true, permanentLoss: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('notifies the authority when many students’ data go to a mailing list of 1000+ recipients (example ix)', () => {
    const facts: RiskFacts = {
      role: 'controller',
      breachTypes: ['confidentiality'],
      malicious: false,
      dataCategories: ['identity', 'contact'],
      subjectCategories: ['users'],
      subjectsAffected: 1500,
      confidentiality: { recipients: 'known_untrusted', dataRetrieved: false },
    };
    expectOutcome(assess(facts, NOW), { riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false });
  });

  const marketingMailInCc: RiskFacts = {
    role: 'controller',
    breachTypes: ['confidentiality'],
    malicious: false,
    dataCategories: ['contact'],
    subjectCategories: ['customers'],
    subjectsAffected: 40,
    confidentiality: { recipients: 'known_untrusted', dataRetrieved: false },
  };

  it('needs no notice when a marketing email shows a few dozen addresses in CC (example x)', () => {
    expectOutcome(assess(marketingMailInCc, NOW), { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false });
  });

  it('notifies the authority when a marketing email shows thousands of addresses in CC (example x, many people)', () => {
    const facts: RiskFacts = { ...marketingMailInCc, subjectsAffected: 5000 };
    expectOutcome(assess(facts, NOW), { riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false });
  });

  it("tells people when a psychotherapist's mailing list in CC reveals who the patients are (example x, sensitive)", () => {
    const facts: RiskFacts = { ...marketingMailInCc, subjectCategories: ['patients'], controllerRevealsSensitiveContext: true };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });

  it('tells people when an email in CC also carries their initial passwords (example x, passwords)', () => {
    const facts: RiskFacts = { ...marketingMailInCc, dataCategories: ['contact', 'credentials'] };
    expectOutcome(assess(facts, NOW), { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true });
  });
});
