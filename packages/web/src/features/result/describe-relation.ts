/** Relations as sentences people read: "Each Loan belongs to one Book; a Book has many Loans". */
import type { Relation } from '../../lib/api/types.ts';

export function describeRelation(relation: Relation): string {
  switch (relation.kind) {
    case 'many-to-one':
      return `Each ${relation.from} belongs to ${relation.required ? 'one' : 'at most one'} ${relation.to}; a ${relation.to} has many ${relation.from}s.`;
    case 'one-to-one':
      return `Each ${relation.from} has ${relation.required ? 'exactly one' : 'at most one'} ${relation.to}.`;
    case 'many-to-many':
      return `${relation.from}s and ${relation.to}s are linked many-to-many${relation.through ? ` through ${relation.through}` : ''}.`;
  }
}

export const RELATION_SHORT: Record<Relation['kind'], string> = {
  'many-to-one': 'N:1',
  'one-to-one': '1:1',
  'many-to-many': 'N:M',
};
