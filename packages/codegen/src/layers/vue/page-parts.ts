/** Pieces every Vue entity page shares: its text constants, the paths it links to, its possible imports. */
import { jsString } from '../../emit/literal.ts';
import type { ImportSpec } from '../../emit/ts-module.ts';
import type { EntityModel } from '../../model.ts';
import { listPath } from '../client-common/routes.ts';
import { generatedSfc } from './sfc.ts';

/** A page component: the entity's user text as escaped constants, links to related lists by entity. */
export function pageSfc(header: string, model: EntityModel, script: string, template: string): string {
  return generatedSfc({
    header,
    constants: [
      ['BASE', listPath(model)],
      ['LABEL', model.label],
      ['PLURAL', model.pluralLabel],
      ['DESCRIPTION', model.entity.description],
    ],
    script,
    template,
    imports: pageImports,
  });
}

/** `const PATHS = { author: "/authors", … };` for the related entities a page links to. */
export function pathsConstant(targets: readonly EntityModel[]): string {
  const unique = [...new Set(targets)];
  if (unique.length === 0) return '';
  const entries = unique.map((t) => `${t.camel}: ${jsString(listPath(t))}`);
  return `const PATHS = { ${entries.join(', ')} };`;
}

/** Everything a page may import; only what the page uses is kept. */
const pageImports: ImportSpec[] = [
  { from: 'vue', names: ['computed'] },
  { from: 'vue-router', names: ['useRoute', 'useRouter'] },
  { from: '../../components/DataTable.vue', defaultName: 'DataTable' },
  { from: '../../components/DeleteButton.vue', defaultName: 'DeleteButton' },
  { from: '../../components/DetailItem.vue', defaultName: 'DetailItem' },
  { from: '../../components/EntityForm.vue', defaultName: 'EntityForm' },
  { from: '../../components/FieldValue.vue', defaultName: 'FieldValue' },
  { from: '../../components/LoadState.vue', defaultName: 'LoadState' },
  { from: '../../components/ManyLinks.vue', defaultName: 'ManyLinks' },
  { from: '../../components/NotFoundNotice.vue', defaultName: 'NotFoundNotice' },
  { from: '../../components/PageHeader.vue', defaultName: 'PageHeader' },
  { from: '../../components/ReferenceCell.vue', defaultName: 'ReferenceCell' },
  { from: '../../components/ReferenceLink.vue', defaultName: 'ReferenceLink' },
  { from: '../../components/RelatedList.vue', defaultName: 'RelatedList' },
  { from: '../../lib/api', names: ['ApiError', 'api'] },
  { from: '../../lib/composables', names: ['parseId', 'searchParams', 'useAsync', 'useOptions'] },
  { from: '../../lib/display', names: ['display'] },
  {
    from: '../../lib/form',
    names: ['type FieldOptions', 'type FieldSpec', 'initialValues', 'presetFromQuery'],
  },
  { from: '../../lib/format', names: ['humanize'] },
  { from: '../../lib/table', names: ['BOOLEAN_FILTER', 'type Column', 'type Filter', 'optionsFilter'] },
  { from: '../../lib/variants', names: ['buttonVariants'] },
  { from: '../../shared/schemas', namespace: { name: 'S', typeOnly: false } },
];
