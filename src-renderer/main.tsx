import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'dayjs/locale/zh-cn';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { bootstrap } from './app/bootstrap';
import { router } from './app/router';
import { theme } from './app/theme';
import { SessionGate } from './session/SessionGate';

dayjs.locale('zh-cn');

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

function render(content: ReactNode): void {
  createRoot(root as HTMLElement).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <Notifications position="top-right" />
        <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>{content}</DatesProvider>
      </MantineProvider>
    </StrictMode>,
  );
}

render(
  <SessionGate open={bootstrap} navigate={(path) => router.navigate(path)}>
    <RouterProvider router={router} />
  </SessionGate>,
);
