// Romanian with comma-below ș and ț (U+0219, U+021B), as Romanian orthography requires; never the
// cedilla forms U+015F and U+0163. A test keeps it so.
import type { NoticeStrings } from './notice-strings.js';

export const RO: NoticeStrings = {
  locale: 'ro-RO',
  unknown: 'nu se cunoaște',
  yes: 'da',
  no: 'nu',
  required: (item) => `[OBLIGATORIU: ${item}]`,
  instant: (utc, local, offset) => `${utc} UTC (ora locală ${local}, ${offset})`,
  art9Note: 'categorie specială, art. 9 din RGPD',
  art10Note: 'art. 10 din RGPD',
  vocabulary: {
    dataCategory: {
      identity: 'date de identificare (nume, prenume, data nașterii)',
      contact: 'date de contact (adresă de e-mail, număr de telefon, adresă poștală)',
      professional: 'date profesionale (loc de muncă, studii, CV)',
      account: 'date ale contului (nume de utilizator, setări, istoricul contului)',
      device_and_usage: 'date despre dispozitive și utilizare (adrese IP, identificatori ai dispozitivelor, jurnale de acces)',
      behavioural: 'obiceiuri și preferințe (istoricul cumpărăturilor, interese)',
      location: 'date de localizare',
      communications_metadata: 'date de trafic ale comunicărilor (cu cine, când și cât timp)',
      communications_content: 'conținutul comunicărilor (mesaje, înregistrări sau transcrieri ale apelurilor)',
      financial: 'date financiare (cont bancar, card de plată, tranzacții)',
      credentials: 'date de autentificare (parole, coduri de acces)',
      national_id: 'codul numeric personal (CNP) sau datele actului de identitate',
      health: 'date privind sănătatea',
      genetic: 'date genetice',
      biometric: 'date biometrice (amprente, imaginea facială)',
      racial_or_ethnic_origin: 'date care dezvăluie originea rasială sau etnică',
      political_opinions: 'date care dezvăluie opiniile politice',
      religious_beliefs: 'date care dezvăluie convingerile religioase sau filozofice',
      trade_union: 'date care dezvăluie apartenența la sindicate',
      sex_life_or_orientation: 'date privind viața sexuală sau orientarea sexuală',
      criminal_records: 'date privind condamnări penale și infracțiuni',
    },
    subjectCategory: {
      customers: 'clienți',
      users: 'utilizatori',
      employees: 'angajați',
      job_applicants: 'candidați la angajare',
      patients: 'pacienți',
      children: 'copii',
      vulnerable_adults: 'adulți vulnerabili',
      public: 'persoane din public',
      other: 'alte persoane',
    },
    breachType: {
      confidentiality:
        'încălcarea confidențialității: divulgarea neautorizată sau accidentală a datelor ori accesul neautorizat sau accidental la acestea',
      integrity: 'încălcarea integrității: modificarea neautorizată sau accidentală a datelor',
      availability:
        'încălcarea disponibilității: pierderea accidentală sau neautorizată a accesului la date ori distrugerea acestora',
    },
    recipients: {
      none_confirmed: 'datele au fost expuse, fără dovezi că ar fi fost accesate de cineva',
      known_trusted: 'destinatari cunoscuți și de încredere, obligați să păstreze confidențialitatea',
      known_untrusted: 'destinatari cunoscuți, care nu sunt de încredere',
      unknown: 'destinatari necunoscuți',
      public: 'datele au devenit publice',
    },
    encryption: {
      none: 'necriptate',
      weak: 'criptare slabă sau depășită',
      strong: 'criptare conformă stadiului actual al tehnologiei (sau hash lent, cu salt, pentru secrete)',
    },
    role: { controller: 'operator', processor: 'persoană împuternicită de operator' },
    sector: { public: 'public', private: 'privat' },
    severityLevel: { low: 'scăzută', medium: 'medie', high: 'ridicată', very_high: 'foarte ridicată' },
    riskLevel: { unlikely: 'risc puțin probabil', risk: 'risc', high_risk: 'risc ridicat' },
    exemption: {
      art34_3_a:
        'datele erau protejate, de exemplu prin criptare conformă stadiului actual al tehnologiei, astfel încât sunt neinteligibile pentru orice persoană neautorizată să le acceseze (art. 34 alin. (3) lit. a) din RGPD)',
      art34_3_b:
        'măsurile luate după încălcare asigură că riscul ridicat pentru persoanele vizate nu mai este susceptibil să se materializeze (art. 34 alin. (3) lit. b) din RGPD)',
      art34_3_c:
        'informarea individuală a fiecărei persoane ar implica un efort disproporționat; în schimb, o informare publică le informează la fel de eficient (art. 34 alin. (3) lit. c) din RGPD)',
    },
    consequence: {
      unwanted_contact: 'phishing, mesaje nesolicitate și alte contactări nedorite folosind datele de contact expuse',
      account_takeover: 'accesul neautorizat la conturile persoanelor, inclusiv la alte servicii în care folosesc aceeași parolă',
      financial_fraud: 'pierderi financiare prin plăți frauduloase sau prin folosirea frauduloasă a cardurilor',
      identity_theft: 'furt sau fraudă de identitate: credite, contracte sau conturi deschise în numele persoanelor',
      impersonation: 'inginerie socială și uzurparea identității folosind conținutul apelurilor sau al mesajelor',
      private_communications_exposed: 'pierderea confidențialității comunicărilor private',
      whereabouts_exposed: 'dezvăluirea deplasărilor și a locului în care se află persoanele, cu posibile riscuri pentru siguranța lor fizică',
      profiling: 'crearea de profiluri și manipularea țintită pe baza obiceiurilor, a preferințelor și a utilizării dispozitivelor',
      professional_harm: 'prejudicii aduse reputației profesionale sau perspectivelor de carieră, înșelăciuni cu oferte de muncă',
      discrimination: 'discriminare, stigmatizare sau excludere socială',
      distress_and_blackmail: 'suferință emoțională, prejudicii aduse reputației și expunere la șantaj',
      irreversible_identifier: 'compromiterea durabilă a unor identificatori care nu pot fi schimbați (biometrici sau genetici)',
      loss_of_access: 'imposibilitatea temporară sau permanentă de a accesa servicii sau date',
      altered_data: 'decizii sau servicii bazate pe date modificate ori deteriorate',
    },
    riskForYou: {
      unwanted_contact:
        'Ați putea primi e-mailuri, apeluri sau SMS-uri false, care par să vină de la noi sau de la o altă companie în care aveți încredere.',
      account_takeover: 'Cineva ar putea încerca să intre în contul dumneavoastră sau în alte conturi în care folosiți aceeași parolă.',
      financial_fraud: 'Cineva ar putea încerca să facă plăți cu datele cardului sau ale contului dumneavoastră bancar.',
      identity_theft:
        'Cineva ar putea încerca să se dea drept dumneavoastră, de exemplu ca să ia un credit sau să semneze un contract în numele dumneavoastră.',
      impersonation:
        'Cineva ar putea folosi ce ați spus în apeluri sau în mesaje ca să vă păcălească pe dumneavoastră sau pe apropiații dumneavoastră.',
      private_communications_exposed: 'Conversațiile dumneavoastră private ar fi putut fi văzute de persoane care nu aveau voie să le vadă.',
      whereabouts_exposed: 'Cineva ar putea afla unde locuiți, unde lucrați sau în ce locuri mergeți des.',
      profiling: 'Cineva ar putea folosi obiceiurile și preferințele dumneavoastră ca să vă trimită mesaje făcute să vă inducă în eroare.',
      professional_harm:
        'Informațiile despre munca sau studiile dumneavoastră ar putea fi folosite abuziv, de exemplu în oferte de muncă false.',
      discrimination: 'Dacă aceste informații ar deveni cunoscute, ați putea fi tratat(ă) nedrept.',
      distress_and_blackmail:
        'Cineva ar putea încerca să vă pună într-o situație jenantă sau să vă ceară bani ca să nu facă publice aceste informații.',
      irreversible_identifier: 'Spre deosebire de o parolă, aceste date nu pot fi schimbate.',
      loss_of_access: 'Este posibil să nu fi putut folosi o vreme serviciile noastre sau datele dumneavoastră.',
      altered_data: 'Unele dintre informațiile dumneavoastră ar putea fi greșite până când le corectăm.',
    },
    advice: {
      change_password: 'Schimbați parola contului de la noi și oriunde ați folosit aceeași parolă sau una asemănătoare.',
      enable_two_factor:
        'Activați verificarea în doi pași (2FA) oriunde este disponibilă, mai întâi pentru e-mail și pentru contul bancar.',
      review_sessions:
        'Verificați dispozitivele și sesiunile conectate la contul dumneavoastră și deconectați-le pe cele pe care nu le recunoașteți.',
      beware_phishing:
        'Fiți atent(ă) la e-mailurile, apelurile sau SMS-urile care pretind că vin de la noi. Nu vă vom cere niciodată parola, un cod de verificare sau datele cardului. Dacă aveți îndoieli, contactați-ne folosind datele de mai jos.',
      watch_statements:
        'Urmăriți extrasele de cont și de card în lunile următoare și anunțați imediat banca dacă vedeți o plată pe care nu o recunoașteți.',
      contact_bank: 'Contactați banca: cereți blocarea și înlocuirea cardului și supravegherea contului pentru plăți neobișnuite.',
      watch_identity_fraud:
        'Fiți atent(ă) la semnele că cineva vă folosește identitatea, de exemplu scrisori despre credite, contracte sau conturi pe care nu le-ați deschis.',
      check_credit_report:
        'Cereți raportul de credit de la Biroul de Credit; o dată pe an îl primiți gratuit și vedeți în el orice credit luat pe numele dumneavoastră.',
      beware_impersonation:
        'Cineva care știe ce s-a spus în apelurile sau mesajele dumneavoastră s-ar putea da drept noi sau drept o persoană cunoscută. Dacă un apel sau un mesaj vă cere bani, coduri sau date personale, închideți și sunați înapoi la un număr pe care îl cunoașteți deja.',
      location_safety: 'Dacă credeți că cineva vă urmărește, sunați la 112.',
      refuse_blackmail:
        'Dacă cineva vă contactează în legătură cu aceste informații, amenință că le face publice sau vă cere bani, nu plătiți și nu răspundeți. Păstrați mesajele și anunțați poliția și pe noi.',
      check_health_records:
        'Verificați documentele primite de la medic sau de la casa de asigurări de sănătate și semnalați orice serviciu medical trecut pe numele dumneavoastră pe care nu l-ați primit.',
      biometric_second_factor:
        'Acolo unde un serviciu vă recunoaște după amprentă sau după față, întrebați dacă puteți folosi și un PIN sau o parolă ca verificare suplimentară.',
      beware_targeted_offers:
        'Fiți precaut(ă) cu mesajele sau ofertele care par să vă cunoască obiceiurile ori cumpărăturile recente: pot fi făcute special ca să vă păcălească.',
      beware_job_scams:
        'Fiți precaut(ă) cu ofertele de muncă neașteptate sau cu cererile care pretind că vin de la angajator ori de la colegi, mai ales dacă vi se cer bani sau documente.',
    },
    openQuestion: {
      whenItStarted: 'când a început încălcarea',
      howItHappened: 'cum s-a produs încălcarea',
      whetherDeliberate: 'dacă încălcarea a fost provocată intenționat',
      whoAccessedTheData: 'cine a avut acces la date',
      whichPeople: 'ce categorii de persoane sunt afectate',
      howManyPeople: 'câte persoane sunt afectate',
      howManyRecords: 'câte înregistrări sunt afectate',
    },
    requiredItem: {
      reasonsForDelay: 'motivele întârzierii',
      summary: 'descrierea incidentului, inclusiv locul și suporturile de stocare',
      measures: 'măsurile luate sau propuse',
      subjectsInformed: 'dacă și cum au fost informate persoanele vizate',
      recipientController: 'operatorul căruia îi este adresată notificarea',
    },
  },
  labels: {
    organisationName: 'Denumirea',
    sector: 'Sectorul',
    registrationCode: 'Codul unic de înregistrare (CUI)',
    address: 'Adresa',
    role: 'Calitatea în prelucrare',
    personName: 'Numele',
    email: 'E-mail',
    phone: 'Telefon',
    occurredAt: 'Data și ora producerii încălcării',
    detectedAt: 'Data și ora constatării încălcării',
    awareAt: 'Data și ora luării la cunoștință',
    breachTypes: 'Tipul încălcării',
    malicious: 'Provocată intenționat (rău-intenționat)',
    recipients: 'Cine ar fi putut accesa datele',
    dataRetrieved: 'Datele au fost returnate sau șterse în mod dovedit de destinatar',
    outageHours: 'Durata indisponibilității (ore)',
    restorable: 'Există o copie de siguranță utilizabilă',
    permanentLoss: 'Date pierdute definitiv',
    altered: 'Date modificate sau deteriorate',
    recoverable: 'Datele originale pot fi restaurate',
    encryption: 'Protecția datelor afectate',
    keyCompromised: 'Cheia de criptare a fost compromisă',
    dataCategories: 'Categoriile de date cu caracter personal',
    subjectCategories: 'Categoriile de persoane vizate',
    subjectsAffected: 'Numărul aproximativ de persoane vizate',
    recordsAffected: 'Numărul aproximativ de înregistrări',
    measures: 'Măsurile luate sau propuse',
  },
  authority: {
    title: (reference) => `Notificarea încălcării securității datelor cu caracter personal către ANSPDCP — ${reference}`,
    addressee: 'Către: Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)',
    intro: (reference, date) =>
      `Notificare privind încălcarea securității datelor cu caracter personal, în temeiul art. 33 din Regulamentul (UE) 2016/679 (RGPD), conform formularului aprobat prin Decizia ANSPDCP nr. 128/2018. Referința incidentului: ${reference}. Data notificării: ${date}.`,
    sections: {
      controller: 'Identificarea operatorului',
      contact: 'Responsabilul cu protecția datelor sau alt punct de contact',
      notificationType: 'Tipul notificării',
      timeline: 'Data și ora încălcării',
      nature: 'Natura încălcării',
      data: 'Natura și conținutul datelor cu caracter personal vizate',
      measuresApplied: 'Măsurile tehnice și organizatorice aplicate sau planificate',
      otherControllers: 'Alți operatori implicați',
      summary: 'Descrierea pe scurt a incidentului (inclusiv locul și suporturile de stocare)',
      numbers: 'Numărul aproximativ și categoriile de persoane vizate și de înregistrări',
      consequences: 'Consecințele probabile ale încălcării',
      adverseEffects: 'Măsuri pentru atenuarea posibilelor efecte negative',
      subjectsInformed: 'Informarea persoanelor vizate',
      crossBorder: 'Aspecte transfrontaliere',
      delay: 'Motivele întârzierii',
    },
    initialNotification: 'Notificare inițială',
    supplement: (externalReference, sentAt) =>
      `Completare a notificării nr. ${externalReference} transmise la ${sentAt} (informații furnizate în etape, art. 33 alin. (4) din RGPD)`,
    deadline: 'Termenul de 72 de ore pentru această notificare (art. 33 alin. (1) din RGPD)',
    noOtherControllers: 'Niciunul',
    riskAssessment: 'Evaluarea riscului',
    method: (method, version, assessedAt) => `Metoda: ${method}, versiunea ${version}; evaluare efectuată la ${assessedAt}.`,
    severity: 'Gravitatea (scor și nivel)',
    riskLevel: 'Riscul pentru drepturile și libertățile persoanelor fizice',
    notifyAuthority: 'Notificarea autorității de supraveghere este necesară',
    notifyDataSubjects: 'Informarea persoanelor vizate este necesară',
    mainReasons: 'Principalele motive',
    notAssessed: 'Riscul nu a fost încă evaluat.',
    highRiskNoLongerLikely:
      'Operatorul consideră că măsurile luate după încălcare asigură că riscul ridicat nu mai este susceptibil să se materializeze (art. 34 alin. (3) lit. b) din RGPD).',
    adviceToSubjects: 'Recomandări pentru persoanele vizate',
    subjectsInformed: (how, when) =>
      when === null ? `Persoanele vizate au fost informate: ${how}` : `Persoanele vizate au fost informate la ${when}: ${how}`,
    subjectsToBeInformed:
      'Nu încă. Încălcarea este susceptibilă să genereze un risc ridicat pentru persoanele vizate, de aceea acestea vor fi informate fără întârzieri nejustificate (art. 34 alin. (1) din RGPD).',
    subjectsNotRequired:
      'Nu. Încălcarea nu este susceptibilă să genereze un risc ridicat pentru drepturile și libertățile persoanelor vizate, de aceea informarea lor nu este necesară (art. 34 alin. (1) din RGPD).',
    subjectsExempted: 'Persoanele vizate nu sunt informate individual, deoarece:',
    memberStates: 'Persoane vizate din alte state membre ale UE',
    noMemberStates: 'Nu au fost identificate persoane vizate din alte state membre ale UE.',
    delayStatement:
      'Această notificare este transmisă la mai mult de 72 de ore după ce operatorul a luat cunoștință de încălcare (art. 33 alin. (1) din RGPD).',
  },
  dataSubjects: {
    title: 'Un incident de securitate care vă privește datele personale',
    opening: (organisation) =>
      `Vă scriem ca să vă spunem despre un incident de securitate la ${organisation} care vă privește datele personale, ce poate însemna pentru dumneavoastră și ce puteți face.`,
    sections: {
      whatHappened: 'Ce s-a întâmplat',
      whatData: 'Ce date au fost implicate',
      whatItMeans: 'Ce poate însemna pentru dumneavoastră',
      whatWeDid: 'Ce am făcut',
      whatYouCanDo: 'Ce puteți face',
      contact: 'Pe cine puteți contacta',
      complaint: 'Dreptul de a depune o plângere',
    },
    foundOut: (date) => `Pe ${date} am aflat că:`,
    happened: {
      confidentiality: 'unele dintre datele dumneavoastră personale ar fi putut fi văzute sau luate de cineva care nu avea dreptul la ele',
      integrity: 'unele dintre datele dumneavoastră personale au fost modificate sau deteriorate fără permisiune',
      availability: 'unele dintre datele dumneavoastră personale nu au putut fi accesate o vreme sau s-au pierdut',
    },
    startedOn: (date) => `Problema a început pe ${date}.`,
    deliberate: 'A fost provocată intenționat de cineva, de exemplu printr-un atac informatic.',
    contactIntro: (dpoName) =>
      `Dacă aveți întrebări sau observați ceva neobișnuit, contactați responsabilul nostru cu protecția datelor, ${dpoName}:`,
    mentionReference: (reference) => `Vă rugăm să menționați referința ${reference}.`,
    complaint:
      'Dacă nu sunteți mulțumit(ă) de felul în care am gestionat datele dumneavoastră personale, puteți depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP), pe www.dataprotection.ro.',
  },
  controller: {
    title: (reference) => `Notificare privind o încălcare a securității datelor, transmisă de persoana împuternicită de operator — ${reference}`,
    to: 'Către',
    from: 'De la',
    intro:
      'Prelucrăm date cu caracter personal în numele dumneavoastră, în calitate de persoană împuternicită de operator. În temeiul art. 33 alin. (2) din RGPD, vă informăm fără întârzieri nejustificate despre o încălcare a securității datelor pe care le prelucrăm pentru dumneavoastră, ca să o puteți evalua și, dacă este cazul, să notificați autoritatea de supraveghere și persoanele vizate.',
    sections: {
      awareness: 'Când am luat cunoștință',
      whatHappened: 'Ce s-a întâmplat',
      nature: 'Natura încălcării',
      dataAndPeople: 'Datele și persoanele vizate',
      consequences: 'Consecințele probabile',
      measures: 'Măsurile luate sau propuse',
      contact: 'Punctul de contact',
      investigating: 'Aspecte aflate încă în investigație',
      nextSteps: 'Informații suplimentare',
    },
    yourClock:
      'În calitate de operator, termenul dumneavoastră de 72 de ore pentru notificarea autorității de supraveghere (art. 33 alin. (1) din RGPD) curge de la momentul în care luați cunoștință de încălcare, adică de la primirea acestei notificări. Momentul de mai sus este cel în care noi, ca persoană împuternicită, am luat cunoștință.',
    investigatingIntro: 'Încă stabilim:',
    nothingOutstanding: 'În acest moment nu mai investigăm alte aspecte.',
    phases:
      'Vă vom transmite informații suplimentare în etape, imediat ce le avem, fără să așteptăm clarificarea tuturor detaliilor (art. 33 alin. (4) din RGPD).',
  },
};
