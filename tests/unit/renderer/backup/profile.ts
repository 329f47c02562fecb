import { createDraft, saveApplication, setStatus } from '../../../../src-renderer/store/applications';
import { putAttachment, sha256Hex } from '../../../../src-renderer/store/attachments';
import { recordAudit } from '../../../../src-renderer/store/audit';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { saveStaffProfile } from '../../../../src-renderer/store/device';
import { createEnterprise } from '../../../../src-renderer/store/enterprises';
import { createProject } from '../../../../src-renderer/store/projects';
import { createStation, saveActivity, takeStationStep } from '../../../../src-renderer/store/stations';
import { saveSyncIntervalMinutes, writeSyncMeta } from '../../../../src-renderer/sync/sync-meta';
import type { Application } from '../../../../src-shared/registration/application';
import { actor } from '../store/helpers';

export const at = (instant: string) => new Date(instant);

/** Random bytes stored as an attachment, as a photo or a scan would be. */
export async function randomAttachment(db: TalentCardDb, size: number, type: string): Promise<string> {
  const bytes = new Uint8Array(size);
  // getRandomValues fills at most 64 KiB at a time.
  for (let start = 0; start < size; start += 65_536) crypto.getRandomValues(bytes.subarray(start, start + 65_536));
  return putAttachment(db, new Blob([bytes], { type }));
}

/** The device as 设置 left it: its identity (the one `actor` names) and its staff member. */
export async function device(db: TalentCardDb): Promise<void> {
  await db.meta.put({ key: 'device', value: { deviceId: actor.deviceId, deviceCode: actor.deviceCode } });
  await saveStaffProfile(db, { districtCode: actor.districtCode, staffName: actor.staffName });
}

type ApplicationChanges = Partial<Omit<Application, 'applicant'>> & { applicant?: Partial<Application['applicant']> };

export async function application(
  db: TalentCardDb,
  name: string,
  { applicant, ...changes }: ApplicationChanges = {},
  now = at('2026-11-02T01:00:00Z'),
): Promise<Application> {
  const draft = await createDraft(db, actor, now);
  const saved = await saveApplication(
    db,
    actor,
    { ...draft, ...changes, applicant: { ...draft.applicant, name, ...applicant } },
    now,
  );
  if (!saved.ok) throw new Error(saved.message);
  return saved.value;
}

export async function rename(db: TalentCardDb, record: Application, name: string, now: Date): Promise<Application> {
  const saved = await saveApplication(db, actor, { ...record, applicant: { ...record.applicant, name } }, now);
  if (!saved.ok) throw new Error(saved.message);
  return saved.value;
}

/**
 * A profile with something in every table, written through the store as
 * the app writes it: applications with photo, résumé and stamped copy and
 * their status history, a project, an enterprise and its 名企优才类
 * applicant, a station with evidence, a step and an activity, audit events,
 * the sync tables, settings and the 申领编号 counter.
 */
export async function fillProfile(db: TalentCardDb): Promise<void> {
  await device(db);
  const photo = await randomAttachment(db, 4000, 'image/jpeg');
  const scan = await randomAttachment(db, 70_000, 'application/pdf');
  const evidence = await Promise.all([1, 2, 3, 4].map(() => randomAttachment(db, 1500, 'image/png')));
  const activityPhoto = await randomAttachment(db, 2500, 'image/jpeg');

  const project = await createProject(
    db,
    actor,
    {
      name: '威海海洋生物医药产业园项目',
      amountWan: '50000',
      district: 'HC',
      negotiatingUnit: '环翠区商务局',
      overview: '计划 2027 年落地',
      quotaException: null,
    },
    at('2026-11-01T01:00:00Z'),
  );
  const zhang = await application(db, '张三', {
    projectId: project.id,
    photo,
    applicant: { idNumber: '370102199001011237', phone: '13912345678' },
    resume: {
      entries: [{ from: '2015-07', to: null, organisation: '威海海洋装备制造有限公司', position: '总工程师' }],
      remark: '主持海洋装备项目三项',
      overlapsConfirmed: false,
    },
  });
  await setStatus(db, actor, zhang.id, 'submitted', '已报送', at('2026-11-03T01:00:00Z'), { sealedScan: scan });

  const enterprise = await createEnterprise(
    db,
    actor,
    {
      name: '威海海洋装备制造有限公司',
      uscc: '91350100M000100Y43',
      district: 'HC',
      contactName: '刘洋',
      contactPhone: '13812345678',
    },
    at('2026-11-04T01:00:00Z'),
  );
  if (!enterprise.ok) throw new Error(enterprise.message);
  const talentDraft = await createDraft(db, actor, at('2026-11-04T02:00:00Z'), 'enterprise-talent');
  const talent = await saveApplication(
    db,
    actor,
    {
      ...talentDraft,
      applicant: { ...talentDraft.applicant, name: '李四', idNumber: '370102198805052345' },
      enterpriseId: enterprise.value.id,
      eligibilityEvidence: [evidence[0] as string],
    },
    at('2026-11-04T03:00:00Z'),
  );
  if (!talent.ok) throw new Error(talent.message);

  const station = await createStation(
    db,
    actor,
    {
      name: '威海海洋装备高层次人才驿站',
      type: 'innovation',
      hostName: '威海海洋装备制造有限公司',
      hostUscc: '91350100M000100Y43',
      district: 'HC',
      hostAddress: '威海市环翠区海滨北路 1 号',
      contacts: [{ name: '刘洋', title: '人力资源部经理', phone: '13812345678' }],
      functions: ['liaison', 'recruitment', 'transfer'],
      conditions: {
        venue: '驿站场地 300 平方米，年运行经费 50 万元',
        industry: '周边有海洋装备企业 40 余家',
        experts: '联系专家 25 人，每季度开展交流活动',
        management: '制定了驿站管理制度，专职人员 3 人',
      },
      conditionEvidence: {
        venue: [evidence[0] as string],
        industry: [evidence[1] as string],
        experts: [evidence[2] as string],
        management: [evidence[3] as string],
      },
      route: 'district',
    },
    at('2026-11-05T01:00:00Z'),
  );
  if (!station.ok) throw new Error(station.message);
  const applied = await takeStationStep(
    db,
    actor,
    'district',
    {
      stationId: station.value.id,
      step: 'apply',
      data: { date: '2026-11-05', recommendation: '同意推荐' },
      evidence: [evidence[1] as string],
    },
    at('2026-11-05T02:00:00Z'),
  );
  if (!applied.ok) throw new Error(applied.message);
  const activity = await saveActivity(
    db,
    actor,
    {
      stationId: station.value.id,
      kind: 'lecture',
      title: '专家讲座',
      date: '2026-11-05',
      participants: '30',
      expertsServed: '4',
      outcomes: '对接项目两项',
      photos: [activityPhoto],
    },
    undefined,
    at('2026-11-05T03:00:00Z'),
  );
  if (!activity.ok) throw new Error(activity.message);

  const subject = { table: 'applications', id: zhang.id, label: '张三' };
  await recordAudit(db, actor, { action: 'view', subject, detail: '显示完整证件号码' }, at('2026-11-06T01:00:00Z'));

  // The sync tables, as a sync cut short would leave them.
  await db.bases.put({
    table: 'projects',
    id: project.id,
    district: 'HC',
    rev: 7,
    deleted: false,
    data: { name: project.name },
  });
  await db.pushes.put({
    mutationId: 3,
    table: 'applications',
    recordId: zhang.id,
    mutation: {
      mutationId: 3,
      op: 'create',
      table: 'applications',
      id: zhang.id,
      district: 'HC',
      baseRev: 0,
      data: {},
    },
    sent: { name: '张三' },
  });
  await db.conflicts.add({
    table: 'projects',
    recordId: project.id,
    kind: 'refused',
    fields: [],
    error: { code: 'forbidden', message: '无权修改' },
    createdAt: '2026-11-06T02:00:00.000Z',
  });
  await db.uploads.put({ sha256: photo, recordIds: [zhang.id], at: '2026-11-06T03:00:00.000Z' });
  await writeSyncMeta(db, { serverDeviceId: 'server-device-1', nextMutationId: 4, cursor: 42 });
  await saveSyncIntervalMinutes(db, 15);
}

/** Every row of every table, attachments as their bytes (and the hash of those bytes). */
export type Snapshot = Record<string, unknown[]> &
  Record<'applications' | 'audit' | 'outbox' | 'attachments', unknown[]>;

export async function snapshot(db: TalentCardDb): Promise<Snapshot> {
  const out = { applications: [], audit: [], outbox: [], attachments: [] } as Snapshot;
  for (const table of db.tables) {
    if (table.name === 'attachments') continue;
    out[table.name] = await table.toArray();
  }
  const attachments = await db.attachments.toArray();
  out.attachments = await Promise.all(
    attachments.map(async ({ blob, ...rest }) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return { ...rest, blobType: blob.type, bytes, digest: await sha256Hex(bytes.buffer) };
    }),
  );
  return out;
}
