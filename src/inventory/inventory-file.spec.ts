import { CSV_COLUMNS, inventoryCsv, inventoryFromCsv, inventoryFromJson, inventoryJson, type InventoryFile } from './inventory-file';

const file: InventoryFile = {
  customers: [
    { name: 'Shop Alpha SRL', contact: 'dpo@alpha.test', noticeHours: 24, language: 'ro', notes: null },
    { name: 'Shop Beta SRL', contact: 'privacy@beta.test', noticeHours: 48, language: 'en', notes: 'signed DPA, "v2", 2025' },
    { name: 'Shop Gamma SRL', contact: 'dpo@gamma.test', noticeHours: 12, language: 'ro', notes: null },
  ],
  systems: [
    {
      slug: 'call-recordings',
      name: 'Call recordings',
      description: 'Recordings, transcripts, AI summaries',
      dataSets: [
        {
          role: 'controller',
          dataCategories: ['identity', 'account'],
          subjectCategories: ['customers'],
          subjectsAffected: 3000,
          electronicCommunications: false,
          customers: [],
        },
        {
          role: 'processor',
          dataCategories: ['identity', 'communications_content'],
          subjectCategories: ['customers', 'public'],
          encryptionAtRest: 'strong',
          hosting: 'eu-central-1, Frankfurt',
          retention: 'as the customer configures',
          electronicCommunications: true,
          customers: [
            { customer: 'Shop Alpha SRL', subjectsAffected: 12000, recordsAffected: 50000 },
            { customer: 'Shop Beta SRL', subjectsAffected: 800 },
          ],
        },
      ],
    },
    { slug: 'empty', name: 'Not yet described', description: null, dataSets: [] },
  ],
};

describe('the inventory file', () => {
  it('reads its own JSON export back unchanged', () => {
    const exported = JSON.parse(JSON.stringify(inventoryJson(file)));
    const read = inventoryFromJson(exported, new Set());
    expect(read.problems).toEqual([]);
    expect(read.file).toEqual(exported);
  });

  it('reads its own CSV export back to the same inventory, a customer no system names included', () => {
    const csv = inventoryCsv(file);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const read = inventoryFromCsv(csv, new Set());
    expect(read.problems).toEqual([]);
    expect(read.file).toEqual(inventoryJson(file));
    expect(inventoryCsv(read.file!)).toBe(csv);
  });

  it('fills the defaults: a 24-hour window in Romanian, no e-communications, no customers', () => {
    const read = inventoryFromJson(
      {
        customers: [{ name: 'A', contact: 'a@a.test' }],
        systems: [{ slug: 'x', name: 'X', dataSets: [{ role: 'controller', dataCategories: ['contact'], subjectCategories: ['users'] }] }],
      },
      new Set(),
    );
    expect(read.file).toEqual({
      customers: [{ name: 'A', contact: 'a@a.test', noticeHours: 24, language: 'ro' }],
      systems: [
        {
          slug: 'x',
          name: 'X',
          dataSets: [
            {
              role: 'controller',
              dataCategories: ['contact'],
              subjectCategories: ['users'],
              electronicCommunications: false,
              customers: [],
            },
          ],
        },
      ],
    });
  });

  it('names every problem of a JSON file by its path, and gives no file', () => {
    const read = inventoryFromJson(
      {
        customers: [
          { name: 'A', contact: 'a@a.test', noticeHours: 0 },
          { name: 'A', contact: 'b@b.test' },
        ],
        systems: [
          {
            slug: 'Bad Slug',
            name: 'X',
            colour: 'red',
            dataSets: [
              { role: 'controller', dataCategories: ['helth'], subjectCategories: ['users'], customers: [{ customer: 'A' }] },
              { role: 'processor', dataCategories: ['contact'], subjectCategories: [], customers: [{ customer: 'Nobody SRL' }] },
            ],
          },
        ],
      },
      new Set(),
    );
    expect(read.file).toBeNull();
    expect(read.problems).toEqual([
      { field: 'customers[0].noticeHours', problem: 'is 0, not a whole number from 1 to 720' },
      { field: 'customers[1].name', problem: 'names "A" a second time' },
      { field: 'systems[0].colour', problem: 'is not a field of a system (slug, name, description, dataSets)' },
      {
        field: 'systems[0].slug',
        problem: 'is "Bad Slug": a slug is lowercase letters and digits joined by single hyphens, such as call-recordings',
      },
      { field: 'systems[0].dataSets[0].dataCategories', problem: 'has "helth", which is not a data category' },
      { field: 'systems[0].dataSets[1].subjectCategories', problem: 'must name at least one' },
      {
        field: 'systems[0].dataSets[1].customers[0].customer',
        problem: 'is "Nobody SRL", which names no customer of the file or the inventory',
      },
      { field: 'systems[0].dataSets[0].customers', problem: 'are only for processor data sets (a controller data set is our own data)' },
    ]);
  });

  it('lets a share name a customer the installation already has', () => {
    const raw = {
      systems: [
        {
          slug: 'x',
          name: 'X',
          dataSets: [
            { role: 'processor', dataCategories: ['contact'], subjectCategories: ['users'], customers: [{ customer: 'Old SRL' }] },
          ],
        },
      ],
    };
    expect(inventoryFromJson(raw, new Set(['Old SRL'])).problems).toEqual([]);
    expect(inventoryFromJson(raw, new Set()).problems).toHaveLength(1);
  });

  it('names the row and column of each bad cell of a sheet', () => {
    const sheet = [
      CSV_COLUMNS.join(','),
      'crm,CRM,,1,controller,identity;helth,customers,many,,,,,,,,,,,,',
      'crm,CRM,,2,processor,contact,customers,,,,,,maybe,Shop Alpha SRL,10,,dpo@alpha.test,900,,',
      'crm,Another name,,2,processor,contact,customers,,,,,,,Shop Beta SRL,5,,,,,',
    ].join('\n');
    const read = inventoryFromCsv(sheet, new Set());
    expect(read.file).toBeNull();
    expect(read.problems[0]).toEqual({ field: 'row 4, systemName', problem: 'differs from row 2, which says "CRM"' });
    expect(read.problems.slice(1)).toEqual(inventoryFromCsv(sheet.replace('Another name', 'CRM'), new Set()).problems);
    expect(read.problems.slice(1)).toEqual([
      { field: 'row 3, customerNoticeHours', problem: 'is 900, not a whole number from 1 to 720' },
      { field: 'row 2, dataCategories', problem: 'has "helth", which is not a data category' },
      { field: 'row 2, subjectsAffected', problem: 'is "many", not a whole number from 0 to 10000000000' },
      { field: 'row 3, electronicCommunications', problem: 'is "maybe", not true or false' },
      { field: 'row 4, customer', problem: 'is "Shop Beta SRL", which names no customer of the file or the inventory' },
    ]);
  });

  it('refuses a column it does not know and a quote never closed', () => {
    expect(inventoryFromCsv('systemSlug,systemName,colour\nx,X,red\n', new Set()).problems).toEqual([
      { field: 'row 1, column 3', problem: expect.stringContaining('"colour" is not a column of an inventory sheet') },
    ]);
    expect(inventoryFromCsv('systemSlug\n"x\n', new Set()).problems).toEqual([
      { field: 'file', problem: 'a quoted cell opened on line 2 is never closed' },
    ]);
  });
});
