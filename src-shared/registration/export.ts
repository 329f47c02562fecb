import type { Application, InvestmentProject } from './application';
import { fail, ok, type ParseResult } from './rules/result';

/**
 * What 导出 writes and `npm run pdf` reads: one application with its project
 * and photo, in one self-contained JSON file.
 */
export const EXPORT_FORMAT = 'weihai-talent-card/application@1';

export interface ApplicationExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  application: Application;
  project: InvestmentProject | null;
  /** The photo as base64, or null when there is none. */
  photo: { type: string; base64: string } | null;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the shape of an export file (not the content of its fields, which
 * validateApplication judges). Messages name what is wrong, in Chinese.
 */
export function parseApplicationExport(value: unknown): ParseResult<ApplicationExport> {
  if (!isObject(value)) return fail('文件不是申领登记表的导出文件（应为 JSON 对象）');
  if (value.format !== EXPORT_FORMAT) return fail(`文件格式应为 ${EXPORT_FORMAT}，实际为 ${String(value.format)}`);
  const application = value.application;
  if (!isObject(application) || !isObject(application.applicant) || !isObject(application.resume)) {
    return fail('导出文件缺少申领人员信息（application.applicant / application.resume）');
  }
  if (!isObject(application.unitOpinion)) return fail('导出文件缺少申领单位意见（application.unitOpinion）');
  if (value.project !== null && !isObject(value.project)) return fail('导出文件中的招商项目（project）格式不正确');
  const photo = value.photo;
  if (photo !== null && (!isObject(photo) || typeof photo.base64 !== 'string' || typeof photo.type !== 'string')) {
    return fail('导出文件中的照片（photo）应为 { type, base64 } 或 null');
  }
  if (photo !== null) {
    try {
      base64ToBytes(photo.base64 as string);
    } catch {
      return fail('导出文件中的照片不是有效的 base64 数据');
    }
  }
  return ok({
    ...(value as unknown as ApplicationExport),
    application: { ...(application as unknown as Application), sealedScan: (application.sealedScan as string) ?? null },
  });
}
