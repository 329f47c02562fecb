import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { StationsPage } from '../../../../src-renderer/pages/StationsPage';
import { deviceIdentity, saveStaffProfile } from '../../../../src-renderer/store/device';
import { db } from '../../../../src-renderer/store/instance';

// happy-dom has no FontFaceSet; Mantine's autosizing Textarea listens on it.
if (typeof document !== 'undefined' && !document.fonts) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget() });
}

/** Empties the app's database; this window then acts for 环翠区 (district) or the city (市级), or has no profile yet. */
export async function freshDevice(role: 'city' | 'district' | 'no-profile'): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
  sessionStorage.clear();
  await deviceIdentity(db);
  if (role !== 'no-profile')
    await saveStaffProfile(db, { districtCode: role === 'city' ? 'SJ' : 'HC', staffName: '王窗口' });
}

/** Where the app is now, for tests to read (path and query). */
function Where() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/**
 * The 人才驿站 section at a path, mounted as the app mounts it: in a data
 * router (the form's leave guard needs one), with another section to leave to.
 */
export function showStations(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <Where />,
        children: [],
      },
      {
        path: '/stations/*',
        element: (
          <>
            <StationsPage />
            <Where />
          </>
        ),
      },
      { path: '/cards', element: <p>英才卡页面</p> },
    ],
    { initialEntries: [path] },
  );
  render(
    // env="test": no transitions or portals, so a Select's options are there to click at once.
    <MantineProvider env="test">
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return router;
}
