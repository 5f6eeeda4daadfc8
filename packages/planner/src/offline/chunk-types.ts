/** The chunks a sentence is read as: noun phrases, verbs and the structure words between them. */
export interface NounPhrase {
  t: 'np';
  /** Lower-case content words, modifiers first. */
  words: string[];
  /** The words as written, for labels and enum values. */
  raw: string[];
  plural: boolean;
  /** Preceded by "multiple", "many", "several" … */
  many: boolean;
  /** "one", "a", "the" … */
  det: string | null;
  /** "start/end" or "low/medium/high" in the last word. */
  alts: string[] | null;
  /** "start/end time": alternatives on a modifier, with the index of the word that carries them. */
  modifierAlts?: { at: number; alts: string[] };
  possessive: boolean;
  /** The preposition the phrase was read after, set while interpreting. */
  via?: string;
}

export type Chunk =
  | NounPhrase
  | { t: 'verb'; lemma: string; passive: boolean; neg: boolean; word: string }
  | { t: 'have'; neg: boolean }
  | { t: 'be'; neg: boolean }
  | { t: 'prep'; w: string }
  | { t: 'rel'; w: string }
  | { t: 'pron'; w: string }
  | { t: 'and' }
  | { t: 'or' }
  | { t: 'comma' }
  | { t: 'colon' }
  | { t: 'neg' }
  | { t: 'whether' }
  | { t: 'paren'; entries: string[][]; raw: string[]; values: Array<string[] | null> };
