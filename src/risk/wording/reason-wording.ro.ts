// Formularea în limba română a fiecărui cod de motiv emis de motorul de evaluare a riscului.
// Romanian with comma-below ș and ț (U+0219, U+021B), never the cedilla forms; reason-wording.spec.ts keeps it so.
import type { ReasonParams } from '../reason-codes.js';
import type { ReasonWording } from './reason-wording-shape.js';
import { joinList, num, perCode, str, words, yes } from './reason-wording-shape.js';

const CATEGORY: Readonly<Record<string, string>> = {
  identity: 'date de identificare',
  contact: 'date de contact',
  professional: 'date profesionale',
  account: 'date ale contului',
  device_and_usage: 'date despre dispozitive și utilizare',
  behavioural: 'date comportamentale',
  location: 'date de localizare',
  communications_metadata: 'date de trafic ale comunicărilor',
  communications_content: 'date privind conținutul comunicărilor',
  financial: 'date financiare',
  credentials: 'date de autentificare',
  national_id: 'date de identificare națională (CNP, datele actului de identitate)',
  health: 'date privind sănătatea',
  genetic: 'date genetice',
  biometric: 'date biometrice',
  racial_or_ethnic_origin: 'date care dezvăluie originea rasială sau etnică',
  political_opinions: 'date care dezvăluie opiniile politice',
  religious_beliefs: 'date care dezvăluie convingerile religioase sau filozofice',
  trade_union: 'date care dezvăluie apartenența la sindicate',
  sex_life_or_orientation: 'date privind viața sexuală sau orientarea sexuală',
  criminal_records: 'date privind condamnări penale și infracțiuni',
};

const SUBJECTS: Readonly<Record<string, string>> = {
  customers: 'clienți',
  users: 'utilizatori',
  employees: 'angajați',
  job_applicants: 'candidați la angajare',
  patients: 'pacienți',
  children: 'copii',
  vulnerable_adults: 'adulți vulnerabili',
  public: 'persoane din public',
  other: 'alte persoane',
};

const BREACH_TYPE: Readonly<Record<string, string>> = {
  confidentiality: 'confidențialității',
  integrity: 'integrității',
  availability: 'disponibilității',
};

const IDENTIFIABILITY: Readonly<Record<string, string>> = {
  negligible: 'neglijabilă',
  limited: 'limitată',
  significant: 'semnificativă',
  maximum: 'maximă',
};

const SEVERITY: Readonly<Record<string, string>> = { low: 'scăzută', medium: 'medie', high: 'ridicată', very_high: 'foarte ridicată' };
const RISK: Readonly<Record<string, string>> = { unlikely: 'risc puțin probabil', risk: 'risc', high_risk: 'risc ridicat' };

const ENISA_CLASS: Readonly<Record<string, string>> = {
  simple: 'date simple',
  behavioural: 'date comportamentale',
  financial: 'date financiare',
  sensitive: 'date sensibile (o categorie specială, art. 9 sau 10 din RGPD)',
};

const INSIGHT: Readonly<Record<string, string>> = {
  none: 'nu dezvăluie nimic semnificativ despre persoană',
  general: 'permit doar presupuneri generale despre persoană',
  partial: 'dezvăluie unele detalii despre persoană',
  full: 'dezvăluie detalii complete (suficiente pentru fraudă sau pentru un profil detaliat)',
};

const ENCRYPTION_NOTE: Readonly<Record<string, string>> = {
  none: '',
  weak: ' Criptarea slabă nu o reduce.',
  key_compromised: ' Criptarea nu o reduce: cheia este compromisă.',
  lasting_harm:
    ' Criptarea nu o reduce: protejează datele divulgate, nu și împotriva pierderii durabile a disponibilității sau integrității pe care a produs-o de asemenea această încălcare.',
  not_disclosure:
    ' Criptarea nu o reduce: încălcarea nu este o divulgare, iar criptarea nu protejează împotriva pierderii disponibilității sau integrității.',
  unintelligible:
    ' Datele sunt însă neinteligibile pentru oricine le deține (criptare conformă stadiului actual al tehnologiei sau funcție hash lentă, cu sare criptografică (salt), cheia fiind în siguranță), așa că ușurința identificării este neglijabilă.',
};

const RECIPIENT_WORDS: Readonly<Record<string, string>> = {
  none_confirmed: 'datele au fost expuse, fără dovezi că le-ar fi citit cineva',
  known_trusted: 'datele au ajuns la un destinatar cunoscut și de încredere',
  known_untrusted: 'datele au ajuns la destinatari cunoscuți, fără obligație de confidențialitate',
  unknown: 'datele pot fi în posesia unor persoane care nu pot fi identificate',
  public: 'datele au fost făcute publice (publicul larg)',
};

const FRAUD_HARM: Readonly<Record<string, string>> = {
  'identity+national_id': 'uzurparea identității și furtul de identitate',
  'identity+financial': 'fraude în numele lor',
  'credentials+contact': 'preluarea conturilor și mesaje de phishing convingătoare',
  'credentials+account': 'preluarea conturilor',
};

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const categoriesOf = (identifiers: readonly string[]): string =>
  joinList(
    identifiers.map((id) => CATEGORY[id] ?? id),
    'și',
  );
const INVENTORY_FACT: Readonly<Record<string, string>> = {
  role: 'rolul nostru',
  dataCategories: 'categoriile de date',
  subjectCategories: 'categoriile de persoane vizate',
  subjectsAffected: 'numărul de persoane',
  recordsAffected: 'numărul de înregistrări',
  encryption: 'criptarea la stocare',
  regime: 'regimul de notificare',
  affectedControllers: 'operatorii de informat, cu propriile cifre',
};

const ASSUMED = ' (prezumat: detaliile nu au fost comunicate, așa că evaluarea înclină spre notificare)';
const EXFILTRATION = ' (prezumat: un atac intenționat asupra datelor le-ar fi putut copia, iar exfiltrarea nu a fost exclusă)';
const assumed = (params: ReasonParams): string => (yes(params, 'exfiltration') ? EXFILTRATION : yes(params, 'assumed') ? ASSUMED : '');

export const REASON_WORDING_RO: ReasonWording = {
  ...perCode('dpc.base.', (category) =>
    category === 'credentials'
      ? (p) =>
          `Datele de autentificare sunt evaluate după ceea ce deschid (ENISA): contul și celelalte date din această încălcare, și cel puțin ${num(p, 'minimum')}, deoarece parolele refolosite deschid și alte conturi. Scor DPC de bază: ${num(p, 'dpc')}.`
      : (p) =>
          yes(p, 'departure')
            ? `${capitalised(CATEGORY[category])} sunt ${ENISA_CLASS[str(p, 'enisaClass')]} în clasificarea ENISA; Breach Desk le atribuie scorul ${num(p, 'dpc')}, deoarece ${category === 'national_id' ? 'un cod numeric personal permite fraude de identitate și accesul la servicii financiare' : 'conținutul comunicărilor dezvăluie mult mai mult decât datele lor de trafic (Directiva 2002/58, art. 5)'}: scor DPC de bază ${num(p, 'dpc')}.`
            : `${capitalised(CATEGORY[category])} sunt ${ENISA_CLASS[str(p, 'enisaClass')]} în clasificarea ENISA: scor DPC de bază ${num(p, 'dpc')}.`,
  ),
  'dpc.volume_per_person': (p) =>
    `Aproximativ ${num(p, 'recordsPerPerson')} de înregistrări pentru fiecare persoană (${num(p, 'threshold')} sau mai multe): volumul datelor despre fiecare persoană dezvăluie mult mai mult decât o singură înregistrare.`,
  'dpc.insight': (p) =>
    `Declarat: ${CATEGORY[str(p, 'category')] ?? str(p, 'category')} ${INSIGHT[str(p, 'insight')]}, așa că metoda ENISA modifică scorul lor cu ${num(p, 'change')}.`,
  'dpc.profile': (p) =>
    `Împreună, ${categoriesOf(words(p, 'categories'))} conturează un profil al fiecărei persoane (metoda ENISA majorează scorul datelor simple și comportamentale care permit crearea de profiluri).`,
  'dpc.safety': () =>
    'Divulgarea acestor date poate pune în pericol siguranța fizică a persoanelor, pe care metoda ENISA o punctează până la maximum pentru datele simple (+3).',
  'dpc.highest': (p) =>
    `Fiecare categorie este evaluată separat și contează cea mai ridicată (ENISA): ${CATEGORY[str(p, 'category')] ?? str(p, 'category')}, cu ${num(p, 'dpc')} (${words(
      p,
      'scores',
    )
      .map((entry) => {
        const [category, score] = entry.split(':');
        return `${CATEGORY[category] ?? category}: ${score}`;
      })
      .join('; ')}).`,
  'dpc.vulnerable_subjects': (p) =>
    `Printre persoanele afectate se află ${joinList(
      words(p, 'subjects').map((s) => SUBJECTS[s] ?? s),
      'și',
    )}, care se pot proteja mai greu de consecințe.`,
  'dpc.sensitive_context': () =>
    'Identitatea operatorului dezvăluie în sine ceva sensibil despre persoanele vizate (de exemplu, că sunt pacienți, membri sau credincioși), pe care metoda ENISA îl tratează ca presupuneri despre date sensibile (+2 pentru datele simple și comportamentale).',
  'ei.stated': (p) =>
    `Declarat: datele permit identificarea persoanelor cu ușurință ${IDENTIFIABILITY[str(p, 'identifiability')]}.${ENCRYPTION_NOTE[str(p, 'encryption')]}`,
  'ei.inferred_direct': (p) =>
    `Dedus: încălcarea cuprinde date care identifică direct persoanele (${categoriesOf(words(p, 'categories'))}).${ENCRYPTION_NOTE[str(p, 'encryption')]}`,
  'ei.inferred_default': (p) =>
    `Dedus: nicio dată din încălcare nu numește direct persoanele, dar, în lipsa unui nivel declarat, evaluarea presupune o ușurință semnificativă, înclinând spre notificare.${ENCRYPTION_NOTE[str(p, 'encryption')]}`,
  ...perCode('cb.confidentiality.', (recipients) =>
    recipients === 'not_breached'
      ? () => 'Nu este o încălcare a confidențialității.'
      : recipients === 'access_ruled_out'
        ? () => 'Pierderea confidențialității: nu a avut loc, dovezile arată că nicio persoană neautorizată nu a citit datele expuse.'
        : (p) => `Pierderea confidențialității: ${RECIPIENT_WORDS[recipients]}${assumed(p)}.`,
  ),
  'cb.integrity.unaltered': (p) => `Pierderea integrității: nu au fost modificate date${assumed(p)}.`,
  'cb.integrity.recoverable': (p) =>
    `Pierderea integrității: datele au fost modificate, dar forma lor originală poate fi restaurată${assumed(p)}.`,
  'cb.integrity.unrecoverable': (p) =>
    `Pierderea integrității: datele au fost modificate, iar forma lor originală nu poate fi restaurată${assumed(p)}.`,
  'cb.integrity.not_breached': () => 'Nu este o încălcare a integrității.',
  'cb.availability.short': (p) =>
    `Pierderea disponibilității: datele au fost indisponibile mai puțin de ${num(p, 'threshold')} de ore și au fost restaurate${assumed(p)}.`,
  'cb.availability.long': (p) =>
    `Pierderea disponibilității: datele pot fi restaurate, dar au fost indisponibile ${num(p, 'threshold')} de ore sau mai mult${assumed(p)}.`,
  'cb.availability.lost': (p) =>
    `Pierderea disponibilității: datele nu pot fi restaurate dintr-o copie de siguranță sau sunt pierdute definitiv${assumed(p)}.`,
  'cb.availability.not_breached': () => 'Nu este o încălcare a disponibilității.',
  'cb.malicious.deliberate': () =>
    'Încălcarea a fost provocată intenționat (atac, furt sau persoană din interior), ceea ce face mai probabilă folosirea abuzivă a datelor.',
  'cb.malicious.accidental': () => 'Încălcarea a fost provocată intenționat: nu (a fost accidentală).',
  'cb.malicious.unstated': () => 'Nu s-a declarat că încălcarea a fost provocată intenționat, așa că este evaluată ca accidentală.',
  'severity.score': (p) =>
    `Gravitatea (SE) = DPC × EI + CB = ${num(p, 'dpc')} × ${num(p, 'ei')} + ${num(p, 'cb')} = ${num(p, 'score')}, pe care metoda ENISA o încadrează ca ${SEVERITY[str(p, 'level')]} (sub 2 scăzută, sub 3 medie, sub 4 ridicată, 4 sau mai mult foarte ridicată).`,
  'risk.baseline': (p) =>
    `Gravitatea ${SEVERITY[str(p, 'severity')]} după metoda ENISA corespunde nivelului „${RISK[str(p, 'riskLevel')]}”: gravitatea scăzută este puțin probabil să genereze un risc, cea medie este un risc, cea ridicată și cea foarte ridicată sunt un risc ridicat.`,
  'edpb.number_of_people.many': (p) =>
    `Sunt afectate ${num(p, 'people')} de persoane (${num(p, 'threshold')} sau mai multe): o încălcare care atinge atâtea persoane poate afecta pe unele dintre ele.`,
  'edpb.number_of_people.large_scale': (p) =>
    `Sunt afectate ${num(p, 'people')} de persoane (${num(p, 'threshold')} sau mai multe): la această scară, o încălcare de gravitate ${SEVERITY[str(p, 'severity')]} reprezintă un risc ridicat (Ghidul CEPD 01/2021, cazul 11).`,
  'edpb.permanence.lost': () => 'Consecințele nu pot fi înlăturate: datele sunt pierdute definitiv.',
  'edpb.permanence.corrupted': (p) =>
    `Consecințele nu pot fi înlăturate: datele modificate nu pot fi readuse la forma lor originală${assumed(p)}.`,
  'edpb.prolonged_unavailability.outage': (p) =>
    `Datele au fost indisponibile ${num(p, 'hours')} de ore: o indisponibilitate de o zi sau mai mult poate întârzia ceea ce depinde de ele (Ghidul CEPD 01/2021, cazul 02).`,
  'edpb.prolonged_unavailability.no_backup': (p) =>
    `Nu există o copie de siguranță utilizabilă${assumed(p)}: persoanele pot rămâne fără datele lor până când acestea sunt colectate din nou (Ghidul CEPD 01/2021, cazul 02).`,
  'edpb.special_categories': (p) => {
    const categories = words(p, 'categories');
    const what =
      categories.length > 0
        ? `Date din categorii speciale (${categoriesOf(categories)}), lizibile,`
        : 'Date lizibile al căror operator dezvăluie ceva sensibil despre persoanele vizate';
    return `${what} au ajuns la cineva care nu este un destinatar de încredere care le-a returnat: discriminarea, stigmatizarea sau suferința sunt probabile (art. 9 și 10 din RGPD; Ghidul CEPD 01/2021, cazul 12).`;
  },
  'edpb.identity_fraud': (p) =>
    `Date lizibile care, împreună, pot fi folosite împotriva persoanelor au ajuns la cineva care le poate folosi abuziv: ${words(p, 'pairs')
      .map((pair) => `${categoriesOf(pair.split('+'))} (${FRAUD_HARM[pair]})`)
      .join('; ')} (Ghidul CEPD 01/2021, cazurile 04, 07, 14 și 17).`,
  'edpb.malicious_actor': () =>
    'Cineva a luat intenționat date lizibile, iar intențiile sale nu pot fi cunoscute, așa că operatorul nu poate considera riscul puțin probabil (Ghidul CEPD 01/2021, cazul 08).',
  'edpb.published': () => 'Datele au fost făcute publice: oricine le-ar fi putut copia, iar o publicare nu poate fi retrasă.',
  'edpb.mitigation.confidentiality.unintelligible': () =>
    'Datele divulgate sunt neinteligibile: sunt protejate prin criptare conformă stadiului actual al tehnologiei sau printr-o funcție hash lentă, cu sare criptografică (salt), iar cheia este în siguranță.',
  'edpb.mitigation.confidentiality.trusted_recipient': () =>
    'Singurul destinatar este cunoscut și de încredere, iar destinatarul a returnat datele sau a dovedit ștergerea lor (Ghidul CEPD 01/2021, cazul 09).',
  'edpb.mitigation.confidentiality.access_ruled_out': () =>
    'Dovezile (jurnalele de acces sau analiza criminalistică) arată că nicio persoană neautorizată nu a citit datele expuse (Ghidul CEPD 01/2021; WP250, secțiunea IV.B).',
  'edpb.no_mitigation.access_not_ruled_out': (p) =>
    `Nu se știe ca cineva să fi citit datele expuse${yes(p, 'retrieved') ? ', iar expunerea a fost închisă' : ''}, dar aceasta nu dovedește că nimeni nu le-a citit: închiderea expunerii nu recuperează copiile făcute. Numai dovada că nimeni nu a accesat datele răspunde divulgării (Ghidul CEPD 01/2021; WP250, secțiunea IV.B; CNIL SAN-2021-020).`,
  'edpb.no_mitigation.people_depend_on_access': (p) =>
    `Datele au fost restaurate în ${num(p, 'hours')} ore, dar persoanele depind de disponibilitatea lor la timp (îngrijire medicală, plăți), așa că și o întrerupere scurtă le poate afecta (Ghidul CEPD 01/2021, cazul 03).`,
  'edpb.no_mitigation.alteration_may_have_been_used': (p) =>
    `${yes(p, 'restored') ? 'Datele modificate au fost restaurate' : 'Datele modificate pot fi restaurate, dar nu au fost încă'}, iar nimic nu arată că nu au fost folosite între timp: este posibil ca o plată, o decizie sau o scrisoare întemeiată pe ele să fi afectat deja persoanele (ENISA 2013).`,
  'edpb.people_depend_on_access': (p) =>
    `Persoanele depind de disponibilitatea la timp a acestor date, care au fost indisponibile ${num(p, 'hours')} ore: este posibil ca îngrijirea medicală sau plățile să fi fost întârziate (Ghidul CEPD 01/2021, cazul 03; WP250, anexa B, exemplul viii).`,
  'edpb.exfiltration_not_ruled_out': () =>
    'Un atac intenționat a făcut datele indisponibile și nimic nu arată că nu le-a și copiat, așa că evaluarea ia în calcul și o divulgare către destinatari necunoscuți (Ghidul CEPD 01/2021, cazurile 01 și 02).',
  'edpb.enables_fraud': () =>
    'Datele lizibile sunt suficiente pentru uzurparea identității persoanelor sau preluarea conturilor lor și au ajuns la cineva care le poate folosi (Ghidul CEPD 01/2021, cazul 14; UODO DKN.5131.3.2021).',
  'edpb.recipient_may_misuse': () =>
    'Un destinatar are motive să folosească datele împotriva persoanelor vizate (un fost partener sau o rudă aflată în conflict, un concurent), așa că folosirea abuzivă este probabilă, nu doar posibilă (Comisia irlandeză pentru protecția datelor, Tusla, 2020).',
  'edpb.recipient_may_misuse.locates': (p) =>
    `Un destinatar care are motive să folosească datele împotriva persoanelor a aflat unde le poate găsi (${categoriesOf(words(p, 'categories'))}): acest lucru le poate pune în pericol (Comisia irlandeză pentru protecția datelor, Tusla, 2020; ICO, avertismentul adresat Charnwood Borough Council, 2023).`,
  'edpb.safety_at_risk': () =>
    'Divulgarea poate pune în pericol siguranța fizică a persoanelor (victime ale violenței domestice, martori protejați, persoane care se ascund), iar nimic nu arată că datele nu au fost citite (ENISA 2013; avertismentele ICO privind adresele victimelor violenței domestice, 2023).',
  'edpb.vulnerable_subjects': (p) =>
    `Date lizibile ale unor ${joinList(
      words(p, 'subjects').map((s) => SUBJECTS[s] ?? s),
      'și',
    )}, care se pot proteja mai greu, au ajuns la cineva care nu le-a returnat (Ghidul CEPD 9/2022).`,
  'edpb.recovery.trusted_recipient_pending': () =>
    'Singurul destinatar este cunoscut, de încredere și obligat să păstreze confidențialitatea datelor și i s-a cerut să le șteargă: divulgarea nu reprezintă un risc ridicat, deși, până la confirmarea ștergerii, nu este încă înlăturată (WP250, secțiunea IV.B; Ghidul CEPD 01/2021, cazul 09).',
  'edpb.recovery.few_recipients_returned': (p) =>
    `Datele au ajuns din greșeală la ${num(p, 'recipients') === 1 ? 'o singură persoană cunoscută' : `${num(p, 'recipients')} persoane cunoscute`}, fără obligație de confidențialitate, iar destinatarul a returnat datele sau a dovedit ștergerea lor, fără a avea motive să le folosească abuziv: divulgarea nu reprezintă un risc ridicat, deși reprezintă un risc (Ghidul CEPD 01/2021, cazurile 13 și 16; WP250, secțiunea IV.B).`,
  'edpb.mitigation.availability.restored': (p) =>
    `Datele au fost restaurate dintr-o copie de siguranță în ${num(p, 'hours')} ore și nu s-a pierdut nimic (Ghidul CEPD 01/2021, cazul 01).`,
  'edpb.mitigation.integrity.unaltered': () => 'Nu au fost modificate date.',
  'edpb.mitigation.integrity.restored': () => 'Datele modificate au fost readuse la conținutul lor original.',
  'edpb.mitigated': () =>
    'Fiecărei componente a încălcării îi răspunde o măsură de atenuare, așa că este puțin probabil să genereze un risc pentru persoane (art. 33 alin. (1) din RGPD; Ghidul CEPD 01/2021, cazurile 01, 06, 09 și 10).',
  'decision.authority.not_required': () =>
    'Art. 33 alin. (1) din RGPD: este puțin probabil ca încălcarea să genereze un risc pentru persoane, așa că ANSPDCP nu trebuie notificată. Încălcarea și această motivare se consemnează în registrul încălcărilor (art. 33 alin. (5)).',
  'decision.authority.required': (p) =>
    `Art. 33 alin. (1) din RGPD: încălcarea este susceptibilă să genereze un ${str(p, 'riskLevel') === 'high_risk' ? 'risc ridicat' : 'risc'} pentru persoane, așa că ANSPDCP trebuie notificată fără întârzieri nejustificate și, dacă este posibil, în termen de cel mult 72 de ore de la data la care operatorul a luat cunoștință de ea.`,
  'decision.authority.processor': () =>
    'Art. 33 alin. (1) din RGPD este o obligație a operatorului: în calitate de persoană împuternicită de operator, nu notificați ANSPDCP în nume propriu; fiecare operator decide și notifică pe baza informațiilor pe care i le transmiteți.',
  'decision.controllers.warn': () =>
    'Art. 33 alin. (2) și art. 28 alin. (3) lit. f) din RGPD: în calitate de persoană împuternicită de operator, informați fiecare operator fără întârzieri nejustificate după ce ați luat cunoștință de încălcare, indiferent de risc, cu tot ce îi trebuie pentru propria notificare (art. 33 alin. (3)), și continuați să îl sprijiniți pe măsură ce aflați mai multe.',
  'decision.controllers.advice': (p) =>
    `Recomandare pentru operatori, pe baza acestor fapte: fiecare ${yes(p, 'notifyAuthority') ? 'va trebui probabil să notifice ANSPDCP în termen de 72 de ore de la data la care a luat cunoștință de încălcare (art. 33 alin. (1))' : 'nu va trebui probabil să notifice ANSPDCP (art. 33 alin. (1)), dar trebuie să consemneze încălcarea (art. 33 alin. (5))'}${yes(p, 'notifyDataSubjects') ? ' și să informeze persoanele vizate (art. 34 alin. (1))' : ''}; decizia le aparține.`,
  'decision.data_subjects.processor': () =>
    'Art. 34 din RGPD este o obligație a operatorului: în calitate de persoană împuternicită de operator, nu vă adresați persoanelor vizate în nume propriu decât la instrucțiunea unui operator.',
  'decision.data_subjects.not_high_risk': () =>
    'Art. 34 alin. (1) din RGPD: persoanele vizate trebuie informate numai despre o încălcare susceptibilă să genereze un risc ridicat; aceasta nu este.',
  'decision.data_subjects.exempted': () =>
    'Încălcarea reprezintă un risc ridicat, dar o condiție din art. 34 alin. (3) din RGPD îl scutește pe operator de informarea persoanelor vizate.',
  'decision.data_subjects.required': () =>
    'Art. 34 alin. (1) din RGPD: încălcarea este susceptibilă să genereze un risc ridicat pentru persoane, așa că acestea trebuie informate fără întârzieri nejustificate, într-un limbaj clar și simplu, despre ce s-a întâmplat, consecințele probabile și ce pot face (art. 34 alin. (2)).',
  'inventory.derived': (p) =>
    `Din inventar: ${joinList(words(p, 'systems'), 'și')} (${joinList(
      words(p, 'facts').map((fact) => INVENTORY_FACT[fact] ?? fact),
      'și',
    )}). Ce declară persoana care raportează are prioritate.`,
  'inventory.stated': (p) =>
    `Declarat de persoana care raportează, în locul inventarului: ${joinList(
      words(p, 'facts').map((fact) => INVENTORY_FACT[fact] ?? fact),
      'și',
    )}.`,
  'part.controller': (p) =>
    `În calitate de operator pentru seturile de date din ${joinList(words(p, 'systems'), 'și')}: obligațiile din art. 33 și 34 din RGPD (sau, pentru datele de comunicații electronice, cele din Legea nr. 506/2004), evaluate numai pe faptele acestor seturi de date.`,
  'part.processor': (p) =>
    `În calitate de persoană împuternicită de operator pentru seturile de date din ${joinList(words(p, 'systems'), 'și')}: informați fiecare operator ale cărui date le conțin (${joinList(words(p, 'controllers'), 'și') || 'încă nenumiți'}) în termenul său contractual și cu propriile cifre (art. 33 alin. (2) și art. 28 alin. (3) lit. f) din RGPD; Ghidul CEPD 9/2022).`,
  'exemption.art34_3_a.applies': () =>
    'Art. 34 alin. (3) lit. a) din RGPD: datele divulgate sunt protejate prin criptare conformă stadiului actual al tehnologiei sau printr-o funcție hash lentă, cu sare criptografică (salt), iar cheia este în siguranță, așa că sunt neinteligibile pentru orice persoană neautorizată; fără divulgare, încălcarea nu ar reprezenta un risc ridicat.',
  'exemption.art34_3_a.does_not_apply': (p) =>
    `Datele divulgate sunt neinteligibile, dar pierderea ${joinList(
      words(p, 'others').map((type) => BREACH_TYPE[type] ?? type),
      'și a',
    )} reprezintă în sine un risc ridicat, căruia criptarea nu îi răspunde.`,
  'exemption.art34_3_b.applies': (p) =>
    `Art. 34 alin. (3) lit. b) din RGPD: operatorul declară că măsurile luate după încălcare${str(p, 'measures') ? ` (${str(p, 'measures')})` : ''} asigură că riscul ridicat nu mai este susceptibil să se materializeze. Păstrați dovezile: autoritatea poate cere totuși informarea persoanelor (art. 34 alin. (4)).`,
  'exemption.art34_3_c.unreachable': () =>
    'Art. 34 alin. (3) lit. c) din RGPD: operatorul nu poate stabili încă cine este afectat sau nu are cum să contacteze persoanele, așa că se face o informare publică sau o măsură similară prin care persoanele sunt informate la fel de eficient.',
  'exemption.art34_3_c.applies': () =>
    'Art. 34 alin. (3) lit. c) din RGPD: informarea fiecărei persoane în parte ar implica un efort disproporționat, așa că se face o informare publică sau o măsură similară prin care persoanele sunt informate la fel de eficient.',
};
