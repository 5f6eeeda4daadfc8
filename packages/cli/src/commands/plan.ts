/** `appgen plan`: a description → the AppSpec a planner makes of it, as JSON or as a short summary. */
import type { AppSpec } from '@appgen/spec';
import { HELP_OPTION, parseCommandArgs, resolveTarget, TARGET_OPTIONS, targetHelp } from '../args.ts';
import { CliError } from '../errors.ts';
import type { Io } from '../io.ts';
import { specFromPrompt } from '../spec-source.ts';

export const HELP = `Usage:
  appgen plan [--json] [options] "description of the app"

Turns a description (up to 1000 characters) into an AppSpec without generating anything. Save the
JSON and pass it to "appgen generate --spec FILE" to edit the plan before generating.

Options:
  --json                  print the normalised AppSpec as JSON on stdout
${targetHelp()}
  -h, --help              show this help
`;

const OPTIONS = { ...HELP_OPTION, ...TARGET_OPTIONS, json: { type: 'boolean' } } as const;

function summary(spec: AppSpec): string {
  const lines = [
    `${spec.app.name} (${spec.app.slug})${spec.app.description ? `: ${spec.app.description}` : ''}`,
    `stack: ${spec.stack.frontend} + ${spec.stack.backend} + ${spec.stack.database}, complexity ${spec.complexity}`,
    `features: ${spec.features.join(', ') || 'none'}`,
    'entities:',
    ...spec.entities.map((e) => `  ${e.name}: ${e.fields.map((f) => `${f.name} (${f.type})`).join(', ')}`),
  ];
  if (spec.relations.length > 0) {
    lines.push('relations:', ...spec.relations.map((r) => `  ${r.from}.${r.name} → ${r.to} (${r.kind})`));
  }
  return `${lines.join('\n')}\n`;
}

export async function run(argv: string[], io: Io): Promise<void> {
  const { values, positionals } = parseCommandArgs('plan', {
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
  if (!description)
    throw new CliError('USAGE', 'give a description of the app\nRun "appgen plan --help" for usage.');
  const spec = await specFromPrompt(description, resolveTarget(values), io);
  io.stdout(values.json ? `${JSON.stringify(spec, null, 2)}\n` : summary(spec));
}
