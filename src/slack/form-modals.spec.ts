import { newIncidentModal } from './form-modals.js';

const NOW = new Date('2026-11-02T08:00:00Z');

type Json = Record<string, any>;

describe('the new-incident form', () => {
  const modal = newIncidentModal('Laptop stolen', NOW) as Json;
  const elements: Record<string, Json> = Object.fromEntries((modal.blocks as Json[]).map((block) => [block.block_id, block.element]));

  it('prefills the title and the awareness time, now', () => {
    expect(elements.title.initial_value).toBe('Laptop stolen');
    expect(elements.awareAt).toEqual({ type: 'datetimepicker', initial_date_time: NOW.getTime() / 1000, action_id: 'input' });
  });

  it('offers every breach type, data category and role, within Slack’s 75 characters an option', () => {
    const values = (element: Json) => element.options.map((option: Json) => option.value);
    expect(values(elements.role)).toEqual(['controller', 'processor']);
    expect(values(elements.breachTypes)).toEqual(['confidentiality', 'integrity', 'availability']);
    expect(values(elements.dataCategories)).toHaveLength(21);
    const texts = Object.values(elements).flatMap((element) => (element.options ?? []).map((option: Json) => option.text.text));
    expect(Math.max(...texts.map((text: string) => text.length))).toBeLessThanOrEqual(75);
  });

  it('asks for no system, and requires role and data categories, while the inventory is empty', () => {
    expect(elements.systems).toBeUndefined();
    const optional = Object.fromEntries((modal.blocks as Json[]).map((block) => [block.block_id, block.optional]));
    expect(optional).toMatchObject({ role: false, dataCategories: false });
  });

  it('offers the inventory’s systems first, and then leaves role and data categories to them', () => {
    const systems = [
      { slug: 'call-recordings', name: 'Call recordings' },
      { slug: 'billing', name: 'B'.repeat(90) },
    ];
    const blocks = (newIncidentModal('Bucket exposed', NOW, systems) as Json).blocks as Json[];
    expect(blocks.map((block) => block.block_id)).toEqual([
      'title',
      'systems',
      'role',
      'breachTypes',
      'dataCategories',
      'subjectsAffected',
      'awareAt',
    ]);
    const byId = Object.fromEntries(blocks.map((block) => [block.block_id, block]));
    expect(byId.systems.element.options.map((option: Json) => option.value)).toEqual(['call-recordings', 'billing']);
    expect(byId.systems.element.options[1].text.text).toHaveLength(75);
    expect([byId.systems.optional, byId.role.optional, byId.dataCategories.optional]).toEqual([true, true, true]);
  });

  it('keeps the title to 200 characters and the modal title to Slack’s 24', () => {
    expect(elements.title.max_length).toBe(200);
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
  });
});
