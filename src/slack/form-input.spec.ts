import { newIncidentErrors, newIncidentInput, rejectReasonErrors, rejectReasonOf } from './form-input.js';

describe('the new-incident form submitted', () => {
  it('turns the submitted state into the intake API’s body', () => {
    const input = newIncidentInput({
      title: { input: { value: 'Laptop stolen' } },
      role: { input: { selected_option: { value: 'processor' } } },
      breachTypes: { input: { selected_options: [{ value: 'confidentiality' }, { value: 'availability' }] } },
      dataCategories: { input: { selected_options: [{ value: 'identity' }] } },
      subjectsAffected: { input: { value: '250' } },
      awareAt: { input: { selected_date_time: 1793606400 } },
    });
    expect(input).toEqual({
      title: 'Laptop stolen',
      role: 'processor',
      breachTypes: ['confidentiality', 'availability'],
      dataCategories: ['identity'],
      subjectsAffected: 250,
      awareAt: '2026-11-02T08:00:00.000Z',
    });
  });

  it('leaves out what was not answered, so validation names the required fields', () => {
    expect(
      newIncidentInput({
        title: { input: { value: null } },
        role: { input: { selected_option: null } },
        subjectsAffected: { input: { value: null } },
      }),
    ).toEqual({
      breachTypes: [],
      dataCategories: [],
    });
  });

  it('passes the systems chosen, leaving role and data categories to them when not answered (issue #15)', () => {
    expect(
      newIncidentInput({
        title: { input: { value: 'Bucket exposed' } },
        systems: { input: { selected_options: [{ value: 'call-recordings' }] } },
        role: { input: { selected_option: null } },
        dataCategories: { input: { selected_options: [] } },
        breachTypes: { input: { selected_options: [{ value: 'confidentiality' }] } },
      }),
    ).toEqual({ title: 'Bucket exposed', systems: ['call-recordings'], breachTypes: ['confidentiality'] });
  });

  it('passes a number with decimals on as a number, for validation to refuse', () => {
    expect(newIncidentInput({ subjectsAffected: { input: { value: '12.5' } } }).subjectsAffected).toBe(12.5);
  });

  it('puts each problem under its field, and one about anything else under the title', () => {
    expect(
      newIncidentErrors([
        { field: 'breachTypes', problem: 'must contain at least 1 elements' },
        { field: 'awareAt', problem: 'must not be in the future' },
        { field: 'awareAt', problem: 'must be a valid ISO 8601 date and time' },
        { field: 'confidentiality', problem: "is given but breachTypes does not include 'confidentiality'" },
      ]),
    ).toEqual({
      breachTypes: 'Must contain at least 1 elements',
      awareAt: 'Must not be in the future; Must be a valid ISO 8601 date and time',
      title: "confidentiality is given but breachTypes does not include 'confidentiality'",
    });
  });
});

describe('the reject form', () => {
  it('reads the reason without surrounding spaces', () => {
    expect(rejectReasonOf({ reason: { input: { value: '  Name the processor.  ' } } })).toBe('Name the processor.');
    expect(rejectReasonOf({})).toBe('');
  });

  it('puts a problem with the reason under it', () => {
    expect(rejectReasonErrors([{ field: 'reason', problem: 'must not be blank' }])).toEqual({ reason: 'Must not be blank' });
  });
});
