import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_CATEGORIES, type DataCategory } from '../../risk/facts.js';
import { withReasonsForDelay } from './authority-notice.js';
import { NOTICE_STRINGS } from './i18n/index.js';
import { RO } from './i18n/ro.js';
import { markdownToHtml } from './markdown-to-html.js';
import { NOTICE_KINDS, NOTICE_LANGUAGES, type NoticeInput, type NoticeKind, type NoticeLanguage } from './notice-input.js';
import { renderNotice } from './render-notice.js';

const HOUR = 3_600_000;
const AWARE_AT = new Date('2026-03-10T08:15:00Z');
const afterAwareness = (hours: number) => new Date(AWARE_AT.getTime() + hours * HOUR);

/** A processor's call-centre breach, notified late, with something in every field. */
function aNoticeInput(overrides: Partial<NoticeInput> = {}): NoticeInput {
  return {
    kind: 'authority',
    language: 'en',
    now: afterAwareness(100),
    timeZone: 'Europe/Bucharest',
    organisation: {
      name: 'Callcenter Ardeal SRL',
      sector: 'private',
      registrationCode: 'RO12345678',
      address: 'Str. Memorandumului 28, Cluj-Napoca',
      dpo: { name: 'Ioana Popescu', email: 'dpo@callcenter-ardeal.ro', phone: '+40 264 555 010' },
    },
    incident: {
      reference: 'BR-2026-0007',
      title: 'Call recordings bucket left public',
      description: 'A storage bucket in the Frankfurt cloud region holding call recordings was publicly readable.',
      awareAt: AWARE_AT,
      occurredAt: new Date('2026-03-01T22:30:00Z'),
      detectedAt: new Date('2026-03-10T07:50:00Z'),
      role: 'processor',
      affectedControllers: [
        { name: 'Banca Exemplu SA', contact: 'dpo@banca-exemplu.ro', noticeHours: 24 },
        { name: 'Energie Vest SA', contact: 'privacy@energievest.ro', noticeHours: 48 },
      ],
      breachTypes: ['confidentiality'],
      malicious: true,
      dataCategories: ['credentials', 'contact', 'financial', 'national_id', 'communications_content', 'location', 'health'],
      subjectCategories: ['customers', 'employees'],
      subjectsAffected: 12500,
      recordsAffected: 48000,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
      encryption: { level: 'none', keyCompromised: false },
      mitigation: { measures: 'Revoked public access and rotated the exposed access keys.', highRiskNoLongerLikely: false },
      crossBorder: { memberStates: ['DE', 'HU'] },
      textLanguage: 'en',
      plainLanguageSummary: 'Recordings of your calls with us were stored where anyone on the internet could reach them.',
      translations: {
        ro: {
          description: 'Un spațiu de stocare în cloud cu înregistrări ale apelurilor a fost accesibil public.',
          measures: 'Am blocat accesul public și am schimbat cheile de acces.',
          plainLanguageSummary:
            'Înregistrările convorbirilor dumneavoastră cu noi au fost păstrate într-un loc accesibil oricui pe internet.',
        },
      },
    },
    assessment: {
      severity: { score: 3.25, level: 'very_high', dpc: 3, ei: 1, cb: 0.25 },
      riskLevel: 'high_risk',
      notifyAuthority: true,
      notifyDataSubjects: true,
      exemptions: [],
      reasons: [{ factor: 'data_category:health', effect: 'DPC base 4', explanation: 'Health data reveal intimate details of a person.' }],
      method: 'enisa-2013+edpb',
      methodVersion: '1.0.0',
      assessedAt: '2026-03-10T09:00:00Z',
    },
    clocks: [{ key: 'gdpr_art33', regime: 'gdpr_art33', recipient: 'ANSPDCP', dueAt: afterAwareness(72), state: 'missed' }],
    late: true,
    reasonsForDelay: 'The forensic copy of the bucket logs arrived on day four.',
    subjectsInformed: null,
    recipientController: {
      name: 'Banca Exemplu SA',
      contact: 'dpo@banca-exemplu.ro',
      noticeHours: 24,
      subjectsAffected: 4100,
      recordsAffected: 9800,
    },
    ...overrides,
  };
}

const render = (kind: NoticeKind, language: NoticeLanguage, overrides: Partial<NoticeInput> = {}) =>
  renderNotice(aNoticeInput({ kind, language, ...overrides }));

const withIncident = (changes: Partial<NoticeInput['incident']>): Partial<NoticeInput> => ({
  incident: { ...aNoticeInput().incident, ...changes },
});

/** The text under a heading, up to the next heading of the same or a higher level. */
function sectionOf(markdown: string, headingLine: string): string {
  const start = markdown.indexOf(`${headingLine}\n`);
  if (start < 0) throw new Error(`no heading "${headingLine}" in:\n${markdown}`);
  const level = /^#+/.exec(headingLine)![0];
  const rest = markdown.slice(start + headingLine.length);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

function expectInOrder(markdown: string, texts: readonly string[]): void {
  const positions = texts.map((text) => markdown.indexOf(text));
  texts.forEach((text, index) => expect([text, positions[index]]).not.toEqual([text, -1]));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

const AUTHORITY_HEADINGS: Record<NoticeLanguage, string[]> = {
  ro: [
    '## 1. Identificarea operatorului',
    '## 2. Identitatea și datele de contact ale responsabilului cu protecția datelor sau ale unui alt punct de contact',
    '## 3. Notificare nouă sau completare a notificării inițiale',
    '## 4. Data și ora incidentului și ale depistării incidentului',
    '## 5. Caracterul încălcării securității datelor cu caracter personal',
    '## 6. Natura și conținutul datelor cu caracter personal în cauză',
    '## 7. Măsurile tehnice și organizatorice aplicate sau care urmează a fi aplicate de operator',
    '## 8. Alți operatori implicați',
    '## 9. Rezumatul incidentului (inclusiv locul și suporturile de stocare)',
    '## 10. Numărul aproximativ și categoriile de persoane vizate și de înregistrări',
    '## 11. Consecințele probabile ale încălcării',
    '## 12. Măsuri pentru atenuarea posibilelor efecte negative',
    '## 13. Informarea persoanelor vizate',
    '## 14. Aspecte transfrontaliere',
    '## 15. Alte autorități informate',
    '## 16. Motivele întârzierii',
    '## Semnătura',
  ],
  en: [
    '## 1. Identification of the controller',
    '## 2. Identity and contact details of the data protection officer or other contact point',
    '## 3. New notification or supplement to the initial notification',
    '## 4. Date and time of the incident and of its detection',
    '## 5. Nature of the personal data breach',
    '## 6. Nature and content of the personal data concerned',
    '## 7. Technical and organisational measures applied or to be applied by the controller',
    '## 8. Other controllers involved',
    '## 9. Summary of the incident (including location and storage media)',
    '## 10. Approximate number and categories of data subjects and of records',
    '## 11. Likely consequences of the breach',
    '## 12. Measures to mitigate possible adverse effects',
    '## 13. Information of the data subjects',
    '## 14. Cross-border aspects',
    '## 15. Other authorities informed',
    '## 16. Reasons for the delay',
    '## Signature',
  ],
};

/** What each kind must say in each language, beyond the fixture's own values. */
const REQUIRED_TEXT: Record<NoticeKind, Record<NoticeLanguage, string[]>> = {
  authority: {
    ro: [
      ...AUTHORITY_HEADINGS.ro,
      'Decizia ANSPDCP nr. 128/2018',
      '**Sectorul:** privat',
      '**Codul unic de înregistrare (CUI):** RO12345678',
      '**Calitatea în prelucrare:** persoană împuternicită de operator',
      'Notificare nouă',
      '**Data și ora incidentului:** 2026-03-01 22:30 UTC (ora locală 2026-03-02 00:30, UTC+02:00)',
      '**Data și ora depistării incidentului:** 2026-03-10 07:50 UTC (ora locală 2026-03-10 09:50, UTC+02:00)',
      '**Data și ora luării la cunoștință:** 2026-03-10 08:15 UTC (ora locală 2026-03-10 10:15, UTC+02:00)',
      '**Încălcarea a fost provocată intenționat:** da',
      'încălcarea confidențialității',
      '**Cine ar fi putut accesa datele:** destinatari necunoscuți',
      'date privind sănătatea (categorie specială, art. 9 din RGPD)',
      '**Datele afectate erau criptate:** nu',
      'Banca Exemplu SA (dpo@banca-exemplu.ro)',
      'Energie Vest SA (privacy@energievest.ro)',
      '**Categoriile de persoane vizate:** clienți, angajați',
      '**Numărul aproximativ de persoane vizate:** 12.500',
      '**Numărul aproximativ de înregistrări:** 48.000',
      'furt sau fraudă de identitate',
      '### Evaluarea riscului',
      '**Gravitatea (scor și nivel):** 3,25 (foarte ridicată)',
      '**Riscul pentru drepturile și libertățile persoanelor fizice:** risc ridicat',
      '**Recomandări pentru persoanele vizate:**',
      'Nu încă. Încălcarea este susceptibilă să genereze un risc ridicat',
      'Germania (DE)',
      'Ungaria (HU)',
      'la mai mult de 72 de ore',
      '**Numele și prenumele:** Ioana Popescu',
      '**Funcția:** Responsabil cu protecția datelor',
      '**Data:** 14 martie 2026',
    ],
    en: [
      ...AUTHORITY_HEADINGS.en,
      'ANSPDCP Decision no. 128/2018',
      '**Sector:** private',
      '**Registration code (CUI):** RO12345678',
      '**Role in the processing:** processor',
      'New notification',
      '**Date and time of the incident:** 2026-03-01 22:30 UTC (local time 2026-03-02 00:30, UTC+02:00)',
      '**Date and time the incident was detected:** 2026-03-10 07:50 UTC (local time 2026-03-10 09:50, UTC+02:00)',
      '**Date and time of becoming aware:** 2026-03-10 08:15 UTC (local time 2026-03-10 10:15, UTC+02:00)',
      '**The breach was caused deliberately:** yes',
      'confidentiality breach',
      '**Who may have accessed the data:** unknown recipients',
      'health data (special category, Art. 9 GDPR)',
      '**The affected data were encrypted:** no',
      'Banca Exemplu SA (dpo@banca-exemplu.ro)',
      'Energie Vest SA (privacy@energievest.ro)',
      '**Categories of data subjects:** customers, employees',
      '**Approximate number of data subjects:** 12,500',
      '**Approximate number of records:** 48,000',
      'identity theft or fraud',
      '### Risk assessment',
      '**Severity (score and level):** 3.25 (very high)',
      '**Risk to the rights and freedoms of natural persons:** high risk',
      'Health data reveal intimate details of a person. (DPC base 4)',
      '**Recommendations to the data subjects:**',
      'Not yet. The breach is likely to result in a high risk',
      'Germany (DE)',
      'Hungary (HU)',
      'more than 72 hours after',
      '**Name:** Ioana Popescu',
      '**Position:** Data protection officer',
      '**Date:** 14 March 2026',
    ],
  },
  data_subjects: {
    ro: [
      '# Incident de securitate care a afectat datele dumneavoastră cu caracter personal',
      '**Expeditor:** Callcenter Ardeal SRL, Str. Memorandumului 28, Cluj-Napoca',
      'Data: 14 martie 2026',
      'Stimată doamnă, stimate domn,',
      'Vă informăm cu privire la un incident de securitate',
      '## Ce s-a întâmplat',
      'Pe 10 martie 2026 am aflat că:',
      'Problema a început pe 2 martie 2026.',
      'A fost provocată intenționat de cineva',
      'Înregistrările convorbirilor dumneavoastră cu noi au fost păstrate într-un loc accesibil oricui pe internet.',
      '## Ce date au fost afectate',
      '## Ce poate însemna pentru dumneavoastră',
      '## Ce am făcut',
      '## Ce vă recomandăm',
      '## Pe cine puteți contacta',
      'responsabilul nostru cu protecția datelor, Ioana Popescu',
      '**Telefon:** +40 264 555 010',
      '## Dreptul de a depune o plângere',
      'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)',
      'B-dul G-ral. Gheorghe Magheru nr. 28-30, sector 1, cod poștal 010336, București',
      'Cu stimă,',
    ],
    en: [
      '# A security incident that affected your personal data',
      '**From:** Callcenter Ardeal SRL, Str. Memorandumului 28, Cluj-Napoca',
      'Date: 14 March 2026',
      'Dear Sir or Madam,',
      'We are writing to tell you about a security incident',
      '## What happened',
      'On 10 March 2026 we found out that:',
      'The problem started on 2 March 2026.',
      'It was caused deliberately by someone',
      'Recordings of your calls with us were stored where anyone on the internet could reach them.',
      '## What information was affected',
      '## What this may mean for you',
      '## What we have done',
      '## What we recommend',
      '## Who to contact',
      'our data protection officer, Ioana Popescu',
      '**Phone:** +40 264 555 010',
      '## Your right to complain',
      'ANSPDCP',
      'B-dul G-ral. Gheorghe Magheru nr. 28-30, sector 1, postal code 010336, Bucharest',
      'Yours faithfully,',
    ],
  },
  controller: {
    ro: [
      '# Notificarea încălcării securității datelor cu caracter personal către operator (art. 33 alin. (2) din RGPD)',
      '**Către:** Banca Exemplu SA (dpo@banca-exemplu.ro)',
      '**De la:** Callcenter Ardeal SRL, CUI RO12345678, Str. Memorandumului 28, Cluj-Napoca',
      'art. 33 alin. (2) și al art. 28 alin. (3) lit. f) din RGPD',
      '## Când am luat cunoștință',
      '**Data și ora luării la cunoștință:** 2026-03-10 08:15 UTC (ora locală 2026-03-10 10:15, UTC+02:00)',
      'termenul dumneavoastră de 72 de ore',
      'de la primirea acestei notificări',
      '## Natura încălcării',
      '## Datele și persoanele dumneavoastră vizate',
      '**Numărul aproximativ al persoanelor dumneavoastră vizate:** 4.100',
      '**Numărul aproximativ al înregistrărilor dumneavoastră:** 9.800',
      '## Izolarea incidentului',
      '## Consecințele probabile',
      '## Măsurile luate sau propuse',
      '## Indicatori de compromitere',
      '## Raportări deja făcute către alte autorități',
      '## Alte persoane împuternicite (subcontractanți) implicate',
      '## State membre vizate',
      '## Cine informează persoanele vizate',
      '## Punctul de contact',
      '## Investigația',
      'cine a avut acces la date',
      '## Informații suplimentare',
    ],
    en: [
      '# Notification of a personal data breach to the controller (Art. 33(2) GDPR)',
      '**To:** Banca Exemplu SA (dpo@banca-exemplu.ro)',
      '**From:** Callcenter Ardeal SRL, CUI RO12345678, Str. Memorandumului 28, Cluj-Napoca',
      'Art. 33(2) and Art. 28(3)(f) GDPR',
      '## When we became aware',
      '**Date and time of becoming aware:** 2026-03-10 08:15 UTC (local time 2026-03-10 10:15, UTC+02:00)',
      'your 72-hour period',
      'from when you receive this notice',
      '## Nature of the breach',
      '## Your data and people concerned',
      '**Approximate number of your data subjects:** 4,100',
      '**Approximate number of your records:** 9,800',
      '## Containment',
      '## Likely consequences',
      '## Measures taken or proposed',
      '## Indicators of compromise',
      '## Reports already made to other authorities',
      '## Sub-processors involved',
      '## Member States concerned',
      '## Who informs the data subjects',
      '## Contact point',
      '## Investigation',
      'who accessed the data',
      '## Further information',
    ],
  },
};

const KIND_LANGUAGE = NOTICE_KINDS.flatMap((kind) => NOTICE_LANGUAGES.map((language) => [kind, language] as const));

describe.each(KIND_LANGUAGE)('the %s notice in %s', (kind, language) => {
  const { title, markdown } = render(kind, language);
  const { vocabulary } = NOTICE_STRINGS[language];

  it('says everything its kind requires', () => {
    for (const text of REQUIRED_TEXT[kind][language]) expect(markdown).toContain(text);
  });

  it('keeps its sections in order', () => {
    expectInOrder(
      markdown,
      REQUIRED_TEXT[kind][language].filter((text) => /^#{1,2} /.test(text)),
    );
  });

  it('carries the incident reference and the DPO contact', () => {
    expect(markdown).toContain('BR-2026-0007');
    expect(markdown).toContain('dpo@callcenter-ardeal.ro');
  });

  it('names every data category in plain words', () => {
    for (const category of aNoticeInput().incident.dataCategories) expect(markdown).toContain(vocabulary.dataCategory[category]);
  });

  it('says what was done, in its own language', () => {
    const measures = {
      en: 'Revoked public access and rotated the exposed access keys.',
      ro: 'Am blocat accesul public și am schimbat cheile de acces.',
    };
    expect(markdown).toContain(measures[language]);
  });

  it('begins with its title as the only top heading', () => {
    expect(markdown.startsWith(`# ${title}\n`)).toBe(true);
    expect(markdown.match(/^# /gm)).toHaveLength(1);
  });
});

describe('the authority notice', () => {
  it.each(NOTICE_LANGUAGES)('quotes the reasons for the delay when late (%s)', (language) => {
    const delay = sectionOf(render('authority', language).markdown, AUTHORITY_HEADINGS[language][15]);
    expect(delay).toContain('The forensic copy of the bucket logs arrived on day four.');
  });

  it.each([
    ['en', '[REQUIRED: reasons for the delay]'],
    ['ro', '[OBLIGATORIU: motivele întârzierii]'],
  ] as const)('shows a placeholder when late without reasons (%s)', (language, placeholder) => {
    const { markdown } = render('authority', language, { reasonsForDelay: undefined });
    expect(sectionOf(markdown, AUTHORITY_HEADINGS[language][15])).toContain(placeholder);
  });

  it('asks for the reasons for the delay when the notice is late', () => {
    const { markdown } = render('authority', 'en', { reasonsForDelay: undefined });
    expect(markdown).toContain('## 16. Reasons for the delay');
    expect(markdown).toContain('[REQUIRED: reasons for the delay]');
  });

  it('has no delay section when made in time', () => {
    const { markdown } = render('authority', 'en', {
      now: afterAwareness(30),
      late: false,
      clocks: [{ key: 'gdpr_art33', regime: 'gdpr_art33', recipient: 'ANSPDCP', dueAt: afterAwareness(72), state: 'running' }],
    });
    expect(markdown).not.toContain('Reasons for the delay');
    expect(markdown).toContain('## 15. Other authorities informed');
  });

  it.each([
    ['en', 'Supplement to notification no. ANSPDCP-2026-117 sent on 2026-03-12 08:15 UTC (local time 2026-03-12 10:15, UTC+02:00)'],
    ['ro', 'Completare a notificării nr. ANSPDCP-2026-117 transmise la 2026-03-12 08:15 UTC (ora locală 2026-03-12 10:15, UTC+02:00)'],
  ] as const)('names the notification a supplement completes, Art. 33(4) (%s)', (language, text) => {
    const { markdown } = render('authority', language, {
      now: afterAwareness(200),
      supplementTo: { externalReference: 'ANSPDCP-2026-117', sentAt: afterAwareness(48) },
      late: false,
      clocks: [{ key: 'gdpr_art33', regime: 'gdpr_art33', recipient: 'ANSPDCP', dueAt: afterAwareness(72), state: 'met' }],
    });
    expect(sectionOf(markdown, AUTHORITY_HEADINGS[language][2])).toContain(text);
    expect(markdown).not.toContain(AUTHORITY_HEADINGS[language][15]);
  });

  // Decision 128/2018, section 2 part II: the content of the communication, the means and the number of people informed.
  it('says with what content, by what means and to how many people the data subjects were informed', () => {
    const { markdown } = render('authority', 'en', {
      subjectsInformed: {
        how: 'an email to each customer',
        when: afterAwareness(20),
        count: 11_900,
        letter: { title: 'A security incident that affected your personal data', version: 3 },
      },
    });
    const informed = sectionOf(markdown, '## 13. Information of the data subjects');
    expect(informed).toContain(
      '**Content of the communication to the data subjects:** the letter "A security incident that affected your personal data", version 3, attached',
    );
    expect(informed).toContain('**Means of communication used:** an email to each customer');
    expect(informed).toContain('**Number of data subjects informed:** 11,900');
    expect(informed).toContain('**Date of the communication:** 2026-03-11 04:15 UTC (local time 2026-03-11 06:15, UTC+02:00)');
  });

  it.each([
    [
      'en',
      'The data subjects are not informed individually, because:',
      'unintelligible to anyone not authorised',
      'a public communication informs them',
    ],
    [
      'ro',
      'Persoanele vizate nu sunt informate individual, deoarece:',
      'neinteligibile pentru orice persoană neautorizată',
      'o informare publică le informează',
    ],
  ] as const)('explains the Art. 34(3) exemptions (%s)', (language, ...texts) => {
    const assessment = {
      ...aNoticeInput().assessment!,
      notifyDataSubjects: false,
      exemptions: ['art34_3_a' as const, 'art34_3_c' as const],
    };
    const informed = sectionOf(render('authority', language, { assessment }).markdown, AUTHORITY_HEADINGS[language][12]);
    expectInOrder(informed, texts);
  });

  it('says when informing the people is not required', () => {
    const assessment = { ...aNoticeInput().assessment!, riskLevel: 'risk' as const, notifyDataSubjects: false };
    expect(render('authority', 'en', { assessment }).markdown).toContain('No. The breach is not likely to result in a high risk');
  });

  it('asks for the information of the data subjects and shows no risk summary before an assessment', () => {
    const { markdown } = render('authority', 'en', { assessment: null });
    expect(markdown).toContain('[REQUIRED: whether and how the data subjects were informed]');
    expect(markdown).toContain('The risk has not been assessed yet.');
  });

  it('states the Art. 34(3)(b) claim among the measures for adverse effects', () => {
    const { markdown } = render(
      'authority',
      'en',
      withIncident({ mitigation: { measures: 'Keys rotated.', highRiskNoLongerLikely: true } }),
    );
    expect(sectionOf(markdown, '## 12. Measures to mitigate possible adverse effects')).toContain('Art. 34(3)(b) GDPR');
  });

  it.each([
    ['en', 'unknown', 'No data subjects in other EU member states have been identified.', 'None'],
    ['ro', 'nu se cunoaște', 'Nu au fost identificate persoane vizate din alte state membre ale UE.', 'Niciunul'],
  ] as const)('says "unknown" for facts nobody has stated (%s)', (language, unknown, noMemberStates, noControllers) => {
    const { markdown } = render(
      'authority',
      language,
      withIncident({
        occurredAt: undefined,
        detectedAt: undefined,
        malicious: undefined,
        subjectCategories: undefined,
        subjectsAffected: undefined,
        recordsAffected: undefined,
        crossBorder: undefined,
        affectedControllers: undefined,
        encryption: undefined,
      }),
    );
    const { labels } = NOTICE_STRINGS[language];
    const unstated = [labels.occurredAt, labels.detectedAt, labels.malicious, labels.subjectCategories, labels.encryption];
    for (const label of [...unstated, labels.subjectsAffected, labels.recordsAffected]) {
      expect(markdown).toContain(`**${label}:** ${unknown}`);
    }
    expect(markdown).toContain(noMemberStates);
    expect(sectionOf(markdown, AUTHORITY_HEADINGS[language][7])).toContain(noControllers);
  });

  it('asks for a summary and measures when none was written', () => {
    const { markdown } = render('authority', 'en', withIncident({ description: '  ', mitigation: undefined }));
    expect(markdown).toContain('[REQUIRED: summary of the incident, including location and storage media]');
    expect(markdown).toContain('[REQUIRED: measures taken or proposed]');
  });
});

describe('the data subjects notice', () => {
  // Art. 34(2): clear and plain language.
  it.each(NOTICE_LANGUAGES)('uses no legal terms (%s)', (language) => {
    const legalTerms = /\bart\.|GDPR|RGPD|data subjects?|persoan\S* vizat|\bcontroller|\bprocessor|\boperator|împuternicit/i;
    expect(render('data_subjects', language).markdown).not.toMatch(legalTerms);
  });

  const ADVICE_BY_CATEGORY: [DataCategory, NoticeLanguage, string[]][] = [
    ['credentials', 'en', ['Change your password for our service, and anywhere else you used the same', 'two-step verification (2FA)']],
    ['credentials', 'ro', ['Schimbați parola contului de la noi și oriunde ați folosit aceeași parolă', 'verificarea în doi pași (2FA)']],
    ['contact', 'en', ['emails, calls or text messages that claim to come from us']],
    ['contact', 'ro', ['e-mailurile, apelurile sau SMS-urile care pretind că vin de la noi']],
    ['financial', 'en', ['Check your bank and card statements']],
    ['financial', 'ro', ['Urmăriți extrasele de cont și de card']],
    ['national_id', 'en', ['someone is using your identity', 'credit report']],
    ['national_id', 'ro', ['cineva vă folosește identitatea', 'Biroul de Credit']],
    ['communications_content', 'en', ['knows what was said in your calls or messages may pretend to be us']],
    ['communications_content', 'ro', ['știe ce s-a spus în apelurile sau mesajele dumneavoastră']],
    ['location', 'en', ['following or watching you, call 112']],
    ['location', 'ro', ['cineva vă urmărește, sunați la 112']],
    ['health', 'en', ['threatens to reveal it or asks for money, do not pay', 'doctor or health insurer']],
    ['health', 'ro', ['amenință că le face publice sau vă cere bani, nu plătiți', 'medic sau de la casa de asigurări de sănătate']],
  ];

  it.each(ADVICE_BY_CATEGORY)('advises on %s data (%s)', (category, language, advice) => {
    const { markdown } = render('data_subjects', language, withIncident({ dataCategories: [category] }));
    const whatYouCanDo = sectionOf(markdown, `## ${NOTICE_STRINGS[language].dataSubjects.sections.whatYouCanDo}`);
    for (const piece of advice) expect(whatYouCanDo).toContain(piece);
  });

  const EVERY_CATEGORY = DATA_CATEGORIES.flatMap((category) => NOTICE_LANGUAGES.map((language) => [category, language] as const));

  it.each(EVERY_CATEGORY)('says what %s data may mean and what to do about it (%s)', (category, language) => {
    const { markdown } = render('data_subjects', language, withIncident({ dataCategories: [category], breachTypes: ['confidentiality'] }));
    const { sections } = NOTICE_STRINGS[language].dataSubjects;
    expect(sectionOf(markdown, `## ${sections.whatItMeans}`)).toMatch(/\n- \S/);
    expect(sectionOf(markdown, `## ${sections.whatYouCanDo}`)).toMatch(/\n- \S/);
  });

  it('gives each piece of advice once, however many categories call for it', () => {
    const { markdown } = render('data_subjects', 'en', withIncident({ dataCategories: ['identity', 'contact', 'financial'] }));
    expect(markdown.match(/claim to come from us/g)).toHaveLength(1);
  });
});

describe('the controller notice', () => {
  it('never names our other customers', () => {
    expect(render('controller', 'en').markdown).not.toContain('Energie Vest');
  });

  it('asks for its addressee when none is given', () => {
    expect(render('controller', 'en', { recipientController: undefined }).markdown).toContain(
      '**To:** [REQUIRED: the controller this notice is addressed to]',
    );
  });

  it('lists what is still being investigated, from the facts that are missing', () => {
    const { markdown } = render(
      'controller',
      'en',
      withIncident({ occurredAt: undefined, subjectsAffected: undefined, malicious: undefined }),
    );
    const investigating = sectionOf(markdown, '## Investigation');
    expectInOrder(investigating, [
      'when the breach started',
      'whether the breach was caused deliberately',
      'who accessed the data',
      'how many people are affected',
    ]);
    expect(investigating).not.toContain('how many records');
  });

  it('says nothing is left to investigate only when the investigation is declared complete', () => {
    const { markdown } = render(
      'controller',
      'ro',
      withIncident({ confidentiality: { recipients: 'known_trusted', dataRetrieved: true }, investigationComplete: true }),
    );
    expect(sectionOf(markdown, '## Investigația')).toContain('În acest moment nu mai investigăm alte aspecte.');
  });
});

describe('Romanian text', () => {
  const CEDILLA = /[\u015e\u015f\u0162\u0163]/;
  const COMMA_BELOW = /[\u0218\u0219\u021a\u021b]/;
  const variants: Partial<NoticeInput>[] = [
    {},
    { reasonsForDelay: undefined, recipientController: undefined, assessment: null },
    { assessment: { ...aNoticeInput().assessment!, notifyDataSubjects: false, exemptions: ['art34_3_a', 'art34_3_b', 'art34_3_c'] } },
    {
      subjectsInformed: { how: 'e-mail', when: afterAwareness(5) },
      supplementTo: { externalReference: 'X-1', sentAt: afterAwareness(90) },
    },
    withIncident({
      dataCategories: [...DATA_CATEGORIES],
      breachTypes: ['confidentiality', 'integrity', 'availability'],
      subjectCategories: undefined,
    }),
  ];
  const outputs = NOTICE_KINDS.flatMap((kind) => variants.map((variant) => render(kind, 'ro', variant)));

  it('uses comma-below ș and ț, never the cedilla forms', () => {
    for (const { title, markdown } of outputs) {
      expect(markdown).toMatch(COMMA_BELOW);
      expect(`${title}\n${markdown}`).not.toMatch(CEDILLA);
    }
    expect(JSON.stringify(RO)).not.toMatch(CEDILLA);
  });

  it('has no English left in it', () => {
    for (const { markdown } of outputs) expect(markdown).not.toMatch(/\b(unknown|REQUIRED|GDPR|Art\.|yes|none)\b/);
  });

  it('is not leaked into the English notices', () => {
    for (const kind of NOTICE_KINDS) {
      expect(render(kind, 'en', withIncident({ dataCategories: [...DATA_CATEGORIES] })).markdown).not.toMatch(/[ăâîșțĂÂÎȘȚ]/);
    }
  });
});

describe('the HTML document', () => {
  it.each(KIND_LANGUAGE)('escapes markup typed into the incident (%s, %s)', (kind, language) => {
    const typed = 'Found <script>alert("breach")</script> in the logs.\n# Fake section';
    const hostile = withIncident({
      title: 'Leak <img src=x onerror=alert(1)>',
      description: typed,
      plainLanguageSummary: typed,
      dataDescription: 'orders <img src=x onerror=alert(1)>',
      textLanguage: language,
      translations: undefined,
    });
    const { title, markdown } = render(kind, language, hostile);
    const html = markdownToHtml(markdown, title, language);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('orders &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Found &lt;script&gt;alert(&quot;breach&quot;)&lt;/script&gt; in the logs.');
    expect(html).not.toContain('<h1>Fake section</h1>');
    expect(html).toContain(`<html lang="${language}">`);
  });
});

// Issue 12, point 10: a notice is written in one language throughout.
describe('one language per notice', () => {
  it('quotes no English reason and no internal line in a Romanian authority notice', () => {
    const { markdown } = render('authority', 'ro', {
      now: afterAwareness(30),
      clocks: [{ key: 'gdpr_art33', regime: 'gdpr_art33', recipient: 'ANSPDCP', dueAt: afterAwareness(72), state: 'running' }],
    });
    expect(markdown).not.toContain('Health data reveal intimate details of a person.');
    expect(markdown).not.toContain('Termenul de 72 de ore pentru această notificare');
    expect(markdown).not.toContain('Notificarea autorității de supraveghere este necesară');
    expect(markdown).not.toContain('Informarea persoanelor vizate este necesară');
  });

  it('gives the engine’s reasons in the notice’s language, from their codes', () => {
    const coded = {
      ...aNoticeInput().assessment!,
      reasons: [
        {
          factor: 'data_category:health',
          effect: 'DPC base 4',
          explanation: 'The most sensitive kind of data in the breach is health data.',
          code: 'dpc.base.health' as const,
          params: { dpc: 4, category: 'health', enisaClass: 'sensitive', departure: false },
        },
      ],
    };
    const { markdown } = render('authority', 'ro', { assessment: coded });
    expect(markdown).toContain('**Principalele motive:**\n- Date privind sănătatea sunt date sensibile');
    expect(markdown).not.toMatch(/The most sensitive|DPC base/);
  });

  it('marks free text written in the other language with a blank to translate it', () => {
    const romanian = withIncident({ textLanguage: 'ro', description: 'Baza de date a fost copiată.', translations: undefined });
    const english = render('authority', 'en', romanian).markdown;
    expect(english).toContain('[REQUIRED: translate the text below, written in Romanian, into English]\n\nBaza de date a fost copiată.');
    const english2 = withIncident({ textLanguage: 'en', translations: undefined });
    const { markdown } = render('authority', 'ro', english2);
    expect(markdown).toContain('[OBLIGATORIU: traduceți în limba română textul de mai jos, scris în limba engleză]\n\nA storage bucket');
  });

  it('uses the translation given for the notice language, unmarked', () => {
    const { markdown } = render('authority', 'ro');
    expect(markdown).toContain('Un spațiu de stocare în cloud cu înregistrări ale apelurilor a fost accesibil public.');
    expect(markdown).not.toContain('A storage bucket');
    expect(markdown).not.toContain('[OBLIGATORIU: tradu');
  });

  it('asks to check free text whose language nobody stated, in either language', () => {
    for (const language of NOTICE_LANGUAGES) {
      const { markdown } = render('authority', language, withIncident({ textLanguage: undefined, translations: undefined }));
      expect(markdown).toContain(NOTICE_STRINGS[language].translate(null));
    }
  });

  it('has no template with a cedilla ş or ţ in the Romanian source', () => {
    const source = readFileSync(join(__dirname, 'i18n', 'ro.ts'), 'utf8');
    expect(source).not.toMatch(/[\u015e\u015f\u0162\u0163]/);
  });
});

// Issue 12, point 11: say only what is true.
describe('what the notices claim', () => {
  it('names a category without examples the incident did not name, and says what the data were', () => {
    const orders = withIncident({
      dataCategories: ['identity', 'financial'],
      financialDataKinds: ['amounts_only'],
      dataDescription: 'istoricul comenzilor: produse și valori',
    });
    for (const kind of NOTICE_KINDS) {
      const { markdown } = render(kind, 'ro', {
        ...orders,
        incident: { ...orders.incident!, textLanguage: 'ro', translations: undefined },
      });
      expect(markdown).not.toMatch(/card de plată|cont bancar|data nașterii/);
      expect(markdown).toContain('date financiare');
      expect(markdown).toContain('istoricul comenzilor: produse și valori');
    }
  });

  it.each([
    [['amounts_only'] as const, [], ['blocarea și înlocuirea cardului', 'plăți frauduloase', 'extrasele de cont']],
    [['payment_card'] as const, ['blocarea și înlocuirea cardului', 'extrasele de cont'], []],
    [undefined, ['extrasele de cont'], ['blocarea și înlocuirea cardului']],
  ])('advises on financial data of kind %p only what fits them', (kinds, said, unsaid) => {
    const { markdown } = render(
      'data_subjects',
      'ro',
      withIncident({ dataCategories: ['financial'], financialDataKinds: kinds ? [...kinds] : undefined }),
    );
    for (const text of said) expect(markdown).toContain(text);
    for (const text of unsaid) expect(markdown).not.toContain(text);
  });

  it('says the investigation continues and a supplement will follow until it is declared complete', () => {
    const nothingOpen = withIncident({ confidentiality: { recipients: 'known_trusted', dataRetrieved: true } });
    const controller = render('controller', 'ro', nothingOpen).markdown;
    expect(controller).not.toContain('nu mai investigăm');
    expect(controller).toContain('Investigația continuă.');
    expect(controller).toContain('Vă vom transmite o completare');
    const authority = render('authority', 'ro', nothingOpen).markdown;
    expect(sectionOf(authority, AUTHORITY_HEADINGS.ro[2])).toContain('Investigația continuă. Vom transmite o completare');
    const finished = render('authority', 'ro', withIncident({ investigationComplete: true })).markdown;
    expect(sectionOf(finished, AUTHORITY_HEADINGS.ro[2])).toContain('Investigația s-a încheiat.');
  });

  it.each([
    ['copied_and_published', 'au fost copiate de persoane care nu aveau acest drept și au fost publicate'],
    ['accessed', 'au fost accesate de persoane care nu aveau acest drept'],
    ['exposed', 'nu știm ca cineva să le fi accesat'],
  ] as const)('tells people what happened to their data as certainly as the facts say (%s)', (dataOutcome, clause) => {
    const { markdown } = render('data_subjects', 'ro', withIncident({ dataOutcome }));
    expect(markdown).toContain(clause);
    if (dataOutcome !== 'exposed') expect(markdown).not.toContain('ar fi putut fi');
  });

  it('never says recordings were "seen", nor that anything was lost when nothing was', () => {
    const { markdown } = render(
      'data_subjects',
      'ro',
      withIncident({
        breachTypes: ['confidentiality', 'availability'],
        availability: { outageHours: 5, restorable: true, permanentLoss: false },
      }),
    );
    expect(markdown).not.toMatch(/văzut|pierdut|pierdere/);
    expect(markdown).toContain('nu au putut fi folosite o vreme');
    const lost = render(
      'data_subjects',
      'ro',
      withIncident({ breachTypes: ['availability'], availability: { outageHours: 5, restorable: false, permanentLoss: true } }),
    );
    expect(lost.markdown).toContain('s-au pierdut definitiv');
  });
});

// Issue 12, point 12: Art. 34(2), clear and plain language.
describe('the letter to the people', () => {
  it('tells what happened in the plain-language account, never the technical description', () => {
    for (const language of NOTICE_LANGUAGES) {
      const { markdown } = render('data_subjects', language);
      expect(markdown).not.toContain('bucket');
      expect(markdown).not.toContain('Frankfurt');
      expect(markdown).not.toContain('cloud');
    }
  });

  it('leaves a blank for the plain-language account when none was written', () => {
    const { markdown } = render(
      'data_subjects',
      'ro',
      withIncident({ plainLanguageSummary: undefined, translations: undefined, textLanguage: 'ro' }),
    );
    expect(markdown).toContain('[OBLIGATORIU: ce s-a întâmplat, explicat pe înțelesul oricui, fără termeni tehnici]');
  });

  it('is dated, greets the reader, names the controller as sender and gives ANSPDCP’s postal address', () => {
    const { markdown } = render('data_subjects', 'ro');
    expectInOrder(markdown, [
      '**Expeditor:** Callcenter Ardeal SRL',
      'Data: 14 martie 2026',
      'Stimată doamnă, stimate domn,',
      'Vă informăm cu privire la',
      'B-dul G-ral. Gheorghe Magheru nr. 28-30, sector 1, cod poștal 010336, București',
      'Cu stimă,',
    ]);
  });

  it('uses the review’s Romanian', () => {
    const authority = render(
      'authority',
      'ro',
      withIncident({ malicious: false, confidentiality: { recipients: 'known_untrusted', dataRetrieved: true } }),
    ).markdown;
    for (const text of [
      '**Încălcarea a fost provocată intenționat:** nu',
      '**Destinatarul a returnat datele sau a dovedit ștergerea lor:** da',
      '**Datele afectate erau criptate:** nu',
      'destinatari cunoscuți, fără obligație de confidențialitate',
      'Notificare nouă',
      '**Data și ora depistării incidentului:**',
    ]) {
      expect(authority).toContain(text);
    }
    expect(render('authority', 'ro', withIncident({ confidentiality: { recipients: 'public', dataRetrieved: false } })).markdown).toContain(
      'publicul larg',
    );
    expect(render('authority', 'ro', withIncident({ encryption: { level: 'strong', keyCompromised: false } })).markdown).toContain(
      'funcție hash lentă, cu sare criptografică (salt)',
    );
    const unlikely = { ...aNoticeInput().assessment!, riskLevel: 'unlikely' as const };
    expect(render('authority', 'ro', { assessment: unlikely }).markdown).toContain('este puțin probabil să genereze un risc');
    expect(render('controller', 'ro').markdown).toContain('pentru a o putea evalua');
    expect(render('data_subjects', 'ro', withIncident({ dataCategories: ['contact'] })).markdown).toContain(
      'Vă recomandăm să tratați cu prudență',
    );
    expect(render('data_subjects', 'ro').title).toBe('Incident de securitate care a afectat datele dumneavoastră cu caracter personal');
  });
});

// Issue 12, point 13: the form of ANSPDCP Decision 128/2018, complete.
describe('the ANSPDCP form', () => {
  const dpoSection = (input: Partial<NoticeInput>) => sectionOf(render('authority', 'ro', input).markdown, AUTHORITY_HEADINGS.ro[1]);

  it('gives the DPO’s postal address (item 2), or a blank until it is set', () => {
    expect(dpoSection({})).toContain('**Adresa:** [OBLIGATORIU: adresa de corespondență a responsabilului cu protecția datelor]');
    const organisation = {
      ...aNoticeInput().organisation,
      dpo: { ...aNoticeInput().organisation.dpo, address: 'Str. Memorandumului 28, Cluj-Napoca' },
    };
    expect(dpoSection({ organisation })).toContain('**Adresa:** Str. Memorandumului 28, Cluj-Napoca');
  });

  it('names the other authorities already told (DNSC, police)', () => {
    const { markdown } = render(
      'authority',
      'ro',
      withIncident({
        otherAuthoritiesInformed: [
          { authority: 'dnsc', reportedAt: '2026-03-10T12:00:00Z', reference: 'DNSC-77' },
          { authority: 'police', reference: '1234/P/2026' },
        ],
      }),
    );
    const told = sectionOf(markdown, AUTHORITY_HEADINGS.ro[14]);
    expect(told).toContain(
      'Directoratul Național de Securitate Cibernetică (DNSC), la 2026-03-10 12:00 UTC (ora locală 2026-03-10 14:00, UTC+02:00), nr. de înregistrare DNSC-77',
    );
    expect(told).toContain('Poliția Română, nr. de înregistrare 1234/P/2026');
    expect(sectionOf(render('authority', 'ro').markdown, AUTHORITY_HEADINGS.ro[14])).toContain('Nu am informat alte autorități');
  });

  it('ends with a signatory block: the signatory named, else the DPO, and the date', () => {
    const signed = sectionOf(
      render('authority', 'ro', { signatory: { name: 'Andrei Ionescu', position: 'Administrator' } }).markdown,
      '## Semnătura',
    );
    expect(signed).toContain('**Numele și prenumele:** Andrei Ionescu');
    expect(signed).toContain('**Funcția:** Administrator');
    expect(signed).toContain('**Data:** 14 martie 2026');
    expect(sectionOf(render('authority', 'en').markdown, '## Signature')).toContain('**Position:** Data protection officer');
  });

  it('writes the reasons for a delay before the signature', () => {
    const onTime = render('authority', 'en', { now: afterAwareness(30), clocks: [], late: false }).markdown;
    const withReasons = withReasonsForDelay(onTime, 'en', 'The logs arrived late.');
    expectInOrder(withReasons, [
      '## 15. Other authorities informed',
      '## 16. Reasons for the delay',
      'The logs arrived late.',
      '## Signature',
    ]);
  });

  it('says in a supplement what changed, and keeps the operator as notified', () => {
    const first = aNoticeInput().incident;
    const notifiedAs = {
      ...aNoticeInput().organisation,
      name: 'Callcenter Ardeal SRL (fostă Call Ardeal SRL)',
      address: 'Str. Veche 1, Cluj-Napoca',
    };
    const { markdown } = render('authority', 'ro', {
      ...withIncident({ subjectsAffected: 14_000, dataCategories: [...first.dataCategories, 'identity'] }),
      now: afterAwareness(200),
      supplementTo: { externalReference: 'ANSPDCP-2026-117', sentAt: afterAwareness(48), organisation: notifiedAs, incident: first },
      clocks: [{ key: 'gdpr_art33', regime: 'gdpr_art33', recipient: 'ANSPDCP', dueAt: afterAwareness(72), state: 'met' }],
    });
    const type = sectionOf(markdown, AUTHORITY_HEADINGS.ro[2]);
    expect(type).toContain('Ce s-a schimbat față de notificarea completată:');
    expect(type).toContain('Numărul aproximativ de persoane vizate: 12.500 → 14.000');
    expect(type).toContain('date de identificare');
    expect(sectionOf(markdown, AUTHORITY_HEADINGS.ro[0])).toContain('**Denumirea:** Callcenter Ardeal SRL (fostă Call Ardeal SRL)');
    expect(sectionOf(markdown, AUTHORITY_HEADINGS.ro[0])).toContain('Str. Veche 1, Cluj-Napoca');
  });
});

// Issue 12, point 15: what a controller needs for its own Art. 33(3).
describe('the warning to a controller', () => {
  it('cites Art. 33(2) and 28(3)(f), not Art. 33(4)', () => {
    const { markdown } = render('controller', 'ro');
    expect(markdown).toContain('art. 33 alin. (2) și al art. 28 alin. (3) lit. f) din RGPD');
    expect(markdown).not.toContain('alin. (4)');
  });

  it('gives that controller’s own figures, or a blank, never the incident’s totals', () => {
    const { markdown } = render('controller', 'ro', { recipientController: { name: 'Banca Exemplu SA', contact: 'dpo@banca-exemplu.ro' } });
    expect(markdown).not.toContain('12.500');
    expect(markdown).not.toContain('48.000');
    expect(markdown).toContain('[OBLIGATORIU: numărul persoanelor vizate ale acestui operator]');
    expect(markdown).toContain('[OBLIGATORIU: numărul înregistrărilor acestui operator]');
  });

  it('says whether and since when the breach is contained, the indicators, reports, sub-processors, member states, a 24/7 contact and who informs the people', () => {
    const { markdown } = render('controller', 'en', {
      ...withIncident({
        containment: { contained: true, since: '2026-03-10T10:00:00Z' },
        indicatorsOfCompromise: ['185.220.101.7', 'sha256:9f2c…'],
        otherAuthoritiesInformed: [{ authority: 'dnsc', reference: 'DNSC-77' }],
        subProcessors: ['Cloud Storage GmbH'],
        emergencyContact: { name: 'SOC', phone: '+40 264 555 999' },
        subjectInformer: 'controller',
      }),
      recipientController: {
        name: 'Banca Exemplu SA',
        contact: 'dpo@banca-exemplu.ro',
        subjectsAffected: 4100,
        recordsAffected: 9800,
        memberStates: ['RO', 'HU'],
      },
    });
    for (const text of [
      'The breach has been contained since 2026-03-10 10:00 UTC',
      '185.220.101.7',
      'the National Cyber Security Directorate (DNSC), reference DNSC-77',
      'Cloud Storage GmbH',
      'Hungary (HU)',
      '**Phone, available at any time (24/7):** +40 264 555 999, SOC',
      'You, as controller, decide whether and how to inform the data subjects',
    ]) {
      expect(markdown).toContain(text);
    }
    expect(render('controller', 'en').markdown).toContain('[REQUIRED: a phone number where we can be reached at any time (24/7)]');
  });
});

// Issue 12, point 14: a provider of public electronic communications notifies under Reg. 611/2013 (Decision 184/2014).
describe('the e-communications provider’s notices', () => {
  const ePrivacyClocks: NoticeInput['clocks'] = [
    { key: 'gdpr_art33', regime: 'gdpr_art33', recipient: 'ANSPDCP', dueAt: afterAwareness(72), state: 'not_required' },
    { key: 'eprivacy_initial', regime: 'eprivacy_initial', recipient: 'ANSPDCP', dueAt: afterAwareness(24), state: 'running' },
  ];
  const provider = { ...withIncident({ role: 'controller' }), clocks: ePrivacyClocks, now: afterAwareness(10), late: false };

  it.each([
    [
      'ro',
      [
        'Decizia ANSPDCP nr. 184/2014',
        'art. 3^1 din Legea nr. 506/2004',
        'semnătură electronică',
        'brese@dataprotection.ro',
        '## 1. Denumirea furnizorului',
        '## 3. Prima sau a doua notificare',
        'Prima notificare (art. 2 alin. (2) din Regulamentul (UE) nr. 611/2013)',
        '## 5. Circumstanțele încălcării securității datelor cu caracter personal',
        '## 10. Numărul abonaților sau al persoanelor fizice vizate',
        '## 13. Notificarea abonaților sau a persoanelor fizice: conținut, mijloace de comunicare, număr',
        '## 15. Notificarea altor autorități naționale competente',
        '**Semnătura electronică:**',
      ],
    ],
    [
      'en',
      [
        'ANSPDCP Decision no. 184/2014',
        'Regulation (EU) No 611/2013',
        'electronic signature',
        'brese@dataprotection.ro',
        '## 1. Name of the provider',
        'First notification (Art. 2(2) of Regulation (EU) No 611/2013)',
        '## 15. Notification of other competent national authorities',
      ],
    ],
  ] as const)('is the form of Decision 184/2014 when the incident falls under the e-communications regime (%s)', (language, texts) => {
    const { markdown } = render('authority', language, provider);
    expectInOrder(
      markdown,
      texts.filter((text) => text.startsWith('## ')),
    );
    for (const text of texts) expect(markdown).toContain(text);
    expect(markdown).not.toContain(language === 'ro' ? 'Decizia ANSPDCP nr. 128/2018' : 'Decision no. 128/2018');
  });

  it('is the second notification when it completes the first (Art. 2(3))', () => {
    const { markdown } = render('authority', 'ro', {
      ...provider,
      now: afterAwareness(60),
      supplementTo: { externalReference: 'ANSPDCP 9/2026', sentAt: afterAwareness(20) },
    });
    expect(markdown).toContain('A doua notificare, care completează notificarea nr. ANSPDCP 9/2026');
    expect(markdown).not.toContain('Prima notificare');
  });

  it.each([
    [
      'ro',
      undefined,
      'la mai mult de 24 de ore după ce furnizorul a detectat încălcarea securității datelor cu caracter personal (art. 2 alin. (2)',
    ],
    ['en', undefined, 'more than 24 hours after the provider detected the breach (Art. 2(2) of Regulation (EU) No 611/2013)'],
    [
      'en',
      { externalReference: 'ANSPDCP 9/2026', sentAt: afterAwareness(20) },
      'more than 3 days after the initial notification (Art. 2(3) of Regulation (EU) No 611/2013)',
    ],
  ] as const)(
    'states the reasons for the delay of a late provider’s notification on its own deadline (%s)',
    (language, supplementTo, statement) => {
      const { markdown } = render('authority', language, { ...provider, now: afterAwareness(100), late: true, supplementTo });
      expect(markdown).toContain(`## 16. ${NOTICE_STRINGS[language].authority.sections.delay}`);
      expect(markdown).toContain(statement);
      expect(markdown).not.toContain('72');
      expect(markdown).toContain(aNoticeInput().reasonsForDelay);
    },
  );

  it('says subscribers will be notified when the breach is likely to adversely affect them, a lower bar than high risk', () => {
    const assessment = { ...aNoticeInput().assessment!, riskLevel: 'risk' as const, notifyDataSubjects: false };
    const { markdown } = render('authority', 'ro', { ...provider, assessment });
    expect(markdown).toContain('vor fi notificați fără întârzieri nejustificate (art. 3 din Regulamentul (UE) nr. 611/2013)');
  });

  it('gives subscribers the estimated date of the incident (Annex II, item 4), even when unknown', () => {
    expect(render('data_subjects', 'ro', provider).markdown).toContain('Data estimată a incidentului: 2 martie 2026.');
    const unknown = { ...provider, ...withIncident({ occurredAt: undefined }) };
    expect(render('data_subjects', 'ro', { ...unknown, clocks: ePrivacyClocks }).markdown).toContain(
      'Data estimată a incidentului: nu se cunoaște.',
    );
  });

  it('stays the GDPR form when the ePrivacy clock does not apply', () => {
    const { markdown } = render('authority', 'ro', {
      clocks: [
        { key: 'eprivacy_initial', regime: 'eprivacy_initial', recipient: 'ANSPDCP', dueAt: afterAwareness(24), state: 'not_required' },
      ],
    });
    expect(markdown).toContain('Decizia ANSPDCP nr. 128/2018');
  });
});
