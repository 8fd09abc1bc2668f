import { breachRegime, inNis2Scope } from './regime.js';

describe('breachRegime (GDPR Art. 95)', () => {
  it.each([['communications_content'], ['communications_metadata'], ['location']] as const)(
    'defaults to ePrivacy for an e-communications provider’s %s',
    (category) => {
      expect(breachRegime({ role: 'controller', sectors: ['electronic_communications'], dataCategories: ['identity', category] })).toBe(
        'eprivacy',
      );
    },
  );

  it('defaults to the GDPR for the provider’s data that says nothing of its service', () => {
    expect(breachRegime({ role: 'controller', sectors: ['electronic_communications'], dataCategories: ['identity', 'contact'] })).toBe(
      'gdpr',
    );
  });

  it('defaults to the GDPR for call content held by a company that provides no e-communications service', () => {
    expect(breachRegime({ role: 'controller', sectors: [], dataCategories: ['communications_content'] })).toBe('gdpr');
  });

  it('follows what the responder stated', () => {
    expect(
      breachRegime({ role: 'controller', sectors: ['electronic_communications'], dataCategories: ['contact'], regime: 'eprivacy' }),
    ).toBe('eprivacy');
    expect(breachRegime({ role: 'controller', sectors: ['electronic_communications'], dataCategories: ['location'], regime: 'gdpr' })).toBe(
      'gdpr',
    );
  });

  it('keeps a processor under the GDPR: it warns the provider (Art. 33(2)), which notifies under ePrivacy', () => {
    expect(
      breachRegime({ role: 'processor', sectors: ['electronic_communications'], dataCategories: ['location'], regime: 'eprivacy' }),
    ).toBe('gdpr');
  });
});

describe('inNis2Scope', () => {
  it('includes a public e-communications provider whatever its size (NIS2 Art. 2(2)(a)(i))', () => {
    expect(inNis2Scope(['electronic_communications'])).toBe(true);
  });

  it('includes entities the organisation lists as essential or important, and no one else', () => {
    expect(inNis2Scope(['nis2_important'])).toBe(true);
    expect(inNis2Scope(['financial_dora'])).toBe(false);
    expect(inNis2Scope([])).toBe(false);
  });
});
