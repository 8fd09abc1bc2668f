/** A complete organisation profile, as an admin would PUT it. */
export function anOrganisation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Exemplu Telecom SRL',
    sector: 'private',
    registrationCode: 'RO12345678',
    address: 'Str. Exemplu 1, București',
    dpo: { name: 'Ioana Popescu', email: 'dpo@exemplu.ro', phone: '+40 721 000 000', address: 'Str. Exemplu 1, București' },
    sectors: ['electronic_communications'],
    escalation: {
      reminderHoursLeft: [48, 24, 12, 6, 2],
      overdueRepeatHours: 6,
      dpoFromHoursLeft: 12,
      contactsFromHoursLeft: 2,
      contacts: [{ name: 'CISO', slackUserId: 'U0CISO1' }],
    },
    dataSubjectsHours: 72,
    leadAuthority: null,
    allowUnlinkedSlackReporters: true,
    ...overrides,
  };
}
