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
  const { extras, auth } = app.level;
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
  const first = app.entities[0];
  // At simple there is no dashboard: home is the first entity's list.
  const home = extras
    ? '<Route index element={<DashboardPage />} />'
    : `<Route index element={<Navigate to=${jsString(first ? listPath(first) : '/')} replace />} />`;
  const layout = `<Route element={<Layout />}>
  ${home}
  ${indent(routes.join('\n'), 2)}
  <Route path="*" element={<NotFoundPage />} />
</Route>`;
  const tree = auth
    ? `<AuthProvider>
  <Routes>
    <Route path="login" element={<AuthPage mode="login" />} />
    <Route path="signup" element={<AuthPage mode="signup" />} />
    <Route element={<RequireAuth />}>
      ${indent(layout, 6)}
    </Route>
  </Routes>
</AuthProvider>`
    : `<Routes>
  ${indent(layout, 2)}
</Routes>`;
  return `import { ${extras ? '' : 'Navigate, '}Route, Routes } from 'react-router';
${auth ? "import { AuthProvider } from './auth/AuthContext';\nimport { RequireAuth } from './auth/RequireAuth';\n" : ''}import { Layout } from './components/Layout';
${auth ? "import { AuthPage } from './pages/AuthPage';\n" : ''}${extras ? "import { DashboardPage } from './pages/DashboardPage';\n" : ''}import { NotFoundPage } from './pages/NotFoundPage';
${pageImports.join('\n')}

export function App() {
  return (
    ${indent(tree, 4)}
  );
}
`;
}
