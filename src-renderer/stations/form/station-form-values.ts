import type { FieldErrors } from '../../../src-shared/registration/rules/field-errors';
import { parseStation } from '../../../src-shared/stations/rules';
import {
  STATION_CONDITIONS,
  type Station,
  type StationContact,
  type StationFields,
} from '../../../src-shared/stations/station';

/** The 基本信息 of a stored station, as the form edits it (copies, so the form never changes the record). */
export function stationFieldsOf(station: Station): StationFields {
  return {
    name: station.name,
    type: station.type,
    hostName: station.hostName,
    hostUscc: station.hostUscc,
    district: station.district,
    hostAddress: station.hostAddress,
    contacts: station.contacts.length > 0 ? station.contacts.map((c) => ({ ...c })) : [blankContact()],
    functions: [...station.functions],
    conditions: { ...station.conditions },
    conditionEvidence: Object.fromEntries(
      STATION_CONDITIONS.map((c) => [c, [...(station.conditionEvidence[c] ?? [])]]),
    ) as StationFields['conditionEvidence'],
    route: station.route,
  };
}

export function blankContact(): StationContact {
  return { name: '', title: '', phone: '' };
}

const isBlank = (contact: StationContact) =>
  contact.name.trim() === '' && contact.title.trim() === '' && contact.phone.trim() === '';

/**
 * parseStation's problems keyed by the form's own paths. The rule leaves out
 * blank contact rows after the first and numbers the rest anew; the form
 * shows every row, so `contacts.1.phone` of the rule may be the form's third
 * row.
 */
export function stationFormErrors(values: StationFields): FieldErrors {
  const parsed = parseStation(values);
  if (parsed.ok) return {};
  const kept = values.contacts.flatMap((contact, index) => (index === 0 || !isBlank(contact) ? [index] : []));
  const errors: FieldErrors = {};
  for (const [key, message] of Object.entries(parsed.errors)) {
    const contact = /^contacts\.(\d+)\.(.+)$/.exec(key);
    const row = contact ? kept[Number(contact[1])] : undefined;
    errors[contact && row !== undefined ? `contacts.${row}.${contact[2]}` : key] = message;
  }
  return errors;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What to save when the form was opened on `initial` and the record is now
 * `latest` (another window's change may have arrived by sync meanwhile):
 * the latest record with only what this form changed laid over it — field by
 * field, and condition by condition for the 第六条 notes and evidence.
 */
export function mergeEdits(initial: StationFields, edited: StationFields, latest: StationFields): StationFields {
  const merged: StationFields = {
    ...latest,
    conditions: { ...latest.conditions },
    conditionEvidence: { ...latest.conditionEvidence },
  };
  const take = <K extends keyof StationFields>(key: K) => {
    if (!same(initial[key], edited[key])) merged[key] = edited[key];
  };
  for (const key of [
    'name',
    'type',
    'hostName',
    'hostUscc',
    'district',
    'hostAddress',
    'contacts',
    'functions',
    'route',
  ] as const)
    take(key);
  for (const condition of STATION_CONDITIONS) {
    if (initial.conditions[condition] !== edited.conditions[condition])
      merged.conditions[condition] = edited.conditions[condition];
    if (!same(initial.conditionEvidence[condition], edited.conditionEvidence[condition]))
      merged.conditionEvidence[condition] = edited.conditionEvidence[condition];
  }
  return merged;
}
