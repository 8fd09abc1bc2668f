// Romanian with comma-below ș and ț (U+0219, U+021B), as Romanian orthography requires; never the
// cedilla forms U+015F and U+0163. A test keeps it so.
import type { NoticeStrings } from './notice-strings.js';

export const RO: NoticeStrings = {
  locale: 'ro-RO',
  unknown: 'nu se cunoaște',
  yes: 'da',
  no: 'nu',
  required: (item) => `[OBLIGATORIU: ${item}]`,
  translate: (from) =>
    from === null
      ? '[OBLIGATORIU: textul de mai jos nu are limba declarată; verificați că este în limba română sau traduceți-l]'
      : `[OBLIGATORIU: traduceți în limba română textul de mai jos, scris ${from}]`,
  instant: (utc, local, offset) => `${utc} UTC (ora locală ${local}, ${offset})`,
  art9Note: 'categorie specială, art. 9 din RGPD',
  art10Note: 'art. 10 din RGPD',
  vocabulary: {
    dataCategory: {
      identity: 'date de identificare',
      contact: 'date de contact',
      professional: 'date profesionale',
      account: 'date ale contului de utilizator',
      device_and_usage: 'date despre dispozitive și utilizare',
      behavioural: 'date despre obiceiuri și preferințe',
      location: 'date de localizare',
      communications_metadata: 'date de trafic ale comunicărilor (cu cine, când și cât timp)',
      communications_content: 'conținutul comunicărilor',
      financial: 'date financiare',
      credentials: 'date de autentificare',
      national_id: 'codul numeric personal (CNP) sau datele actului de identitate',
      health: 'date privind sănătatea',
      genetic: 'date genetice',
      biometric: 'date biometrice',
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
      availability: 'încălcarea disponibilității: pierderea accidentală sau neautorizată a accesului la date ori distrugerea acestora',
    },
    recipients: {
      none_confirmed: 'datele au fost expuse, fără dovezi că ar fi fost accesate de cineva',
      known_trusted: 'destinatari cunoscuți și de încredere, obligați să păstreze confidențialitatea',
      known_untrusted: 'destinatari cunoscuți, fără obligație de confidențialitate',
      unknown: 'destinatari necunoscuți',
      public: 'publicul larg',
    },
    encryption: {
      none: 'nu',
      weak: 'da, cu o criptare slabă sau depășită',
      strong:
        'da, cu o criptare conformă stadiului actual al tehnologiei (pentru parole și alte secrete: funcție hash lentă, cu sare criptografică (salt))',
    },
    role: { controller: 'operator', processor: 'persoană împuternicită de operator' },
    sector: { public: 'public', private: 'privat' },
    severityLevel: { low: 'scăzută', medium: 'medie', high: 'ridicată', very_high: 'foarte ridicată' },
    riskLevel: { unlikely: 'este puțin probabil să genereze un risc', risk: 'risc', high_risk: 'risc ridicat' },
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
      financial_fraud: 'pierderi financiare prin plăți frauduloase cu datele cardului sau ale contului bancar',
      identity_theft: 'furt sau fraudă de identitate: credite, contracte sau conturi deschise în numele persoanelor',
      impersonation: 'inginerie socială și uzurparea identității folosind conținutul apelurilor sau al mesajelor',
      private_communications_exposed: 'pierderea confidențialității comunicărilor private',
      whereabouts_exposed:
        'dezvăluirea deplasărilor și a locului în care se află persoanele, cu posibile riscuri pentru siguranța lor fizică',
      profiling: 'crearea de profiluri și manipularea țintită pe baza obiceiurilor, a preferințelor și a utilizării dispozitivelor',
      professional_harm: 'prejudicii aduse reputației profesionale sau perspectivelor de carieră, înșelăciuni cu oferte de muncă',
      discrimination: 'discriminare, stigmatizare sau excludere socială',
      distress_and_blackmail: 'suferință emoțională, prejudicii aduse reputației și expunere la șantaj',
      irreversible_identifier: 'compromiterea durabilă a unor identificatori care nu pot fi schimbați (biometrici sau genetici)',
      loss_of_access: 'imposibilitatea temporară de a accesa servicii sau date',
      data_lost: 'pierderea definitivă a unor date',
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
      private_communications_exposed:
        'Persoane care nu aveau acest drept ar putea cunoaște ce ați spus în convorbirile sau în mesajele dumneavoastră private.',
      whereabouts_exposed: 'Cineva ar putea afla unde locuiți, unde lucrați sau în ce locuri mergeți des.',
      profiling: 'Cineva ar putea folosi obiceiurile și preferințele dumneavoastră ca să vă trimită mesaje făcute să vă inducă în eroare.',
      professional_harm:
        'Informațiile despre munca sau studiile dumneavoastră ar putea fi folosite abuziv, de exemplu în oferte de muncă false.',
      discrimination: 'Dacă aceste informații ar deveni cunoscute, ați putea fi tratat(ă) nedrept.',
      distress_and_blackmail:
        'Cineva ar putea încerca să vă pună într-o situație jenantă sau să vă ceară bani ca să nu facă publice aceste informații.',
      irreversible_identifier: 'Spre deosebire de o parolă, aceste date nu pot fi schimbate.',
      loss_of_access: 'Este posibil să nu fi putut folosi o vreme serviciile noastre sau datele dumneavoastră.',
      data_lost: 'Unele dintre datele dumneavoastră nu mai pot fi recuperate.',
      altered_data: 'Unele dintre informațiile dumneavoastră ar putea fi greșite până când le corectăm.',
    },
    advice: {
      change_password: 'Schimbați parola contului de la noi și oriunde ați folosit aceeași parolă sau una asemănătoare.',
      enable_two_factor:
        'Activați verificarea în doi pași (2FA) oriunde este disponibilă, mai întâi pentru e-mail și pentru contul bancar.',
      review_sessions:
        'Verificați dispozitivele și sesiunile conectate la contul dumneavoastră și deconectați-le pe cele pe care nu le recunoașteți.',
      beware_phishing:
        'Vă recomandăm să tratați cu prudență e-mailurile, apelurile sau SMS-urile care pretind că vin de la noi. Nu vă vom cere niciodată parola, un cod de verificare sau datele cardului. Dacă aveți îndoieli, contactați-ne folosind datele de mai jos.',
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
      plainLanguageSummary: 'ce s-a întâmplat, explicat pe înțelesul oricui, fără termeni tehnici',
      dpoAddress: 'adresa de corespondență a responsabilului cu protecția datelor',
      controllerSubjects: 'numărul persoanelor vizate ale acestui operator',
      controllerRecords: 'numărul înregistrărilor acestui operator',
      emergencyContact: 'un număr de telefon la care suntem disponibili permanent (24/7)',
      subjectsInformedCount: 'numărul persoanelor vizate informate',
      organisationName: 'denumirea operatorului (setările organizației)',
      registrationCode: 'codul unic de înregistrare (CUI) al operatorului',
      organisationAddress: 'adresa operatorului',
      dpoName: 'numele responsabilului cu protecția datelor',
      dpoEmail: 'adresa de e-mail a responsabilului cu protecția datelor',
      dpoPhone: 'numărul de telefon al responsabilului cu protecția datelor',
    },
    dataOutcome: {
      exposed: 'datele au fost expuse, fără să se cunoască vreun acces la ele',
      accessed: 'datele au fost accesate de persoane neautorizate',
      copied: 'datele au fost copiate de persoane neautorizate',
      copied_and_published: 'datele au fost copiate și publicate de persoane neautorizate',
    },
    otherAuthority: {
      dnsc: 'Directoratul Național de Securitate Cibernetică (DNSC)',
      police: 'Poliția Română',
      ancom: 'Autoritatea Națională pentru Administrare și Reglementare în Comunicații (ANCOM)',
      other_dpa: 'o altă autoritate de supraveghere a protecției datelor',
      other: 'altă autoritate',
    },
    subjectInformer: {
      controller:
        'Dumneavoastră, în calitate de operator, decideți dacă și cum informați persoanele vizate (art. 34 din RGPD); nu le vom contacta fără instrucțiunile dumneavoastră.',
      processor_on_instruction: 'Conform instrucțiunilor dumneavoastră, noi informăm persoanele vizate, în numele dumneavoastră.',
    },
    fromLanguage: { ro: 'în limba română', en: 'în limba engleză' },
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
    occurredAt: 'Data și ora incidentului',
    detectedAt: 'Data și ora depistării incidentului',
    awareAt: 'Data și ora luării la cunoștință',
    breachTypes: 'Tipul încălcării',
    malicious: 'Încălcarea a fost provocată intenționat',
    recipients: 'Cine ar fi putut accesa datele',
    dataRetrieved: 'Destinatarul a returnat datele sau a dovedit ștergerea lor',
    outageHours: 'Durata indisponibilității (ore)',
    restorable: 'Există o copie de siguranță utilizabilă',
    permanentLoss: 'Date pierdute definitiv',
    altered: 'Date modificate sau deteriorate',
    recoverable: 'Datele originale pot fi restaurate',
    encryption: 'Datele afectate erau criptate',
    keyCompromised: 'Cheia de criptare a fost compromisă',
    dataCategories: 'Categoriile de date cu caracter personal',
    subjectCategories: 'Categoriile de persoane vizate',
    subjectsAffected: 'Numărul aproximativ de persoane vizate',
    recordsAffected: 'Numărul aproximativ de înregistrări',
    measures: 'Măsurile luate sau propuse',
    dataOutcome: 'Ce s-a întâmplat cu datele',
    dataDescription: 'Datele afectate, în concret',
  },
  authority: {
    title: (reference) => `Notificarea încălcării securității datelor cu caracter personal către ANSPDCP — ${reference}`,
    addressee:
      'Către: Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP), B-dul G-ral. Gheorghe Magheru nr. 28-30, sector 1, cod poștal 010336, București',
    intro: (reference, date) =>
      `Notificare privind încălcarea securității datelor cu caracter personal, în temeiul art. 33 din Regulamentul (UE) 2016/679 (RGPD), conform formularului aprobat prin Decizia ANSPDCP nr. 128/2018. Referința noastră: ${reference}. Data notificării: ${date}.`,
    sections: {
      controller: 'Identificarea operatorului',
      contact: 'Identitatea și datele de contact ale responsabilului cu protecția datelor sau ale unui alt punct de contact',
      notificationType: 'Notificare nouă sau completare a notificării inițiale',
      timeline: 'Data și ora incidentului și ale depistării incidentului',
      nature: 'Caracterul încălcării securității datelor cu caracter personal',
      data: 'Natura și conținutul datelor cu caracter personal în cauză',
      measuresApplied: 'Măsurile tehnice și organizatorice aplicate sau care urmează a fi aplicate de operator',
      otherControllers: 'Alți operatori implicați',
      summary: 'Rezumatul incidentului (inclusiv locul și suporturile de stocare)',
      numbers: 'Numărul aproximativ și categoriile de persoane vizate și de înregistrări',
      consequences: 'Consecințele probabile ale încălcării',
      adverseEffects: 'Măsuri pentru atenuarea posibilelor efecte negative',
      subjectsInformed: 'Informarea persoanelor vizate',
      crossBorder: 'Aspecte transfrontaliere',
      otherAuthorities: 'Alte autorități informate',
      delay: 'Motivele întârzierii',
      signature: 'Semnătura',
    },
    initialNotification: 'Notificare nouă',
    supplement: (externalReference, sentAt) =>
      `Completare a notificării nr. ${externalReference} transmise la ${sentAt} (informații furnizate în etape, art. 33 alin. (4) din RGPD)`,
    changesSince: 'Ce s-a schimbat față de notificarea completată:',
    noChangesSince:
      'Față de notificarea completată nu s-a schimbat niciuna dintre informațiile de mai jos; completarea confirmă informațiile transmise.',
    change: (label, before, after) => `${label}: ${before} → ${after}`,
    textUpdated: (section) => `${section}: textul a fost actualizat`,
    investigationContinues:
      'Investigația continuă. Vom transmite o completare a acestei notificări imediat ce aflăm informații noi (art. 33 alin. (4) din RGPD).',
    investigationComplete: 'Investigația s-a încheiat.',
    noOtherControllers: 'Niciunul',
    riskAssessment: 'Evaluarea riscului',
    method: (method, version, assessedAt) => `Metoda de evaluare: ${method}, versiunea ${version}; evaluare efectuată la ${assessedAt}.`,
    severity: 'Gravitatea (scor și nivel)',
    riskLevel: 'Riscul pentru drepturile și libertățile persoanelor fizice',
    mainReasons: 'Principalele motive',
    notAssessed: 'Riscul nu a fost încă evaluat.',
    highRiskNoLongerLikely:
      'Operatorul consideră că măsurile luate după încălcare asigură că riscul ridicat nu mai este susceptibil să se materializeze (art. 34 alin. (3) lit. b) din RGPD).',
    adviceToSubjects: 'Recomandări pentru persoanele vizate',
    informedContent: 'Conținutul informării transmise persoanelor vizate',
    informedMeans: 'Mijloacele de comunicare utilizate',
    informedCount: 'Numărul persoanelor vizate informate',
    informedAt: 'Data informării',
    informedContentText: (title, version) => `scrisoarea „${title}", versiunea ${version}, anexată`,
    subjectsToBeInformed:
      'Nu încă. Încălcarea este susceptibilă să genereze un risc ridicat pentru persoanele vizate, de aceea acestea vor fi informate fără întârzieri nejustificate (art. 34 alin. (1) din RGPD).',
    subjectsNotRequired:
      'Nu. Încălcarea nu este susceptibilă să genereze un risc ridicat pentru drepturile și libertățile persoanelor vizate, de aceea informarea lor nu este necesară (art. 34 alin. (1) din RGPD).',
    subjectsExempted: 'Persoanele vizate nu sunt informate individual, deoarece:',
    memberStates: 'Persoane vizate din alte state membre ale UE',
    noMemberStates: 'Nu au fost identificate persoane vizate din alte state membre ale UE.',
    noOtherAuthorities: 'Nu am informat alte autorități despre acest incident.',
    authorityReport: (authority, at, reference) =>
      [authority, at === null ? null : `la ${at}`, reference === null ? null : `nr. de înregistrare ${reference}`]
        .filter((part) => part !== null)
        .join(', '),
    delayStatement:
      'Această notificare este transmisă la mai mult de 72 de ore după ce operatorul a luat cunoștință de încălcare (art. 33 alin. (1) din RGPD).',
    signatoryName: 'Numele și prenumele',
    signatoryPosition: 'Funcția',
    signatureDate: 'Data',
    signature: 'Semnătura',
    dpoPosition: 'Responsabil cu protecția datelor',
  },
  dataSubjects: {
    title: 'Incident de securitate care a afectat datele dumneavoastră cu caracter personal',
    sender: 'Expeditor',
    date: (date) => `Data: ${date}`,
    salutation: 'Stimată doamnă, stimate domn,',
    opening: (organisation) =>
      `Vă informăm cu privire la un incident de securitate la ${organisation} care a afectat datele dumneavoastră cu caracter personal: ce s-a întâmplat, ce poate însemna pentru dumneavoastră și ce puteți face.`,
    sections: {
      whatHappened: 'Ce s-a întâmplat',
      whatData: 'Ce date au fost afectate',
      whatItMeans: 'Ce poate însemna pentru dumneavoastră',
      whatWeDid: 'Ce am făcut',
      whatYouCanDo: 'Ce vă recomandăm',
      contact: 'Pe cine puteți contacta',
      complaint: 'Dreptul de a depune o plângere',
    },
    foundOut: (date) => `Pe ${date} am aflat că:`,
    confidentiality: {
      unknown: 'unele dintre datele dumneavoastră ar fi putut fi accesate de persoane care nu aveau acest drept',
      exposed:
        'unele dintre datele dumneavoastră au fost accesibile unor persoane care nu aveau acest drept; nu știm ca cineva să le fi accesat',
      accessed: 'unele dintre datele dumneavoastră au fost accesate de persoane care nu aveau acest drept',
      copied: 'unele dintre datele dumneavoastră au fost copiate de persoane care nu aveau acest drept',
      copied_and_published: 'unele dintre datele dumneavoastră au fost copiate de persoane care nu aveau acest drept și au fost publicate',
    },
    integrity: 'unele dintre datele dumneavoastră au fost modificate sau deteriorate fără permisiune',
    unavailable: 'unele dintre datele dumneavoastră nu au putut fi folosite o vreme',
    lost: 'unele dintre datele dumneavoastră s-au pierdut definitiv',
    startedOn: (date) => `Problema a început pe ${date}.`,
    deliberate: 'A fost provocată intenționat de cineva, de exemplu printr-un atac informatic.',
    contactIntro: (dpoName) =>
      `Dacă aveți întrebări sau observați ceva neobișnuit, contactați responsabilul nostru cu protecția datelor, ${dpoName}:`,
    mentionReference: (reference) => `Vă rugăm să menționați referința ${reference}.`,
    complaint:
      'Dacă nu sunteți mulțumit(ă) de felul în care am gestionat datele dumneavoastră, puteți depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP):',
    authorityAddress: 'B-dul G-ral. Gheorghe Magheru nr. 28-30, sector 1, cod poștal 010336, București; www.dataprotection.ro',
    closing: 'Cu stimă,',
  },
  controller: {
    title: 'Notificarea încălcării securității datelor cu caracter personal către operator (art. 33 alin. (2) din RGPD)',
    reference: 'Referința noastră',
    to: 'Către',
    from: 'De la',
    intro:
      'Prelucrăm date cu caracter personal în numele dumneavoastră, în calitate de persoană împuternicită de operator. În temeiul art. 33 alin. (2) și al art. 28 alin. (3) lit. f) din RGPD, vă informăm fără întârzieri nejustificate despre o încălcare a securității datelor cu caracter personal pe care le prelucrăm pentru dumneavoastră, pentru a o putea evalua și, dacă este cazul, pentru a notifica autoritatea de supraveghere și persoanele vizate.',
    sections: {
      awareness: 'Când am luat cunoștință',
      whatHappened: 'Ce s-a întâmplat',
      nature: 'Natura încălcării',
      dataAndPeople: 'Datele și persoanele dumneavoastră vizate',
      containment: 'Izolarea incidentului',
      consequences: 'Consecințele probabile',
      measures: 'Măsurile luate sau propuse',
      indicators: 'Indicatori de compromitere',
      reports: 'Raportări deja făcute către alte autorități',
      subProcessors: 'Alte persoane împuternicite (subcontractanți) implicate',
      crossBorder: 'State membre vizate',
      informingPeople: 'Cine informează persoanele vizate',
      contact: 'Punctul de contact',
      investigating: 'Investigația',
      nextSteps: 'Informații suplimentare',
    },
    yourClock:
      'În calitate de operator, termenul dumneavoastră de 72 de ore pentru notificarea autorității de supraveghere (art. 33 alin. (1) din RGPD) curge de la momentul în care luați cunoștință de încălcare, adică de la primirea acestei notificări. Momentul de mai sus este cel în care noi, ca persoană împuternicită de operator, am luat cunoștință.',
    yourPeople: 'Numărul aproximativ al persoanelor dumneavoastră vizate',
    yourRecords: 'Numărul aproximativ al înregistrărilor dumneavoastră',
    contained: (since) => (since === null ? 'Încălcarea a fost izolată.' : `Încălcarea este izolată din ${since}.`),
    notContained: 'Încălcarea nu a fost încă izolată.',
    containmentUnknown: 'Nu știm încă dacă încălcarea a fost izolată.',
    noIndicators: 'Nu avem încă indicatori de compromitere de transmis.',
    noSubProcessors: 'Nicio altă persoană împuternicită nu este implicată.',
    emergencyContact: 'Telefon disponibil permanent (24/7)',
    investigatingIntro: 'Încă stabilim:',
    investigationContinues: 'Investigația continuă.',
    nothingOutstanding: 'Investigația s-a încheiat. În acest moment nu mai investigăm alte aspecte.',
    stillUnknown: 'Investigația s-a încheiat; următoarele nu au putut fi stabilite:',
    phases: 'Vă vom transmite o completare imediat ce aflăm informații noi, fără să așteptăm clarificarea tuturor detaliilor.',
    finalPhase: 'Aceasta este ultima etapă a informării noastre, cu excepția cazului în care apar fapte noi.',
  },
  eprivacy: {
    title: (reference) =>
      `Notificarea încălcării securității datelor cu caracter personal de către un furnizor de servicii de comunicații electronice — ${reference}`,
    intro: (reference, date) =>
      `Notificare în temeiul art. 3^1 din Legea nr. 506/2004 și al art. 2 din Regulamentul (UE) nr. 611/2013, conform formularului tipizat aprobat prin Decizia ANSPDCP nr. 184/2014. Referința noastră: ${reference}. Data notificării: ${date}.`,
    filing:
      'Mod de transmitere: formularul tipizat se semnează cu semnătură electronică și se transmite prin e-mail la adresa ANSPDCP brese@dataprotection.ro; formularele care nu sunt semnate electronic nu sunt luate în considerare.',
    sections: {
      provider: 'Denumirea furnizorului',
      contact: 'Identitatea și datele de contact ale responsabilului cu protecția datelor sau ale unui alt punct de contact',
      notificationType: 'Prima sau a doua notificare',
      timeline: 'Data și ora incidentului și ale depistării incidentului',
      circumstances: 'Circumstanțele încălcării securității datelor cu caracter personal',
      data: 'Natura și conținutul datelor cu caracter personal în cauză',
      measuresApplied: 'Măsurile tehnice și organizatorice aplicate sau care urmează a fi aplicate de furnizor',
      otherProviders: 'Utilizarea relevantă a altor furnizori',
      summary: 'Rezumatul incidentului (inclusiv localizarea fizică a încălcării și suporturile de stocare implicate)',
      numbers: 'Numărul abonaților sau al persoanelor fizice vizate',
      consequences: 'Consecințele potențiale și efectele negative potențiale asupra abonaților sau a persoanelor fizice',
      adverseEffects: 'Măsurile tehnice și organizatorice luate de furnizor pentru atenuarea efectelor negative potențiale',
      subscribersInformed: 'Notificarea abonaților sau a persoanelor fizice: conținut, mijloace de comunicare, număr',
      crossBorder: 'Abonați sau persoane fizice din alte state membre',
      otherAuthorities: 'Notificarea altor autorități naționale competente',
    },
    firstNotification: 'Prima notificare (art. 2 alin. (2) din Regulamentul (UE) nr. 611/2013)',
    secondNotification: (externalReference, sentAt) =>
      `A doua notificare, care completează notificarea nr. ${externalReference} transmisă la ${sentAt} (art. 2 alin. (3) din Regulamentul (UE) nr. 611/2013)`,
    noOtherProviders: 'Nu au fost implicați alți furnizori.',
    subscribersToBeInformed:
      'Abonații sau persoanele fizice nu au fost încă notificați. Încălcarea este susceptibilă să le afecteze în mod negativ datele sau viața privată, de aceea vor fi notificați fără întârzieri nejustificate (art. 3 din Regulamentul (UE) nr. 611/2013).',
    subscribersNotInformed:
      'Abonații sau persoanele fizice nu sunt notificați: încălcarea nu este susceptibilă să le afecteze în mod negativ datele sau viața privată (art. 3 alin. (1) din Regulamentul (UE) nr. 611/2013).',
    signature: 'Semnătura electronică',
    estimatedDate: (date) => `Data estimată a incidentului: ${date}.`,
    delayStatement:
      'Această notificare este transmisă la mai mult de 24 de ore după ce furnizorul a detectat încălcarea securității datelor cu caracter personal (art. 2 alin. (2) din Regulamentul (UE) nr. 611/2013).',
    secondDelayStatement:
      'Această a doua notificare este transmisă la mai mult de 3 zile după notificarea inițială (art. 2 alin. (3) din Regulamentul (UE) nr. 611/2013); motivele sunt prezentate mai jos.',
  },
};
