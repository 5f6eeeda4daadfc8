import type { ComplexityLevel } from '../../lib/api/types.ts';

/** A level, or 'auto': the planner picks it from the description (the request then names none). */
export type ComplexityChoice = ComplexityLevel | 'auto';

/** The complexity choices with the one line that tells a person which to pick. */
export const COMPLEXITY_CHOICES: readonly { id: ComplexityChoice; title: string; explanation: string }[] = [
  {
    id: 'auto',
    title: 'From my description',
    explanation: 'Picked from what you write: asking for accounts, log-in or roles turns them on.',
  },
  {
    id: 'simple',
    title: 'Simple',
    explanation: 'Your entities with create, edit and delete, and a plain UI. No accounts.',
  },
  {
    id: 'standard',
    title: 'Standard',
    explanation: 'Adds a dashboard, search, sorting and filters, sample data and docker-compose.',
  },
  {
    id: 'advanced',
    title: 'Advanced',
    explanation:
      'Adds accounts: sign-up and log-in, records owned by users, an admin, API docs, rate limits, logs and CI.',
  },
];
