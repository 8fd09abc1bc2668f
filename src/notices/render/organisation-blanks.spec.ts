import { unfilledPlaceholders } from './placeholders';
import { withIdentityBlanks } from './organisation-blanks';

const profile = {
  name: '[organisation name]',
  sector: 'private' as const,
  registrationCode: 'RO123',
  address: 'Str. Exemplu 1',
  dpo: { name: '[DPO name]', email: 'dpo@exemplu.ro', phone: '+40 721 000 000', address: '[DPO address]' },
};

describe('the operator named in a notice', () => {
  it('turns every identity setting nobody has filled in into a blank the DPO must fill before approving', () => {
    const shown = withIdentityBlanks(profile, ['name', 'dpo.name', 'dpo.address'], 'ro');
    expect(unfilledPlaceholders(`${shown.name} ${shown.dpo.name}`)).toEqual([
      '[OBLIGATORIU: denumirea operatorului (setările organizației)]',
      '[OBLIGATORIU: numele responsabilului cu protecția datelor]',
    ]);
    // the form draws its own blank for the DPO's postal address when there is none
    expect(shown.dpo.address).toBe('');
  });

  it('keeps what the organisation did fill in', () => {
    const shown = withIdentityBlanks(profile, ['name'], 'en');
    expect(shown).toMatchObject({
      registrationCode: 'RO123',
      address: 'Str. Exemplu 1',
      dpo: { email: 'dpo@exemplu.ro', phone: '+40 721 000 000' },
    });
    expect(shown.name).toBe("[REQUIRED: the controller's name (organisation settings)]");
  });
});
