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
