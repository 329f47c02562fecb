import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { CardsPage } from '../../../../src-renderer/pages/CardsPage';
import { createDraft, saveApplication, setStatus } from '../../../../src-renderer/store/applications';
import { deviceIdentity, saveStaffProfile } from '../../../../src-renderer/store/device';
import { db } from '../../../../src-renderer/store/instance';
import type { Role } from '../../../../src-shared/api/roles';
import type { ApplicationStatus } from '../../../../src-shared/cards/workflow';
import type { Application, IssuedCard } from '../../../../src-shared/registration/application';
import { actor } from '../store/helpers';

// happy-dom has no FontFaceSet; Mantine's autosizing Textarea listens on it.
if (typeof document !== 'undefined' && !document.fonts) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget() });
}

/** Empties the app's database; this window then acts as a district window (环翠区) or the city (市级). */
export async function freshDevice(role: Exclude<Role, 'admin'>): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
  await deviceIdentity(db);
  await saveStaffProfile(db, { districtCode: role === 'city' ? 'SJ' : 'HC', staffName: '王窗口' });
}

export const ISSUED: IssuedCard = {
  number: 'WH-2024-0001',
  issuedOn: '2024-02-29',
  revokedOn: null,
  revokeReason: null,
};

/** A 商务精英类 application of 张三 moved straight to a status (with a card when issued). */
export async function applicationAt(status: ApplicationStatus): Promise<Application> {
  const draft = await createDraft(db, actor);
  const saved = await saveApplication(db, actor, {
    ...draft,
    applicant: { ...draft.applicant, name: '张三', idNumber: '370102198506150013', phone: '13912345678' },
  });
  if (!saved.ok) throw new Error(saved.message);
  const card = status === 'issued' || status === 'revoked' ? { card: ISSUED } : {};
  const moved = await setStatus(db, actor, draft.id, status, '测试', new Date(), card);
  if (!moved.ok) throw new Error(moved.message);
  return moved.value;
}

/** The 英才卡 section at a path, as the app's router mounts it. */
export function showCards(path: string): void {
  render(
    <MantineProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="cards/*" element={<CardsPage />} />
          <Route path="applications/:id" element={<p>申领登记表页面</p>} />
        </Routes>
      </MemoryRouter>
    </MantineProvider>,
  );
}
