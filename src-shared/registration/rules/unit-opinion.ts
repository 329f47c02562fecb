import type { UnitOpinion } from '../application';
import { dateOf, parseDate } from './dates';
import type { FieldErrors } from './field-errors';
import { parseRequiredText } from './text';

export const UNIT_NAME_MAX = 100;
export const OPINION_MAX = 500;
export const HANDLER_MAX = 50;

/** Checks 申领单位意见. Keys are `unitOpinion.<field>`. */
export function validateUnitOpinion(opinion: UnitOpinion, today: Date): FieldErrors {
  const errors: FieldErrors = {};
  const unitName = parseRequiredText(opinion.unitName, '申领单位', UNIT_NAME_MAX);
  if (!unitName.ok) errors['unitOpinion.unitName'] = unitName.message;
  const text = parseRequiredText(opinion.opinion, '申领单位意见', OPINION_MAX, { multiline: true });
  if (!text.ok) errors['unitOpinion.opinion'] = text.message;
  const handler = parseRequiredText(opinion.handler, '经办人', HANDLER_MAX);
  if (!handler.ok) errors['unitOpinion.handler'] = handler.message;
  const date = parseDate(opinion.date, '填表日期');
  if (!date.ok) errors['unitOpinion.date'] = date.message;
  else if (date.value > dateOf(today)) errors['unitOpinion.date'] = `填表日期 ${date.value} 晚于今天，请核对`;
  return errors;
}
