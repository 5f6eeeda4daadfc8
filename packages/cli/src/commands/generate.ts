/** `appgen generate`: an AppSpec file or a description → a project directory and/or a ZIP. */
import { isAbsolute, relative } from 'node:path';
import { generate } from '@appgen/codegen';
import { HELP_OPTION, parseCommandArgs, resolveTarget, TARGET_OPTIONS, targetHelp } from '../args.ts';
import { CliError } from '../errors.ts';
import type { Io } from '../io.ts';
import { specFromFile, specFromPrompt } from '../spec-source.ts';
import { checkOutDir, type OutDir, writeProject } from '../write-tree.ts';
import { checkZipTarget, writeZip } from '../zip.ts';

export const HELP = `Usage:
  appgen generate --spec FILE --out DIR [options]
  appgen generate --out DIR [options] "description of the app"

Generates a complete project from an AppSpec JSON file, or from a description (up to 1000 characters)
given to the planner.

Options:
  --spec FILE             the AppSpec JSON file to generate from
  --out DIR               where to write the project; must be empty or not exist yet
  --zip FILE              also write the project as a ZIP archive (--out may then be left out)
  --force                 write into a non-empty DIR (files the project does not contain are kept)
                          and replace an existing ZIP file
${targetHelp()}
  -h, --help              show this help

Exit codes: 0 done, 2 bad arguments, invalid spec or refused directory, 1 unexpected failure.
`;

const OPTIONS = {
  ...HELP_OPTION,
  ...TARGET_OPTIONS,
  spec: { type: 'string' },
  out: { type: 'string' },
  zip: { type: 'string' },
  force: { type: 'boolean' },
} as const;

/** How to show DIR in "cd DIR": relative when below the working directory, quoted when the shell needs it. */
function shellPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  const shown = fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : path;
  return /^[\w./@%+=:,-]+$/.test(shown) ? shown : `'${shown.replace(/'/g, `'\\''`)}'`;
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

export async function run(argv: string[], io: Io): Promise<void> {
  const { values, positionals } = parseCommandArgs('generate', {
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(HELP);
    return;
  }
  const description = positionals.join(' ');
  if (values.spec !== undefined && description) {
    throw new CliError('USAGE', 'give either --spec FILE or a description, not both');
  }
  if (values.spec === undefined && !description) {
    throw new CliError(
      'USAGE',
      'give --spec FILE or a description of the app\nRun "appgen generate --help" for usage.',
    );
  }
  if (values.out === undefined && values.zip === undefined) {
    throw new CliError('USAGE', 'give --out DIR (and/or --zip FILE) to say where the project goes');
  }
  const overrides = resolveTarget(values);
  const force = values.force ?? false;

  // Refuse before any work is done, so a refusal never leaves anything behind.
  const out: OutDir | null = values.out === undefined ? null : await checkOutDir(values.out, force);
  if (values.zip !== undefined) await checkZipTarget(values.zip, force);

  const started = performance.now();
  const spec =
    values.spec !== undefined
      ? await specFromFile(values.spec, overrides, io)
      : await specFromPrompt(description, overrides, io);
  const tree = generate(spec, spec.stack);
  const bytes = tree.reduce((sum, file) => sum + Buffer.byteLength(file.content, 'utf8'), 0);
  if (out) await writeProject(tree, out);
  const zipBytes = values.zip === undefined ? null : await writeZip(tree, values.zip);
  const elapsed = Math.round(performance.now() - started);

  const lines = [
    `Generated ${spec.app.name}: ${tree.length} files (${formatBytes(bytes)}) in ${elapsed} ms`,
    `  stack: ${spec.stack.frontend} + ${spec.stack.backend} + ${spec.stack.database}, complexity ${spec.complexity}`,
  ];
  if (out) lines.push(`  project: ${out.path}`);
  if (values.zip !== undefined && zipBytes !== null)
    lines.push(`  zip: ${values.zip} (${formatBytes(zipBytes)})`);
  if (out) lines.push('', 'Next steps:', `  cd ${shellPath(out.path)} && npm install && npm run dev`);
  io.stdout(`${lines.join('\n')}\n`);
}
