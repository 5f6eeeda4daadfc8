import { describe, expect, it } from 'vitest';
import { packageOf, summarizeProfile } from './cpu-profile.ts';
import { formatTable, markdownTable, type Row } from './report.ts';

const rows: Row[] = [
  { section: 'generation', metric: 'codegen', value: 'p50 2 ms' },
  { section: 'ceiling', metric: 'ratio', value: '0.1', target: '≥ 0.5', met: false },
  { section: 'idle SSE', metric: 'per connection', value: '20 KB', target: '≤ 30 KB', met: true },
  { section: 'peer', metric: 'ratio', value: 'not measured', target: '≥ 100×', met: null },
];

describe('the results table', () => {
  it('aligns columns and says yes, NO or n/a only where there is a target', () => {
    const lines = formatTable(rows).split('\n');
    expect(lines[0]).toMatch(/^section +metric +measured +target +met$/);
    expect(lines[1]).toMatch(/^-+ {2}-+/);
    expect(lines[2]).toBe('generation  codegen         p50 2 ms');
    expect(lines[3]).toMatch(/ceiling .* 0\.1 +≥ 0\.5 +NO$/);
    expect(lines[4]).toMatch(/yes$/);
    expect(lines[5]).toMatch(/n\/a$/);
    // The measured column starts at the same place on every line.
    expect(lines[3]!.indexOf('0.1')).toBe(lines[0]!.indexOf('measured'));
  });

  it('writes Markdown with escaped pipes', () => {
    const md = markdownTable([{ section: 's', metric: 'a | b', value: '1' }]).split('\n');
    expect(md[0]).toBe('| section | metric | measured | target | met |');
    expect(md[1]).toBe('| ------- | ------ | -------- | ------ | --- |');
    expect(md[2]).toBe('| s       | a \\| b | 1        |        |     |');
  });
});

describe('CPU profile summaries', () => {
  it('names packages from script URLs', () => {
    expect(packageOf('file:///r/node_modules/express/lib/router.js', 'handle')).toBe('express');
    expect(packageOf('file:///r/node_modules/@electric-sql/pglite/dist/x.js', 'f')).toBe(
      '@electric-sql/pglite',
    );
    expect(packageOf('file:///r/packages/server/src/app.ts', 'f')).toBe('packages/server');
    expect(packageOf('node:internal/http', 'f')).toBe('node internals');
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
  });

  it('adds up self time per node from the samples, leaving out idle time', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const summary = summarizeProfile({
      nodes: [
        { id: 1, callFrame: frame('(root)', '') },
        { id: 2, callFrame: frame('(idle)', '') },
        { id: 3, callFrame: frame('handle', 'file:///r/node_modules/express/index.js') },
        { id: 4, callFrame: frame('generate', 'file:///r/packages/codegen/src/generate.ts') },
      ],
      samples: [3, 4, 4, 2, 4],
      timeDeltas: [0, 1000, 1000, 1000, 1000],
      startTime: 0,
      endTime: 5000,
    });
    // Each sample lasts until the next one (the last one as long as the one before it).
    expect(summary.totalMs).toBe(4);
    expect(summary.byPackage.map((s) => [s.name, s.selfMs])).toEqual([
      ['packages/codegen', 3],
      ['express', 1],
    ]);
  });
});
