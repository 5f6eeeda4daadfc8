/**
 * The React client (`client/`): Vite + TypeScript + Tailwind with shadcn/ui-style components, beside the
 * framework-neutral modules of client-common (fetch client, form specs …). Generic components (DataTable,
 * EntityForm …) are written as they are; per entity only a list, a detail and a form page are
 * generated, and they mostly describe fields.
 */
import type { Layer } from '../../layer.ts';
import type { AppModel } from '../../model.ts';
import { indexHtml } from '../client-common/project-files.ts';
import { appTsx, mainTsx } from './app-shell.ts';
import { authContext, authPage, requireAuth } from './auth-files.ts';
import { deleteButton, detailItem, fieldValue, loadState, pageHeader } from './components.ts';
import { dataTable } from './data-table.ts';
import { detailPage } from './detail-page.ts';
import { entityForm } from './entity-form.ts';
import { formField } from './form-field.ts';
import { formPage } from './form-page.ts';
import { hooks } from './hooks-file.ts';
import { dashboardPage, layoutTsx, notFoundPage } from './layout.ts';
import { listPage } from './list-page.ts';
import { pageFile } from './names.ts';
import { packageJson, tsconfigJson, viteConfig } from './package-files.ts';
import { relations } from './relations.ts';
import { badge, button, checkbox, input, label, select, textarea } from './ui-basic.ts';
import { alert, card, dialog, table } from './ui-composite.ts';

/** Files that do not depend on the spec, by path under client/. */
const STATIC_FILES: ReadonlyArray<readonly [string, string]> = [
  ['vite.config.ts', viteConfig],
  ['src/main.tsx', mainTsx],
  ['src/lib/hooks.ts', hooks],
  ['src/components/ui/button.tsx', button],
  ['src/components/ui/input.tsx', input],
  ['src/components/ui/textarea.tsx', textarea],
  ['src/components/ui/select.tsx', select],
  ['src/components/ui/label.tsx', label],
  ['src/components/ui/checkbox.tsx', checkbox],
  ['src/components/ui/badge.tsx', badge],
  ['src/components/ui/card.tsx', card],
  ['src/components/ui/table.tsx', table],
  ['src/components/ui/alert.tsx', alert],
  ['src/components/ui/dialog.tsx', dialog],
  ['src/components/DataTable.tsx', dataTable],
  ['src/components/EntityForm.tsx', entityForm],
  ['src/components/FormField.tsx', formField],
  ['src/components/FieldValue.tsx', fieldValue],
  ['src/components/DetailItem.tsx', detailItem],
  ['src/components/PageHeader.tsx', pageHeader],
  ['src/components/LoadState.tsx', loadState],
  ['src/components/DeleteButton.tsx', deleteButton],
  ['src/components/Relations.tsx', relations],
];

function* clientFiles(app: AppModel): Generator<readonly [string, string]> {
  yield ['package.json', packageJson()];
  yield ['tsconfig.json', tsconfigJson()];
  yield ['index.html', indexHtml(app, { id: 'root', entry: '/src/main.tsx' })];
  yield* STATIC_FILES;
  yield ['src/App.tsx', appTsx(app)];
  yield ['src/components/Layout.tsx', layoutTsx(app.level)];
  yield ['src/pages/NotFoundPage.tsx', notFoundPage(app.level.extras)];
  if (app.level.extras) yield ['src/pages/DashboardPage.tsx', dashboardPage];
  if (app.level.auth) {
    yield ['src/auth/AuthContext.tsx', authContext];
    yield ['src/auth/RequireAuth.tsx', requireAuth];
    yield ['src/pages/AuthPage.tsx', authPage];
  }
  for (const model of app.entities) {
    yield [pageFile(model, 'List'), listPage(model, app.level.extras)];
    yield [pageFile(model, 'Detail'), detailPage(model)];
    yield [pageFile(model, 'Form'), formPage(model)];
  }
}

export const reactLayer: Layer = {
  name: 'react',
  *files(app) {
    for (const [path, content] of clientFiles(app)) yield [`client/${path}`, content];
  },
};
