import type { CreateIncidentDto } from '../../src/incidents/create-incident.dto';

/** A valid intake payload; tests override only what their rule is about. */
export function anIncident(overrides: Partial<CreateIncidentDto> = {}): CreateIncidentDto {
  return {
    title: 'Call recordings bucket exposed',
    description: 'An object-storage bucket with call recordings was publicly listable.',
    role: 'controller',
    breachTypes: ['confidentiality'],
    malicious: false,
    dataCategories: ['identity', 'contact', 'communications_content'],
    subjectCategories: ['customers'],
    subjectsAffected: 1200,
    recordsAffected: 5400,
    confidentiality: { recipients: 'unknown', dataRetrieved: false },
    encryption: { level: 'none', keyCompromised: false },
    mitigation: { measures: 'Bucket made private; access logs under review.' },
    // Free text in English with its Romanian, so drafts in either language have nothing to translate.
    textLanguage: 'en',
    plainLanguageSummary: 'Recordings of some of your calls with us were kept where people outside our company could reach them.',
    translations: {
      ro: {
        description: 'Un spațiu de stocare cu înregistrări ale apelurilor a putut fi listat public.',
        measures: 'Accesul public a fost blocat; jurnalele de acces sunt în curs de analiză.',
        plainLanguageSummary:
          'Înregistrări ale unor convorbiri ale dumneavoastră cu noi au fost păstrate într-un loc accesibil unor persoane din afara companiei.',
      },
    },
    emergencyContact: { name: 'Security operations', phone: '+40 721 000 111' },
    ...overrides,
  };
}

/**
 * An intake body with fields the DTO's types do not allow (a wrong enum value, a null, a missing title): what
 * a careless or hostile client sends, for the tests of the answers to bad input.
 */
export function aMalformedIncident(overrides: Record<string, unknown>): Record<string, unknown> {
  return { ...anIncident(), ...overrides };
}
