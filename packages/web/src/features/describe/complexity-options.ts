import type { ComplexityLevel } from '../../lib/api/types.ts';

/** The complexity levels with the one line that tells a person which to pick. */
export const COMPLEXITY_CHOICES: readonly { id: ComplexityLevel; title: string; explanation: string }[] = [
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
