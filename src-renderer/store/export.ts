import { type ApplicationExport, bytesToBase64, EXPORT_FORMAT } from '../../src-shared/registration/export';
import { getApplication } from './applications';
import { getAttachment } from './attachments';
import type { TalentCardDb } from './db';
import { getProject } from './projects';

/** One application with its project and photo, as 导出 writes it and `npm run pdf` reads it. */
export async function exportApplication(
  db: TalentCardDb,
  id: string,
  now = new Date(),
): Promise<ApplicationExport | null> {
  const application = await getApplication(db, id);
  if (!application) return null;
  const project = application.projectId ? ((await getProject(db, application.projectId)) ?? null) : null;
  const photoBlob = application.photo ? await getAttachment(db, application.photo) : undefined;
  const photo = photoBlob
    ? { type: photoBlob.type || 'image/jpeg', base64: bytesToBase64(new Uint8Array(await photoBlob.arrayBuffer())) }
    : null;
  return { format: EXPORT_FORMAT, exportedAt: now.toISOString(), application, project, photo };
}
