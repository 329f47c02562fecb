import { checkWholeNumberSetting, type SettingCheck } from '../../src-shared/records/whole-number-setting';

export const MIN_INTERVAL_MINUTES = 1;
export const MAX_INTERVAL_MINUTES = 240;

/** The minutes typed as a whole number in range, or the Chinese reason they cannot be used. */
export function checkInterval(value: string | number): SettingCheck {
  return checkWholeNumberSetting(value, {
    name: '自动同步间隔',
    min: MIN_INTERVAL_MINUTES,
    max: MAX_INTERVAL_MINUTES,
    unit: '（分钟）',
  });
}
