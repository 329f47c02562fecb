// Realistic 申领登记 records for the sync benchmark: every applicant field
// filled, three résumé entries, a photo and a project, in the shapes the
// store makes (blankApplication, toRow) and the client sends (recordData).
import { createHash, randomUUID } from 'node:crypto';
import { blankApplication, toRow } from '../../../src-renderer/store/applications';
import { recordData } from '../../../src-renderer/sync/local-rows';
import type { Database } from '../../../src-server/db/database';
import type { Application } from '../../../src-shared/registration/application';
import { formatApplicationNumber } from '../../../src-shared/registration/application-number';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '孙', '于', '丛', '谷', '毕', '鞠', '林', '宋'];
const GIVEN = ['伟', '芳', '秀英', '敏', '静', '海涛', '强', '磊', '晓东', '洋', '艳', '吉', '𠮷', '振华', '明远'];
const SCHOOLS = ['山东大学', '哈尔滨工业大学（威海）', '中国海洋大学', '北京交通大学（威海）', '山东药品食品职业学院'];
const COMPANIES = ['威海新材料科技有限公司', '威海海洋生物医药有限公司', '山东华信精密机械有限公司', '威海港集团'];
const POSITIONS = ['总经理', '技术总监', '研发部经理', '项目主管', '高级工程师'];

/** An 18-digit 居民身份证号码 with its ISO 7064 check character. */
function idNumber(birthMonth: string, serial: number): string {
  const body = `371002${birthMonth.replace('-', '')}15${String(serial % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (weights[index] as number), 0);
  return body + '10X98765432'[sum % 11];
}

/** The fields staff fill in on the form, for the i-th applicant. */
export function filledFields(base: Application, i: number, projectId: string | null): Application {
  const pick = <T>(list: readonly T[], salt = 0) => list[(i * 7 + salt) % list.length] as T;
  const birthYear = 1965 + (i % 30);
  const birthMonth = `${birthYear}-${String((i % 12) + 1).padStart(2, '0')}`;
  const entry = (from: number, to: number | null, salt: number) => ({
    from: `${from}-0${(salt % 9) + 1}`,
    to: to === null ? null : `${to}-0${(salt % 9) + 1}`,
    organisation: pick(COMPANIES, salt),
    position: pick(POSITIONS, salt),
  });
  const start = birthYear + 23;
  return {
    ...base,
    applicant: {
      name: `${pick(SURNAMES)}${pick(GIVEN, 3)}`,
      gender: i % 2 === 0 ? '1' : '2',
      birthMonth,
      ethnicity: '01',
      nativePlace: '山东省威海市环翠区',
      politicalStatus: i % 3 === 0 ? '01' : '13',
      education: pick(['11', '14', '20']),
      school: pick(SCHOOLS),
      currentPosition: `${pick(COMPANIES, 1)}${pick(POSITIONS, 1)}`,
      idType: 'resident-id',
      idNumber: idNumber(birthMonth, i),
      phone: `139${String(6310000 + (i % 9_000_000)).padStart(8, '0')}`,
    },
    photo: createHash('sha256').update(`photo-${i}`).digest('hex'),
    resume: {
      entries: [entry(start, start + 6, 1), entry(start + 6, start + 12, 2), entry(start + 12, null, 3)],
      remark: '2015年起兼任威海市青年企业家协会理事。',
      overlapsConfirmed: false,
    },
    projectId,
    unitOpinion: {
      unitName: '环翠区商务局',
      opinion: '该同志为项目核心骨干，同意推荐申领威海英才卡。',
      handler: '王窗口',
      date: '2026-11-20',
    },
  };
}

/** The i-th application as registered by a window of `district`: its data as the server stores it. */
export function registeredApplication(i: number, district: string, deviceId: string): Record<string, unknown> {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const base = blankApplication({
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    updatedBy: `${district}窗口`,
    deviceId,
    rev: 0,
    deleted: false,
    number: formatApplicationNumber(2026, district, 'K7Q2AB', i + 1),
    district,
  });
  const filled = { ...filledFields(base, i, randomUUID()), status: 'registered' as const };
  return recordData(toRow(filled) as unknown as Record<string, unknown>);
}

/** Writes `count` registered applications of `district` straight into the server's records, in revision order. */
export async function seedApplications(db: Database, district: string, count: number, deviceId: string) {
  const BATCH = 1000;
  for (let from = 0; from < count; from += BATCH) {
    const batch = [];
    for (let i = from; i < Math.min(count, from + BATCH); i++) batch.push(registeredApplication(i, district, deviceId));
    await db.query(
      `INSERT INTO records (tbl, id, district, rev, data, updated_by_device)
       SELECT 'applications', (d->>'id')::uuid, $2, nextval('record_revision'), d, $3
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(d, n) ORDER BY n`,
      [JSON.stringify(batch), district, deviceId],
    );
  }
}
