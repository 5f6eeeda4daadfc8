import type { ComplexityLevel } from '../../lib/api/types.ts';

/** The complexity levels with the one line that tells a person which to pick. */
export const COMPLEXITY_CHOICES: readonly { id: ComplexityLevel; title: string; explanation: string }[] = [
  { id: 'simple', title: 'Simple', explanation: 'Just the entities you name, with their core fields.' },
  {
    id: 'standard',
    title: 'Standard',
    explanation: 'Adds the fields and relations such an app usually needs.',
  },
  {
    id: 'advanced',
    title: 'Advanced',
    explanation: 'A fuller model: more supporting entities, statuses and features.',
  },
];
