import { DEFAULT_ORGANISATION, organisationSettingStillDefault } from './organisation';

describe('organisation settings still at their defaults', () => {
  const settings = {
    ...DEFAULT_ORGANISATION,
    name: 'Exemplu SRL',
    dpo: { ...DEFAULT_ORGANISATION.dpo, email: 'dpo@exemplu.ro', phone: ' ' },
  };

  it('are the placeholders and the empty ones, named by path', () => {
    expect(organisationSettingStillDefault(settings, 'name')).toBe(false);
    expect(organisationSettingStillDefault(settings, 'registrationCode')).toBe(true);
    expect(organisationSettingStillDefault(settings, 'dpo.email')).toBe(false);
    expect(organisationSettingStillDefault(settings, 'dpo.name')).toBe(true);
    expect(organisationSettingStillDefault(settings, 'dpo.phone')).toBe(true);
  });
});
