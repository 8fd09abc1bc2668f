/** A valid intake payload; tests override only what their rule is about. */
export function anIncident(overrides: Record<string, unknown> = {}): Record<string, unknown> {
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
    ...overrides,
  };
}
