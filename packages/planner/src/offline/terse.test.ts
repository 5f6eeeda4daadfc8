import { describe, expect, it } from 'vitest';
import { planOffline } from './planner.ts';

const names = (prompt: string) => planOffline(prompt).input.entities.map((e) => e.name);

describe('terse prompts', () => {
  it('splits compounds into head and modifier entities and adds what the app kind needs', () => {
    expect(names('cat boarding kennel reservations')).toEqual(expect.arrayContaining(['Cat', 'Reservation']));
    expect(names('appliance repair shop work orders')).toEqual(
      expect.arrayContaining(['WorkOrder', 'Customer']),
    );
    expect(names('Knitting patterns and projects')).toEqual(['Pattern', 'Project']);
  });
  it('books the thing a second setting or a site word names, not a generic service', () => {
    expect(names('Gym class booking app')).toEqual(expect.arrayContaining(['Booking', 'Class']));
    expect(names('Gym class booking app')).not.toContain('Service');
    expect(names('Campground site reservations')).toEqual(expect.arrayContaining(['Site', 'Reservation']));
  });
  it('reads "with" between two things and knows hives and shopping lists', () => {
    expect(names('Recipe manager with shopping lists')).toEqual(['Recipe', 'ShoppingList']);
    expect(names('Beekeeping hive inspection log')).toEqual(['Hive', 'Inspection']);
  });
  it('keeps dated entries for logs of a measure', () => {
    const { input } = planOffline('mood tracker');
    expect(input.entities[0]?.name).toBe('MoodEntry');
    expect(input.entities[0]?.fields?.map((f) => f.name)).toContain('date');
  });
  it('never makes entities of verbs, pronouns, adverbs or value types', () => {
    const all = names(
      "I'm a dog walker. Staff approve or reject walks, clients pay online and judges give whole numbers 1-10; we do that elsewhere.",
    );
    for (const junk of ['Im', 'StaffApprove', 'Pay', 'PayOnline', 'WholeNumber', 'ThatElsewhere'])
      expect(all).not.toContain(junk);
  });
});

describe('words that name nothing', () => {
  it('never makes entities of pronouns and quantity words', () => {
    const all = names(
      'List the beers we brew (name, style) and which ones are on tap. Each participant belongs to at most one team; costs are split among everyone.',
    );
    for (const junk of ['One', 'Most', 'Everyone']) expect(all).not.toContain(junk);
  });
  it('reads "a list of X" as many X, not a List', () => {
    const all = names('Therapists create treatment plans for patients with a list of exercises.');
    expect(all).toContain('Exercise');
    expect(all).not.toContain('List');
  });
  it('calls a table a Table whatever the setting', () => {
    expect(
      names('Restaurant reservations: tables (number, seats) and guests with a phone number.'),
    ).toContain('Table');
  });
});
