import { createHashRouter } from 'react-router';
import { ApplicationsPage } from '../applications/ApplicationsPage';
import { WizardPage } from '../applications/WizardPage';
import { CardsPage } from '../pages/CardsPage';
import { SettingsPage } from '../pages/SettingsPage';
import { StationsPage } from '../pages/StationsPage';
import { SyncPage } from '../pages/SyncPage';
import { WorkbenchPage } from '../pages/WorkbenchPage';
import { Shell } from './Shell';

// Hash routing: the page is served from app://bundle/index.html and from static hosting alike.
export const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <WorkbenchPage /> },
      { path: 'applications', element: <ApplicationsPage /> },
      { path: 'applications/:id', element: <WizardPage /> },
      { path: 'cards/*', element: <CardsPage /> },
      // Loaded on first visit: the charts (recharts) stay out of the start-up bundle.
      { path: 'reports', lazy: async () => ({ Component: (await import('../reports/ReportsPage')).ReportsPage }) },
      { path: 'stations/*', element: <StationsPage /> },
      { path: 'sync', element: <SyncPage /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
]);
