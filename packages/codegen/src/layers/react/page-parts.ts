/** Pieces every entity page shares: its constants, the option lists it loads, and the imports it may use. */
import { jsString } from '../../emit/literal.ts';
import { codeOnly, type ImportSpec, tsModule, uses } from '../../emit/ts-module.ts';
import type { EntityModel } from '../../model.ts';
import { listPath } from '../client-common/routes.ts';

/**
 * A page module: the entity's user-facing text as module constants (escaped once, only those the body
 * uses), then the body, with the imports it needs.
 */
export function pageModule(
  header: string,
  model: EntityModel,
  body: string,
  imports: readonly ImportSpec[],
): string {
  const constants: Array<[string, string]> = [
    ['BASE', listPath(model)],
    ['LABEL', model.label],
    ['PLURAL', model.pluralLabel],
    ['DESCRIPTION', model.entity.description],
  ];
  const code = codeOnly(body);
  const used = constants
    .filter(([name]) => uses(code, name))
    .map(([name, value]) => `const ${name} = ${jsString(value)};`);
  return tsModule(header, `${used.join('\n')}\n\n${body.trim()}`, imports);
}

/** Everything a page module may import; `tsModule` keeps only what the page uses. */
export const pageImports: ImportSpec[] = [
  { from: 'lucide-react', names: ['Pencil', 'Plus'] },
  { from: 'react-router', names: ['Link', 'useNavigate', 'useParams', 'useSearchParams'] },
  {
    from: '../../components/DataTable',
    names: ['BOOLEAN_FILTER', 'type Column', 'DataTable', 'type Filter', 'optionsFilter'],
  },
  { from: '../../components/DeleteButton', names: ['DeleteButton'] },
  { from: '../../components/DetailItem', names: ['DetailItem'] },
  { from: '../../components/EntityForm', names: ['EntityForm'] },
  { from: '../../components/FieldValue', names: ['FieldValue'] },
  { from: '../../components/LoadState', names: ['LoadState', 'NotFound'] },
  { from: '../../components/PageHeader', names: ['PageHeader'] },
  {
    from: '../../components/Relations',
    names: ['ManyLinks', 'ReferenceCell', 'ReferenceLink', 'RelatedList'],
  },
  { from: '../../components/ui/button', names: ['buttonVariants'] },
  { from: '../../components/ui/card', names: ['Card', 'CardContent'] },
  { from: '../../lib/api', names: ['ApiError', 'api'] },
  { from: '../../lib/display', names: ['display'] },
  {
    from: '../../lib/form',
    names: ['type FieldOptions', 'type FieldSpec', 'initialValues', 'presetFromQuery'],
  },
  { from: '../../lib/format', names: ['humanize'] },
  { from: '../../lib/hooks', names: ['parseId', 'useAsync', 'useOptions'] },
];

/** Record types only (list and detail pages). */
export const typeSchemas: ImportSpec = {
  from: '../../shared/schemas',
  namespace: { name: 'S', typeOnly: true },
};
/** The zod schemas themselves (form pages). */
export const valueSchemas: ImportSpec = {
  from: '../../shared/schemas',
  namespace: { name: 'S', typeOnly: false },
};
