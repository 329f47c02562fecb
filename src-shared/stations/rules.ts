import { parseUscc } from '../cards/uscc';
import { isCalendarDate } from '../cards/validity';
import { LANDING_DISTRICTS } from '../codes/districts';
import type { FieldErrors } from '../registration/rules/field-errors';
import { toHalfWidth } from '../registration/rules/normalise';
import { parsePhone } from '../registration/rules/phone';
import type { ParseResult } from '../registration/rules/result';
import { parseName, parseOptionalText, parseRequiredText } from '../registration/rules/text';
import {
  ACTIVITY_KINDS,
  type ActivityFields,
  DESIGNATION_ROUTES,
  STATION_CONDITIONS,
  STATION_FUNCTIONS,
  STATION_TYPES,
  type StationFields,
} from './station';

/**
 * The 基本信息 of a station and the entries of its activity log: checked and
 * normalised, or the problems keyed by field path (`contacts.0.phone`,
 * `conditions.venue`, …) for the form to show beside each field.
 */

export const STATION_TEXT_MAX = { name: 100, hostName: 100, hostAddress: 200, condition: 2000, title: 100 };
export const MAX_CONTACTS = 5;

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function collector(errors: FieldErrors) {
  return (key: string, result: ParseResult<string>, raw: string): string => {
    if (result.ok) return result.value;
    errors[key] = result.message;
    return raw;
  };
}

export function parseStation(fields: StationFields): Parsed<StationFields> {
  const errors: FieldErrors = {};
  const take = collector(errors);
  const contacts = fields.contacts
    .filter((c, index) => index === 0 || c.name.trim() !== '' || c.phone.trim() !== '' || c.title.trim() !== '')
    .map((contact, index) => ({
      name: take(
        `contacts.${index}.name`,
        contact.name.trim() === '' ? { ok: false, message: '请填写联系人姓名' } : parseName(contact.name),
        contact.name,
      ),
      title: take(`contacts.${index}.title`, parseOptionalText(contact.title, '职务', 50), contact.title),
      phone: take(`contacts.${index}.phone`, parsePhone(contact.phone), contact.phone),
    }));
  if (contacts.length === 0) errors['contacts.0.name'] = '请填写至少一位联系人';
  if (contacts.length > MAX_CONTACTS) errors.contacts = `联系人最多 ${MAX_CONTACTS} 位`;
  const conditions = { ...fields.conditions };
  for (const condition of STATION_CONDITIONS) {
    conditions[condition] = take(
      `conditions.${condition}`,
      parseOptionalText(fields.conditions[condition] ?? '', '条件说明', STATION_TEXT_MAX.condition, {
        multiline: true,
      }),
      fields.conditions[condition] ?? '',
    );
  }
  const value: StationFields = {
    name: take('name', parseRequiredText(fields.name, '驿站名称', STATION_TEXT_MAX.name), fields.name),
    type: fields.type,
    hostName: take(
      'hostName',
      parseRequiredText(fields.hostName, '依托单位名称', STATION_TEXT_MAX.hostName),
      fields.hostName,
    ),
    hostUscc: take('hostUscc', parseUscc(fields.hostUscc), fields.hostUscc),
    district: fields.district,
    hostAddress: take(
      'hostAddress',
      parseRequiredText(fields.hostAddress, '依托单位地址', STATION_TEXT_MAX.hostAddress),
      fields.hostAddress,
    ),
    contacts,
    functions: STATION_FUNCTIONS.filter((f) => fields.functions.includes(f)),
    conditions,
    conditionEvidence: Object.fromEntries(
      STATION_CONDITIONS.map((c) => [c, [...new Set(fields.conditionEvidence[c] ?? [])]]),
    ) as StationFields['conditionEvidence'],
    route: fields.route,
  };
  if (!STATION_TYPES.includes(fields.type)) errors.type = '请选择驿站类型';
  if (!DESIGNATION_ROUTES.includes(fields.route)) errors.route = '请选择申报途径';
  if (fields.district === '') errors.district = '请选择驿站所在区市';
  else if (!LANDING_DISTRICTS.some((d) => d.code === fields.district))
    errors.district = '请从下拉列表选择驿站所在的区市（市直单位、高校院所也选其所在区市）';
  if (fields.functions.some((f) => !STATION_FUNCTIONS.includes(f)))
    errors.functions = '职责功能只能从第八条的六项中选择';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

export const ACTIVITY_MAX_COUNT = 100_000;

/** An activity as typed: the counts as text. */
export type ActivityInput = Omit<ActivityFields, 'participants' | 'expertsServed'> & {
  participants: string;
  expertsServed: string;
};

function count(raw: string, label: string): ParseResult<number> {
  const text = toHalfWidth(raw).trim();
  if (text === '') return { ok: false, message: `请填写${label}` };
  if (!/^\d+$/.test(text)) return { ok: false, message: `${label}应为整数` };
  const value = Number(text);
  if (value > ACTIVITY_MAX_COUNT) return { ok: false, message: `${label}不能超过 ${ACTIVITY_MAX_COUNT}` };
  return { ok: true, value };
}

/** Checks an activity of the log; its date may not lie after `today`. */
export function parseActivity(input: ActivityInput, today: string): Parsed<ActivityFields> {
  const errors: FieldErrors = {};
  const take = collector(errors);
  const participants = count(input.participants, '参加人数');
  const served = count(input.expertsServed, '服务高层次人才人次');
  if (!participants.ok) errors.participants = participants.message;
  if (!served.ok) errors.expertsServed = served.message;
  const date = input.date.trim();
  if (date === '') errors.date = '请填写活动日期';
  else if (!isCalendarDate(date)) errors.date = '活动日期应为“年-月-日”，例如 2026-03-01';
  else if (date > today) errors.date = `活动日期不能晚于今天（${today}）；计划中的活动请在举办后记录`;
  if (!ACTIVITY_KINDS.includes(input.kind)) errors.kind = '请选择活动类型';
  const value: ActivityFields = {
    stationId: input.stationId,
    kind: input.kind,
    title: take('title', parseRequiredText(input.title, '活动名称', STATION_TEXT_MAX.title), input.title),
    date,
    participants: participants.ok ? participants.value : 0,
    expertsServed: served.ok ? served.value : 0,
    outcomes: take(
      'outcomes',
      parseOptionalText(input.outcomes, '活动成效', STATION_TEXT_MAX.condition, { multiline: true }),
      input.outcomes,
    ),
    photos: [...new Set(input.photos)],
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}
