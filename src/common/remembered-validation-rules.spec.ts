import { plainToInstance } from 'class-transformer';
import { IsInt, IsString, getMetadataStorage, validate } from 'class-validator';
import { CreateIncidentDto, UpdateIncidentDto } from '../incidents/create-incident.dto';
import { ConfidentialityDto, RiskFactsDto } from '../incidents/incident-facts.dto';
import { rememberValidationRules } from './remembered-validation-rules';

class Parent {
  @IsString() name!: string;
}

class Child extends Parent {
  @IsInt() count!: number;
}

const storage = getMetadataStorage();
const classes = [CreateIncidentDto, UpdateIncidentDto, RiskFactsDto, ConfidentialityDto, Parent, Child];
// The arguments class-validator's executor passes: no groups (the API's), and a few it could.
const argumentSets: [string, boolean, boolean, string[] | undefined][] = [
  ['', false, false, undefined],
  ['', true, false, undefined],
  ['', false, true, ['admin']],
];

describe('rememberValidationRules', () => {
  const found = new Map<string, ReturnType<typeof storage.getTargetValidationMetadatas>>();

  beforeAll(() => {
    for (const target of classes)
      for (const args of argumentSets)
        found.set(`${target.name} ${JSON.stringify(args)}`, storage.getTargetValidationMetadatas(target, ...args));
    rememberValidationRules();
  });

  it('answers every class, its ancestors’ rules included, as class-validator found them', () => {
    for (const target of classes)
      for (const args of argumentSets)
        expect(storage.getTargetValidationMetadatas(target, ...args)).toEqual(found.get(`${target.name} ${JSON.stringify(args)}`));
    const childRules = storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(childRules.map((rule) => rule.propertyName).sort()).toEqual(['count', 'name']);
  });

  it('keeps each answer and its grouping by property instead of finding them again', () => {
    const rules = storage.getTargetValidationMetadatas(CreateIncidentDto, '', false, false);
    expect(storage.getTargetValidationMetadatas(CreateIncidentDto, '', false, false)).toBe(rules);
    expect(storage.groupByPropertyName(rules)).toBe(storage.groupByPropertyName(rules));
    expect(storage.getTargetValidationMetadatas(CreateIncidentDto, '', false, false, ['admin'])).not.toBe(rules);
  });

  it('groups a list it did not hand out afresh, each time', () => {
    const list = [...storage.getTargetValidationMetadatas(Child, '', false, false)];
    expect(storage.groupByPropertyName(list)).not.toBe(storage.groupByPropertyName(list));
    expect(Object.keys(storage.groupByPropertyName(list)).sort()).toEqual(['count', 'name']);
  });

  it('is put in place once, however often it is asked', async () => {
    const lookUp = storage.getTargetValidationMetadatas;
    rememberValidationRules();
    expect(storage.getTargetValidationMetadatas).toBe(lookUp);
    const errors = await validate(plainToInstance(Child, { name: 7, count: 'x' }));
    expect(errors.map((error) => error.property).sort()).toEqual(['count', 'name']);
  });
});
