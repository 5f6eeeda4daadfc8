/**
 * A sentence that gives a record's status and its values: "Move status: quoted, booked, cancelled.",
 * "Status is either confirmed or cancelled." The status is a field of the record, never a thing.
 */
import type { Chunk, NounPhrase } from './chunk.ts';
import { addField } from './items.ts';
import type { State } from './state.ts';
import { isEnumish } from './types.ts';

/** Reads the phrase at chunk `i` as a status line's field; false when it is something else. */
export function statusLine(st: State, np: NounPhrase, chunks: readonly Chunk[], i: number): boolean {
  if (i !== 0 || st.mode !== 'top' || np.possessive) return false;
  const next = chunks[i + 1];
  const head = np.words[np.words.length - 1] ?? '';
  if (!isEnumish(head)) return false;
  const named = np.words.length > 1 ? st.draft.find(np.words.slice(0, -1)) : undefined;
  let owner = named;
  if (np.words.length === 1 && next?.t === 'be' && !next.neg && chunks[i + 2]?.t === 'np')
    owner = st.heading ?? st.previousSubject ?? undefined;
  if (!owner || (next?.t !== 'colon' && next?.t !== 'be')) return false;
  const field = addField(st, owner, [head]);
  if (!field) return false;
  st.last = { np, field };
  if (next.t === 'be') {
    st.enumField = field;
    st.mode = 'enum';
  }
  return true;
}
