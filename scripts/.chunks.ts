import { chunk } from '../packages/planner/src/offline/chunk.ts';
import { splitSentences, tokenize } from '../packages/planner/src/offline/tokenize.ts';
for (const s of splitSentences(process.argv[2] ?? '')) console.log(chunk(tokenize(s)).map((c) => c.t === 'np' ? `[${c.words.join(' ')}]` : c.t === 'verb' ? `<${c.lemma}${c.passive ? ' pass' : ''}>` : c.t === 'prep' || c.t === 'rel' || c.t === 'pron' ? `${c.t}:${c.w}` : c.t).join(' '));
