/** The React app shell: the entry point and the routes. */
import { jsString } from '../../emit/literal.ts';
import { indent } from '../../emit/ts-module.ts';
import type { AppModel } from '../../model.ts';
import { listPath } from '../client-common/routes.ts';
import { PAGE_KINDS, pageComponent, pageImport } from './names.ts';

export const mainTsx = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
`;

export function appTsx(app: AppModel): string {
  const routes = app.entities.flatMap((model) => {
    const path = listPath(model).slice(1);
    return [
      `<Route path=${jsString(path)} element={<${pageComponent(model, 'List')} />} />`,
      `<Route path=${jsString(`${path}/new`)} element={<${pageComponent(model, 'Form')} />} />`,
      `<Route path=${jsString(`${path}/:id`)} element={<${pageComponent(model, 'Detail')} />} />`,
      `<Route path=${jsString(`${path}/:id/edit`)} element={<${pageComponent(model, 'Form')} />} />`,
    ];
  });
  const pageImports = app.entities.flatMap((model) =>
    PAGE_KINDS.map((kind) => `import { ${pageComponent(model, kind)} } from '${pageImport(model, kind)}';`),
  );
  return `import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { DashboardPage } from './pages/DashboardPage';
import { NotFoundPage } from './pages/NotFoundPage';
${pageImports.join('\n')}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<DashboardPage />} />
        ${indent(routes.join('\n'), 8)}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
`;
}
