/** Mechanisms that read the shape of a clause rather than its words: what they add and what they leave out. */
import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './planner.ts';

const planner = new OfflinePlanner();
const plan = async (prompt: string) => (await planner.plan(prompt)).spec;
const names = async (prompt: string) => (await plan(prompt)).entities.map((e) => e.name);
const entity = async (prompt: string, name: string) =>
  (await plan(prompt)).entities.find((e) => e.name === name);
const references = async (prompt: string, from: string) =>
  (await plan(prompt)).relations.filter((r) => r.from === from).map((r) => r.to);

describe('bare singular nouns', () => {
  it('are left out when nothing describes, counts or relates them', async () => {
    const found = await names(
      "I'm a beekeeper. Hives have a location and a queen age; inspections have a date.",
    );
    expect(found).toContain('Hive');
    expect(found).not.toContain('Beekeeper');
    expect(await names('I sing and paint at home; track my paintings with a size and a price.')).toEqual([
      'Painting',
    ]);
  });
  it('stay when written in the plural, even with no details', async () => {
    expect(await names('A greenhouse app: beds, seedlings and harvests.')).toEqual(
      expect.arrayContaining(['Bed', 'Seedling', 'Harvest']),
    );
  });
});

describe('a measure kept per pair of things', () => {
  it('is a record of its own, dated by the period and referring to each thing', async () => {
    const prompt = 'Nurses log minutes per patient per day, and patients have a ward.';
    const record = await entity(prompt, 'TimeEntry');
    expect(record?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['minutes', 'date']));
    expect(await references(prompt, 'TimeEntry')).toEqual(expect.arrayContaining(['Nurse', 'Patient']));
  });
  it("stays a thing's own field when nobody keeps it", async () => {
    expect(await names('Stock levels are tracked per product per warehouse.')).toContain('StockLevel');
    expect(await names('Votes: approved yes/no per member per motion.')).not.toContain('Approved');
  });
});

describe('"which X … which Y"', () => {
  it('keeps a record of each pairing, dated when one side is a day', async () => {
    const prompt = 'A rota of which volunteer runs which till on which day.';
    expect(await references(prompt, 'Assignment')).toEqual(expect.arrayContaining(['Volunteer', 'Till']));
    expect((await entity(prompt, 'Assignment'))?.fields.map((f) => f.name)).toContain('date');
  });
});

describe('a word that often names the app', () => {
  it('is a thing when its details are listed after it', async () => {
    const prompt = 'Cleaning rota.\nSites: name, address, alarm code\nCleaners: name, phone';
    expect((await entity(prompt, 'Site'))?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['name', 'address', 'alarmCode']),
    );
    expect(await names(prompt)).not.toContain('Name');
  });
});

describe('an organisation before what it owns', () => {
  it('is the setting, not part of the name', async () => {
    const found = await names('Track company phones with an IMEI and the employee who has each one.');
    expect(found).toContain('Phone');
    expect(found).not.toContain('CompanyPhone');
  });
});

describe('a heading with its audience', () => {
  it('gives the listed details to the thing, not to whom it is for', async () => {
    const prompt = 'Grooming appointments for my clients: breed, date, price and notes.';
    expect((await entity(prompt, 'GroomingAppointment'))?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['breed', 'date', 'price']),
    );
  });
});

describe('the user as subject', () => {
  it('keeps the things "I" or "we" record as records, not as details of the last thing named', async () => {
    const prompt = 'Teachers have a name and a room. I also want to record field trips and each concert.';
    expect(await names(prompt)).toEqual(expect.arrayContaining(['FieldTrip', 'Concert']));
    expect((await entity(prompt, 'Teacher'))?.fields.map((f) => f.name)).not.toContain('fieldTrip');
  });
  it('reads "we assign A to B" as a record of A and B', async () => {
    const prompt = 'Volunteers have a name and phone. We assign volunteers to stalls.';
    expect(await references(prompt, 'Assignment')).toEqual(expect.arrayContaining(['Volunteer', 'Stall']));
  });
  it('reads "lessons are weekly" as no entity', async () => {
    expect(await names('Lessons are weekly, each with a length and a rate.')).toEqual(['Lesson']);
  });
});

describe('measures and conjunctions', () => {
  it('never name an entity', async () => {
    const found = await names('Tutors log hours against courses; whenever stock arrives, record a delivery.');
    expect(found).not.toContain('Hour');
    expect(found.some((name) => name.startsWith('Whenever'))).toBe(false);
  });
});

describe('contracted pronouns', () => {
  it('are pronouns, never names', async () => {
    const found = await names("I'd like to list my vinyl records with an artist; we'll add genres later.");
    expect(found).not.toContain('Id');
    expect(found).not.toContain('Well');
  });
});

describe('informal lists', () => {
  it('splits values at a slash between spaces', async () => {
    const found = await entity('Kites: name, shape (delta / box / diamond), and a price.', 'Kite');
    expect(found?.fields.find((f) => f.name === 'shape')?.enumValues).toEqual(['delta', 'box', 'diamond']);
  });
  it('reads a spaced hyphen before a list as a colon, and "of the X" as what a field is about', async () => {
    const prompt = 'We repair bikes and log repairs - photo of the damage, parts fitted and labour minutes.';
    expect((await entity(prompt, 'Repair'))?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['photo', 'labourMinutes']),
    );
    expect(await names(prompt)).not.toContain('Damage');
  });
  it('keeps a unit as written in the field name', async () => {
    const found = await entity('Boats (name, length in feet, mast height in metres).', 'Boat');
    expect(found?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['lengthFeet', 'mastHeightMetres']),
    );
  });
  it('reads a container of things as those things', async () => {
    expect(await names('My stamp collection, with a country and year for each stamp.')).toEqual(['Stamp']);
    expect(await names('Keep a log of every pond test with the pH and nitrate level.')).toContain('PondTest');
    expect(await names('A shopping list with items and a store.')).toContain('ShoppingList');
  });
});

describe('details in a list', () => {
  it('keeps a singular field as the prompt names it; only a plural may stand for several known fields', async () => {
    expect(
      (await entity('Each trip has a date, a destination and a cost.', 'Trip'))?.fields.map((f) => f.name),
    ).toContain('date');
  });
  it('reads a parenthesis with two or more details as fields, whatever the unit', async () => {
    const found = await entity('Log each bake (date, oven, glaze or plain, core temperature in C).', 'Bake');
    expect(found?.fields.find((f) => f.name === 'coreTemperatureC')?.type).toBe('decimal');
  });
});

describe('a sentence that only says what to track', () => {
  it('names records when the things are ones the knowledge base stores', async () => {
    const prompt =
      'A library app: members borrow books; each loan has a due date and a late fee. Track authors and genres.';
    expect(await names(prompt)).toEqual(expect.arrayContaining(['Author', 'Genre']));
    expect((await entity(prompt, 'Loan'))?.fields.map((f) => f.name)).toEqual(['dueDate', 'lateFee']);
  });
  it('gives details to the record when they are only details', async () => {
    const loan = await entity('Members borrow books; track due dates and late fees.', 'Loan');
    expect(loan?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['dueDate', 'lateFee']));
  });
});
