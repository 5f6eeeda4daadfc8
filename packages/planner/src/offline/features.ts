/**
 * Features from keywords, with negation: "no payments or user accounts needed" turns nothing on.
 * A keyword is negated when its clause says so before it ("no", "without", "don't need") or after it
 * ("… are not needed").
 */
import type { Feature } from '@appgen/spec';

const TRIGGERS: ReadonlyArray<readonly [Feature, RegExp]> = [
  [
    'auth',
    /\b(?:log ?ins?|logins?|log(?:s|ged)? in|sign(?:s|ed)?[ -]?(?:in|up|on)|user accounts?|accounts? for (?:each|every)|register(?:s|ed)? (?:an? )?accounts?|passwords?|roles?|permissions?|authenticat\w*|auth)\b/g,
  ],
  ['search', /\b(?:search\w*|filter\w*|find|look up)\b/g],
  ['dashboard', /\b(?:dashboards?|charts?|analytics|statistics|stats|overview|kpis?|graphs?)\b/g],
  ['export-csv', /\b(?:csv|exports?|exporting|exported|spreadsheets?|excel)\b/g],
  ['seed-data', /\b(?:sample data|seed\w*|demo data|example data|test data|dummy data)\b/g],
];

const NEGATION_BEFORE = /\b(?:no|not|without|never|don'?t|doesn'?t|do not|does not|nor|skip|excluding)\b/;
const NEGATION_AFTER =
  /^[^,;.]*?\b(?:not|isn'?t|aren'?t|never)\b[^,;.]*?\b(?:needed|required|necessary|wanted|used|planned)\b|^[^,;.]*?\b(?:unnecessary|not needed)\b/;

/** Splits into clauses so a negation reaches only its own clause. */
function clauses(text: string): string[] {
  return text.toLowerCase().split(/[.;!?\n]|,\s*(?:but|and|while|though)\b|\bbut\b|\bhowever\b/);
}

export function detectFeatures(text: string): { features: Feature[]; negated: Feature[] } {
  const on = new Set<Feature>();
  const off = new Set<Feature>();
  for (const clause of clauses(text)) {
    for (const [feature, pattern] of TRIGGERS) {
      for (const match of clause.matchAll(pattern)) {
        const before = clause.slice(0, match.index);
        const after = clause.slice(match.index);
        if (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after)) off.add(feature);
        else on.add(feature);
      }
    }
  }
  for (const feature of off) on.delete(feature);
  return { features: [...on], negated: [...off] };
}
