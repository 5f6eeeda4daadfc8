/**
 * The bench's one table: a row per figure, with its target and whether it is met. Printed as aligned text
 * and written as Markdown (RESULTS.md); pure, tested in report.test.ts.
 */

export interface Row {
  section: string;
  metric: string;
  value: string;
  /** e.g. "≤ 100 ms p50"; absent for figures without a target. */
  target?: string;
  /** true/false when there is a target and it was measured; null when it could not be measured. */
  met?: boolean | null;
}

const COLUMNS = ['section', 'metric', 'value', 'target', 'met'] as const;
const HEADERS = ['section', 'metric', 'measured', 'target', 'met'];

function cells(row: Row): string[] {
  const met = row.target === undefined ? '' : row.met === true ? 'yes' : row.met === false ? 'NO' : 'n/a';
  return COLUMNS.map((column) => (column === 'met' ? met : (row[column] ?? '')));
}

/** Aligned plain-text table for the terminal. */
export function formatTable(rows: readonly Row[]): string {
  const lines = [HEADERS, ...rows.map(cells)];
  const widths = HEADERS.map((_, i) => Math.max(...lines.map((line) => [...line[i]!].length)));
  const format = (line: string[]) =>
    line
      .map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length))
      .join('  ')
      .trimEnd();
  return [format(lines[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(format)].join(
    '\n',
  );
}

const escapeCell = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown table laid out as the repository's formatter (biome) lays it out: padded, aligned columns. */
export function markdownTable(rows: readonly Row[]): string {
  const lines = [HEADERS, ...rows.map((row) => cells(row).map(escapeCell))];
  const widths = HEADERS.map((_, i) => Math.max(3, ...lines.map((line) => [...line[i]!].length)));
  const format = (line: string[]) =>
    `| ${line.map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length)).join(' | ')} |`;
  return [format(lines[0]!), format(widths.map((w) => '-'.repeat(w))), ...lines.slice(1).map(format)].join(
    '\n',
  );
}
