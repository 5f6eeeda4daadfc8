/**
 * The Vue 3 client (`client/`): Vite + TypeScript + Tailwind + vue-router, beside the framework-neutral
 * modules of client-common (fetch client, form specs, formatting, theme). Generic components
 * (DataTable, EntityForm …) are written as they are; per entity only a list, a detail and a form page
 * are generated, and they mostly describe fields. Its tests run on vitest + @vue/test-utils + happy-dom.
 */
import type { Layer } from '../../layer.ts';
import type { AppModel } from '../../model.ts';
import { indexHtml } from '../client-common/project-files.ts';
import { appVue, dashboardPage, mainTs, notFoundPage, routerTs } from './app-shell.ts';
import { authPageVue, sessionTs } from './auth-files.ts';
import {
  appAlert,
  confirmDialog,
  deleteButton,
  detailItem,
  fieldValue,
  loadState,
  notFoundNotice,
  pageHeader,
  pageSpinner,
} from './components.ts';
import { composables, tableLib } from './composables.ts';
import { dataTable } from './data-table.ts';
import { detailPage } from './detail-page.ts';
import { entityForm, formField } from './entity-form.ts';
import { formPage } from './form-page.ts';
import { listPage } from './list-page.ts';
import { pageFile } from './names.ts';
import { packageJson, tsconfigJson, viteConfig } from './package-files.ts';
import { manyLinks, referenceCell, referenceLink, relatedList } from './relations.ts';
import { dataTableTest, entityFormTest, pagesTest } from './test-files.ts';

/** Files that do not depend on the spec, by path under client/. */
const STATIC_FILES: ReadonlyArray<readonly [string, string]> = [
  ['vite.config.ts', viteConfig],
  ['src/main.ts', mainTs],
  ['src/lib/composables.ts', composables],
  ['src/lib/table.ts', tableLib],
  ['src/components/AppAlert.vue', appAlert],
  ['src/components/PageSpinner.vue', pageSpinner],
  ['src/components/NotFoundNotice.vue', notFoundNotice],
  ['src/components/LoadState.vue', loadState],
  ['src/components/FieldValue.vue', fieldValue],
  ['src/components/DetailItem.vue', detailItem],
  ['src/components/PageHeader.vue', pageHeader],
  ['src/components/ConfirmDialog.vue', confirmDialog],
  ['src/components/DeleteButton.vue', deleteButton],
  ['src/components/DataTable.vue', dataTable],
  ['src/components/EntityForm.vue', entityForm],
  ['src/components/FormField.vue', formField],
  ['src/components/ReferenceCell.vue', referenceCell],
  ['src/components/ReferenceLink.vue', referenceLink],
  ['src/components/ManyLinks.vue', manyLinks],
  ['src/components/RelatedList.vue', relatedList],
  ['src/components/EntityForm.test.ts', entityFormTest],
  ['src/components/DataTable.test.ts', dataTableTest],
];

function* clientFiles(app: AppModel): Generator<readonly [string, string]> {
  yield ['package.json', packageJson()];
  yield ['tsconfig.json', tsconfigJson()];
  yield ['index.html', indexHtml(app, { id: 'app', entry: '/src/main.ts' })];
  yield* STATIC_FILES;
  yield ['src/App.vue', appVue(app.level)];
  yield ['src/router.ts', routerTs(app)];
  yield ['src/pages/pages.test.ts', pagesTest(app)];
  yield ['src/pages/NotFoundPage.vue', notFoundPage(app.level.extras)];
  if (app.level.extras) yield ['src/pages/DashboardPage.vue', dashboardPage];
  if (app.level.auth) {
    yield ['src/lib/session.ts', sessionTs];
    yield ['src/pages/AuthPage.vue', authPageVue];
  }
  for (const model of app.entities) {
    yield [pageFile(model, 'List'), listPage(model, app.level.extras)];
    yield [pageFile(model, 'Detail'), detailPage(model)];
    yield [pageFile(model, 'Form'), formPage(model)];
  }
}

export const vueLayer: Layer = {
  name: 'vue',
  *files(app) {
    for (const [path, content] of clientFiles(app)) yield [`client/${path}`, content];
  },
};
