import { DATA_CATEGORIES, type DataCategory } from '../../risk/facts.js';
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
    clocks: [{ regime: 'gdpr_art33', recipient: 'ANSPDCP', dueAt: afterAwareness(72), state: 'missed' }],
    reasonsForDelay: 'The forensic copy of the bucket logs arrived on day four.',
    subjectsInformed: null,
    recipientController: { name: 'Banca Exemplu SA', contact: 'dpo@banca-exemplu.ro' },
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
    '## 2. Responsabilul cu protecția datelor sau alt punct de contact',
    '## 3. Tipul notificării',
    '## 4. Data și ora încălcării',
    '## 5. Natura încălcării',
    '## 6. Natura și conținutul datelor cu caracter personal vizate',
    '## 7. Măsurile tehnice și organizatorice aplicate sau planificate',
    '## 8. Alți operatori implicați',
    '## 9. Descrierea pe scurt a incidentului (inclusiv locul și suporturile de stocare)',
    '## 10. Numărul aproximativ și categoriile de persoane vizate și de înregistrări',
    '## 11. Consecințele probabile ale încălcării',
    '## 12. Măsuri pentru atenuarea posibilelor efecte negative',
    '## 13. Informarea persoanelor vizate',
    '## 14. Aspecte transfrontaliere',
    '## 15. Motivele întârzierii',
  ],
  en: [
    '## 1. Identification of the controller',
    '## 2. Data protection officer or other contact point',
    '## 3. Type of notification',
    '## 4. Date and time of the breach',
    '## 5. Nature of the breach',
    '## 6. Nature and content of the personal data concerned',
    '## 7. Technical and organisational measures applied or planned',
    '## 8. Other controllers involved',
    '## 9. Summary of the incident (including location and storage media)',
    '## 10. Approximate number and categories of data subjects and of records',
    '## 11. Likely consequences of the breach',
    '## 12. Measures to mitigate possible adverse effects',
    '## 13. Information of the data subjects',
    '## 14. Cross-border aspects',
    '## 15. Reasons for the delay',
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
      'Notificare inițială',
      '**Data și ora producerii încălcării:** 2026-03-01 22:30 UTC (ora locală 2026-03-02 00:30, UTC+02:00)',
      '**Data și ora constatării încălcării:** 2026-03-10 07:50 UTC (ora locală 2026-03-10 09:50, UTC+02:00)',
      '**Data și ora luării la cunoștință:** 2026-03-10 08:15 UTC (ora locală 2026-03-10 10:15, UTC+02:00)',
      '**Provocată intenționat (rău-intenționat):** da',
      'încălcarea confidențialității',
      '**Cine ar fi putut accesa datele:** destinatari necunoscuți',
      'date privind sănătatea (categorie specială, art. 9 din RGPD)',
      '**Protecția datelor afectate:** necriptate',
      'Banca Exemplu SA (dpo@banca-exemplu.ro)',
      'Energie Vest SA (privacy@energievest.ro)',
      '**Categoriile de persoane vizate:** clienți, angajați',
      '**Numărul aproximativ de persoane vizate:** 12.500',
      '**Numărul aproximativ de înregistrări:** 48.000',
      'furt sau fraudă de identitate',
      '### Evaluarea riscului',
      '**Gravitatea (scor și nivel):** 3,25 (foarte ridicată)',
      '**Riscul pentru drepturile și libertățile persoanelor fizice:** risc ridicat',
      'Health data reveal intimate details of a person. (DPC base 4)',
      '**Recomandări pentru persoanele vizate:**',
      'Nu încă. Încălcarea este susceptibilă să genereze un risc ridicat',
      'Germania (DE)',
      'Ungaria (HU)',
      'la mai mult de 72 de ore',
    ],
    en: [
      ...AUTHORITY_HEADINGS.en,
      'ANSPDCP Decision no. 128/2018',
      '**Sector:** private',
      '**Registration code (CUI):** RO12345678',
      '**Role in the processing:** processor',
      'Initial notification',
      '**Date and time of the breach:** 2026-03-01 22:30 UTC (local time 2026-03-02 00:30, UTC+02:00)',
      '**Date and time of detection:** 2026-03-10 07:50 UTC (local time 2026-03-10 09:50, UTC+02:00)',
      '**Date and time of becoming aware:** 2026-03-10 08:15 UTC (local time 2026-03-10 10:15, UTC+02:00)',
      '**Caused deliberately (malicious):** yes',
      'confidentiality breach',
      '**Who may have accessed the data:** unknown recipients',
      'health data (special category, Art. 9 GDPR)',
      '**Protection of the affected data:** not encrypted',
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
    ],
  },
  data_subjects: {
    ro: [
      '# Un incident de securitate care vă privește datele personale',
      '## Ce s-a întâmplat',
      'Pe 10 martie 2026 am aflat că:',
      'Problema a început pe 2 martie 2026.',
      'A fost provocată intenționat de cineva',
      '## Ce date au fost implicate',
      '## Ce poate însemna pentru dumneavoastră',
      '## Ce am făcut',
      '## Ce puteți face',
      '## Pe cine puteți contacta',
      'responsabilul nostru cu protecția datelor, Ioana Popescu',
      '**Telefon:** +40 264 555 010',
      '## Dreptul de a depune o plângere',
      'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)',
    ],
    en: [
      '# A security incident involving your personal data',
      '## What happened',
      'On 10 March 2026 we found out that:',
      'The problem started on 2 March 2026.',
      'It was caused deliberately by someone',
      '## What information was involved',
      '## What this may mean for you',
      '## What we have done',
      '## What you can do',
      '## Who to contact',
      'our data protection officer, Ioana Popescu',
      '**Phone:** +40 264 555 010',
      '## Your right to complain',
      'ANSPDCP',
    ],
  },
  controller: {
    ro: [
      '**Către:** Banca Exemplu SA (dpo@banca-exemplu.ro)',
      '**De la:** Callcenter Ardeal SRL, CUI RO12345678, Str. Memorandumului 28, Cluj-Napoca',
      'art. 33 alin. (2) din RGPD',
      '## Când am luat cunoștință',
      '**Data și ora luării la cunoștință:** 2026-03-10 08:15 UTC (ora locală 2026-03-10 10:15, UTC+02:00)',
      'termenul dumneavoastră de 72 de ore',
      'de la primirea acestei notificări',
      '## Natura încălcării',
      '## Datele și persoanele vizate',
      '**Numărul aproximativ de persoane vizate:** 12.500',
      '**Numărul aproximativ de înregistrări:** 48.000',
      '## Consecințele probabile',
      '## Măsurile luate sau propuse',
      '## Punctul de contact',
      '## Aspecte aflate încă în investigație',
      'cine a avut acces la date',
      '## Informații suplimentare',
      'în etape',
      'art. 33 alin. (4) din RGPD',
    ],
    en: [
      '**To:** Banca Exemplu SA (dpo@banca-exemplu.ro)',
      '**From:** Callcenter Ardeal SRL, CUI RO12345678, Str. Memorandumului 28, Cluj-Napoca',
      'Art. 33(2) GDPR',
      '## When we became aware',
      '**Date and time of becoming aware:** 2026-03-10 08:15 UTC (local time 2026-03-10 10:15, UTC+02:00)',
      'your 72-hour period',
      'from when you receive this notice',
      '## Nature of the breach',
      '## Data and people concerned',
      '**Approximate number of data subjects:** 12,500',
      '**Approximate number of records:** 48,000',
      '## Likely consequences',
      '## Measures taken or proposed',
      '## Contact point',
      '## Still under investigation',
      'who accessed the data',
      '## Further information',
      'in phases',
      'Art. 33(4) GDPR',
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
    expectInOrder(markdown, REQUIRED_TEXT[kind][language].filter((text) => /^#{1,2} /.test(text)));
  });

  it('carries the incident reference and the DPO contact', () => {
    expect(markdown).toContain('BR-2026-0007');
    expect(markdown).toContain('dpo@callcenter-ardeal.ro');
  });

  it('names every data category in plain words', () => {
    for (const category of aNoticeInput().incident.dataCategories) expect(markdown).toContain(vocabulary.dataCategory[category]);
  });

  it('says what was done', () => {
    expect(markdown).toContain('Revoked public access and rotated the exposed access keys.');
  });

  it('begins with its title as the only top heading', () => {
    expect(markdown.startsWith(`# ${title}\n`)).toBe(true);
    expect(markdown.match(/^# /gm)).toHaveLength(1);
  });
});

describe('the authority notice', () => {
  it.each(NOTICE_LANGUAGES)('quotes the reasons for the delay when late (%s)', (language) => {
    const delay = sectionOf(render('authority', language).markdown, AUTHORITY_HEADINGS[language][14]);
    expect(delay).toContain('The forensic copy of the bucket logs arrived on day four.');
  });

  it.each([
    ['en', '[REQUIRED: reasons for the delay]'],
    ['ro', '[OBLIGATORIU: motivele întârzierii]'],
  ] as const)('shows a placeholder when late without reasons (%s)', (language, placeholder) => {
    const { markdown } = render('authority', language, { reasonsForDelay: undefined });
    expect(sectionOf(markdown, AUTHORITY_HEADINGS[language][14])).toContain(placeholder);
  });

  it('is late when the authority clock was missed, even within 72 hours', () => {
    const { markdown } = render('authority', 'en', { now: afterAwareness(30), reasonsForDelay: undefined });
    expect(markdown).toContain('## 15. Reasons for the delay');
  });

  it('has no delay section when made within 72 hours', () => {
    const { markdown } = render('authority', 'en', {
      now: afterAwareness(30),
      clocks: [{ regime: 'gdpr_art33', recipient: 'ANSPDCP', dueAt: afterAwareness(72), state: 'running' }],
    });
    expect(markdown).not.toContain('Reasons for the delay');
    expect(markdown).toContain('## 14. Cross-border aspects');
    expect(markdown).toContain(
      '**72-hour deadline for this notification (Art. 33(1) GDPR):** 2026-03-13 08:15 UTC (local time 2026-03-13 10:15, UTC+02:00)',
    );
  });

  it.each([
    ['en', 'Supplement to notification no. ANSPDCP-2026-117 sent on 2026-03-12 08:15 UTC (local time 2026-03-12 10:15, UTC+02:00)'],
    ['ro', 'Completare a notificării nr. ANSPDCP-2026-117 transmise la 2026-03-12 08:15 UTC (ora locală 2026-03-12 10:15, UTC+02:00)'],
  ] as const)('names the notification a supplement completes, Art. 33(4) (%s)', (language, text) => {
    const { markdown } = render('authority', language, {
      now: afterAwareness(200),
      supplementTo: { externalReference: 'ANSPDCP-2026-117', sentAt: afterAwareness(48) },
      clocks: [{ regime: 'gdpr_art33', recipient: 'ANSPDCP', dueAt: afterAwareness(72), state: 'met' }],
    });
    expect(sectionOf(markdown, AUTHORITY_HEADINGS[language][2])).toContain(text);
    expect(markdown).not.toContain(AUTHORITY_HEADINGS[language][14]);
  });

  it('says how the data subjects were informed', () => {
    const { markdown } = render('authority', 'en', { subjectsInformed: { how: 'an email to each customer', when: afterAwareness(20) } });
    expect(sectionOf(markdown, '## 13. Information of the data subjects')).toContain(
      'The data subjects were informed on 2026-03-11 04:15 UTC (local time 2026-03-11 06:15, UTC+02:00): an email to each customer',
    );
  });

  it.each([
    ['en', 'The data subjects are not informed individually, because:', 'unintelligible to anyone not authorised', 'a public communication informs them'],
    ['ro', 'Persoanele vizate nu sunt informate individual, deoarece:', 'neinteligibile pentru orice persoană neautorizată', 'o informare publică le informează'],
  ] as const)('explains the Art. 34(3) exemptions (%s)', (language, ...texts) => {
    const assessment = { ...aNoticeInput().assessment!, notifyDataSubjects: false, exemptions: ['art34_3_a' as const, 'art34_3_c' as const] };
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
    const { markdown } = render('authority', 'en', withIncident({ mitigation: { measures: 'Keys rotated.', highRiskNoLongerLikely: true } }));
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
    ['financial', 'en', ['Check your bank and card statements', 'block and replace your card']],
    ['financial', 'ro', ['Urmăriți extrasele de cont și de card', 'blocarea și înlocuirea cardului']],
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
    const { markdown } = render('controller', 'en', withIncident({ occurredAt: undefined, subjectsAffected: undefined, malicious: undefined }));
    const investigating = sectionOf(markdown, '## Still under investigation');
    expectInOrder(investigating, ['when the breach started', 'whether the breach was caused deliberately', 'who accessed the data', 'how many people are affected']);
    expect(investigating).not.toContain('how many records');
  });

  it('says when nothing is left to investigate', () => {
    const { markdown } = render('controller', 'ro', withIncident({ confidentiality: { recipients: 'known_trusted', dataRetrieved: true } }));
    expect(sectionOf(markdown, '## Aspecte aflate încă în investigație')).toContain('În acest moment nu mai investigăm alte aspecte.');
  });
});

describe('Romanian text', () => {
  const CEDILLA = /[\u015e\u015f\u0162\u0163]/;
  const COMMA_BELOW = /[\u0218\u0219\u021a\u021b]/;
  const variants: Partial<NoticeInput>[] = [
    {},
    { reasonsForDelay: undefined, recipientController: undefined, assessment: null },
    { assessment: { ...aNoticeInput().assessment!, notifyDataSubjects: false, exemptions: ['art34_3_a', 'art34_3_b', 'art34_3_c'] } },
    { subjectsInformed: { how: 'e-mail', when: afterAwareness(5) }, supplementTo: { externalReference: 'X-1', sentAt: afterAwareness(90) } },
    withIncident({ dataCategories: [...DATA_CATEGORIES], breachTypes: ['confidentiality', 'integrity', 'availability'], subjectCategories: undefined }),
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
    const hostile = withIncident({
      title: 'Leak <img src=x onerror=alert(1)>',
      description: 'Found <script>alert("breach")</script> in the logs.\n# Fake section',
    });
    const { title, markdown } = render(kind, language, hostile);
    const html = markdownToHtml(markdown, title, language);
    expect(html).not.toMatch(/<script|<img/i);
    if (kind !== 'data_subjects') expect(html).toContain('Leak &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Found &lt;script&gt;alert(&quot;breach&quot;)&lt;/script&gt; in the logs.');
    expect(html).not.toContain('<h1>Fake section</h1>');
    expect(html).toContain(`<html lang="${language}">`);
  });
});
