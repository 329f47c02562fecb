import {
  type CodeEntry,
  districtByCode,
  EDUCATION_LEVELS,
  ETHNICITIES,
  GENDERS,
  ID_TYPES,
  labelOf,
  POLITICAL_STATUSES,
} from '../../src-shared/codes';
import { ATTACHMENT_FIELDS, type SyncedTable } from '../../src-shared/records/record';
import type { ResumeEntry } from '../../src-shared/registration/application';
import { maskIdNumber, maskPhone } from '../../src-shared/registration/mask';
import { policyTitle, STATION_POLICIES } from '../../src-shared/stations/policy';
import {
  ACTIVITY_KIND_LABELS,
  DESIGNATION_ROUTE_LABELS,
  EVALUATION_OUTCOME_LABELS,
  STATION_FUNCTION_LABELS,
  STATION_STATUS_LABELS,
  STATION_TYPE_LABELS,
} from '../../src-shared/stations/station';
import { STATION_STEPS } from '../../src-shared/stations/workflow';
import { formatPath, isPlainObject, parsePath } from '../../src-shared/sync/fields';
import { STATUS_LABELS } from '../applications/status-labels';
import { formatPeriod } from '../pdf/form-fields';
import { fieldLabel } from './field-labels';

export const EMPTY_VALUE = '空';

const CODE_LISTS: Record<string, readonly CodeEntry[]> = {
  'applicant/gender': GENDERS,
  'applicant/ethnicity': ETHNICITIES,
  'applicant/politicalStatus': POLITICAL_STATUSES,
  'applicant/education': EDUCATION_LEVELS,
  'applicant/idType': ID_TYPES,
};
/** The station steps by id, in the words of their buttons (src-shared/stations/workflow.ts). */
const STATION_STEP_LABELS: Record<string, string> = Object.fromEntries(
  STATION_STEPS.map((step) => [step.id, step.label]),
);
const STATION_POLICY_TITLES: Record<string, string> = Object.fromEntries(
  STATION_POLICIES.map((policy) => [policy.id, policyTitle(policy)]),
);
/** Each table's fields that hold a code, with the codes' labels: a status is an application's or a station's. */
const TABLE_CODES: Partial<Record<SyncedTable, Record<string, Readonly<Record<string, string>>>>> = {
  applications: { status: STATUS_LABELS },
  events: { from: STATUS_LABELS, to: STATUS_LABELS },
  stations: {
    status: STATION_STATUS_LABELS,
    type: STATION_TYPE_LABELS,
    route: DESIGNATION_ROUTE_LABELS,
    functions: STATION_FUNCTION_LABELS,
    policyVersion: STATION_POLICY_TITLES,
  },
  stationEvents: {
    step: STATION_STEP_LABELS,
    from: STATION_STATUS_LABELS,
    to: STATION_STATUS_LABELS,
    'evaluation/outcome': EVALUATION_OUTCOME_LABELS,
  },
  stationActivities: { kind: ACTIVITY_KIND_LABELS },
};
const DISTRICT_FIELDS = new Set(['district']);
/** Every field that holds attachments' fingerprints, in any table. */
const ATTACHMENT_PATHS = new Set(Object.values(ATTACHMENT_FIELDS).flat());
/** Personal numbers, shown masked unless the staff member asks to see them (DESIGN.md §4). */
const MASKS: Record<string, (value: string) => string> = {
  'applicant/idNumber': maskIdNumber,
  'applicant/phone': maskPhone,
};

export function isSensitiveField(path: string): boolean {
  return path in MASKS;
}

export interface FormatOptions {
  /** Names for ids the record refers to (a project's name for its id). */
  names?: Readonly<Record<string, string>>;
  /** Show personal numbers unmasked. */
  reveal?: boolean;
}

function formatText(table: string, path: string, value: string, options: FormatOptions): string {
  const list = CODE_LISTS[path];
  if (list) return labelOf(list, value) ?? value;
  const codes = TABLE_CODES[table as SyncedTable]?.[path];
  if (codes) return Object.hasOwn(codes, value) ? (codes[value] as string) : value;
  if (DISTRICT_FIELDS.has(path)) return districtByCode(value)?.label ?? value;
  // Two different photos must look different, so the start of each one's fingerprint is shown.
  if (ATTACHMENT_PATHS.has(path)) return `已有文件（${value.slice(0, 8)}）`;
  const mask = MASKS[path];
  if (mask && !options.reveal) return mask(value);
  return options.names?.[value] ?? value;
}

function isResumeEntry(value: unknown): value is ResumeEntry {
  return isPlainObject(value) && typeof value.from === 'string' && typeof value.organisation === 'string';
}

/**
 * A field's value as a person reads it: codes as their labels, 空 for
 * nothing, lists one item a line, objects as “名称：值”, personal numbers
 * masked unless revealed.
 */
export function formatFieldValue(table: string, path: string, value: unknown, options: FormatOptions = {}): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (path === 'deleted') return value ? '已删除' : '未删除';
  if (typeof value === 'string') return formatText(table, path, value, options);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_VALUE;
    return value
      .map((item) =>
        isResumeEntry(item)
          ? `${formatPeriod(item.from, item.to)} ${item.organisation} ${item.position}`.trim()
          : formatFieldValue(table, path, item, options),
      )
      .join('\n');
  }
  if (isPlainObject(value)) {
    const [top, sub] = parsePath(path);
    const parts = Object.entries(value)
      .filter(([, inner]) => inner !== null && inner !== undefined && inner !== '')
      .map(([key, inner]) => {
        // Field paths go one level down (docs/sync-protocol.md §1); deeper keys are named as they are.
        const innerPath = sub === undefined ? formatPath(top, key) : null;
        const label = innerPath ? fieldLabel(table, innerPath) : key;
        return `${label}：${formatFieldValue(table, innerPath ?? path, inner, options)}`;
      });
    return parts.length > 0 ? parts.join('，') : EMPTY_VALUE;
  }
  return String(value);
}
