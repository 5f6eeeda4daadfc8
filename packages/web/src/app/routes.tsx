/** The screens. Only the prompt page is in the first bundle; the others load when first visited. */
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { DescribePage } from '../features/describe/DescribePage.tsx';
import { AppShell } from './AppShell.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

const JobPage = lazy(() =>
  import('../features/progress/JobPage.tsx').then((module) => ({ default: module.JobPage })),
);
const HistoryPage = lazy(() =>
  import('../features/history/HistoryPage.tsx').then((module) => ({ default: module.HistoryPage })),
);

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { path: '/', element: <DescribePage /> },
      { path: '/jobs/:jobId', element: <JobPage /> },
      { path: '/history', element: <HistoryPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
