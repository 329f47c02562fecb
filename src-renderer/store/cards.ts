import { type CardValidity, cardValidity } from '../../src-shared/cards/validity';
import type { CardCategory } from '../../src-shared/cards/workflow';
import type { Application, ApplicationStatus } from '../../src-shared/registration/application';
import { toApplication } from './applications';
import type { TalentCardDb } from './db';
import { categoryOf } from './review';

/** What the card is for: the 商务精英类 investment project, or the 名企优才类 enterprise. */
export interface CardSubject {
  kind: 'project' | 'enterprise';
  id: string;
  /** Null when the record is not (yet) on this device. */
  name: string | null;
}

/** One row of the 英才卡 list. */
export interface CardRow {
  application: Application;
  category: CardCategory;
  status: ApplicationStatus;
  district: string;
  subject: CardSubject | null;
  /** For a card that was issued; null before. */
  validity: CardValidity | null;
}

/** The card's validity on `today`, once it was issued. */
export function validityOf(application: Pick<Application, 'card' | 'landing'>, today: string): CardValidity | null {
  const { card, landing } = application;
  if (!card) return null;
  return cardValidity({ issuedOn: card.issuedOn, landedOn: landing?.date ?? null, revokedOn: card.revokedOn }, today);
}

/** The 名企优才类 enterprise an application names (the field arrives with that category's registration). */
function enterpriseIdOf(application: Application): string | null {
  const id = (application as Application & { enterpriseId?: unknown }).enterpriseId;
  return typeof id === 'string' && id ? id : null;
}

function subjectRef(application: Application): Omit<CardSubject, 'name'> | null {
  if (categoryOf(application) === 'enterprise-talent') {
    const id = enterpriseIdOf(application);
    return id ? { kind: 'enterprise', id } : null;
  }
  return application.projectId ? { kind: 'project', id: application.projectId } : null;
}

/** Enterprise names by id; none while this device's database has no enterprises table yet. */
async function enterpriseNames(db: TalentCardDb, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (ids.length === 0 || !db.tables.some((table) => table.name === 'enterprises')) return names;
  const rows = (await db.table('enterprises').bulkGet(ids)) as (
    | { id?: unknown; name?: unknown; deleted?: unknown }
    | undefined
  )[];
  for (const row of rows) {
    if (row && row.deleted !== true && typeof row.id === 'string' && typeof row.name === 'string') {
      names.set(row.id, row.name);
    }
  }
  return names;
}

async function projectNames(db: TalentCardDb, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.projects.bulkGet(ids);
  return new Map(rows.flatMap((row) => (row && !row.deleted ? [[row.id, row.name] as const] : [])));
}

/** The projects and enterprises of many applications, in two look-ups. */
export async function subjectsOf(db: TalentCardDb, applications: Application[]): Promise<(CardSubject | null)[]> {
  const refs = applications.map(subjectRef);
  const ids = (kind: CardSubject['kind']) => [...new Set(refs.flatMap((ref) => (ref?.kind === kind ? [ref.id] : [])))];
  const [projects, enterprises] = await Promise.all([
    projectNames(db, ids('project')),
    enterpriseNames(db, ids('enterprise')),
  ]);
  return refs.map((ref) =>
    ref ? { ...ref, name: (ref.kind === 'project' ? projects : enterprises).get(ref.id) ?? null } : null,
  );
}

/** Applications given up as drafts (放弃草稿) never entered the review: they are no card. */
async function abandonedDrafts(db: TalentCardDb, withdrawn: string[]): Promise<Set<string>> {
  if (withdrawn.length === 0) return new Set();
  const events = await db.events.where('applicationId').anyOf(withdrawn).toArray();
  return new Set(
    events.filter((event) => event.to === 'withdrawn' && event.from === 'draft').map((e) => e.applicationId),
  );
}

/** Every application of either category past 草稿, newest change first, with its card's validity on `today`. */
export async function listCards(db: TalentCardDb, today: string): Promise<CardRow[]> {
  const rows = await db.applications.where('status').notEqual('draft').toArray();
  const live = rows.filter((row) => !row.deleted).map(toApplication);
  const abandoned = await abandonedDrafts(
    db,
    live.filter((a) => a.status === 'withdrawn').map((a) => a.id),
  );
  const applications = live
    .filter((application) => !abandoned.has(application.id))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const subjects = await subjectsOf(db, applications);
  return applications.map((application, index) => ({
    application,
    category: categoryOf(application),
    status: application.status,
    district: application.district,
    subject: subjects[index] ?? null,
    validity: validityOf(application, today),
  }));
}

/** One application's project or enterprise. */
export async function subjectOf(db: TalentCardDb, application: Application): Promise<CardSubject | null> {
  return (await subjectsOf(db, [application]))[0] ?? null;
}
