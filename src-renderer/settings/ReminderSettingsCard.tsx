import { Paper, Stack, Title } from '@mantine/core';
import {
  checkWaitingDays,
  DEFAULT_WAITING_DAYS,
  MAX_WAITING_DAYS,
  MIN_WAITING_DAYS,
} from '../../src-shared/cards/reminders';
import { db } from '../store/instance';
import { saveWaitingDays, waitingDays } from '../workbench/waiting-days';
import { NumberSettingForm } from './NumberSettingForm';

/** 工作台提醒: after how many days at one step an application is listed as waiting too long. */
export function ReminderSettingsCard() {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={4}>工作台提醒</Title>
        <NumberSettingForm
          name="停留天数"
          label="在同一环节停留超过几天时提醒"
          description={`申领在同一环节（如待盖章、联合审核）停留超过这么多天，就列入工作台的提醒（${MIN_WAITING_DAYS}–${MAX_WAITING_DAYS} 天，默认 ${DEFAULT_WAITING_DAYS} 天）；只影响本机`}
          min={MIN_WAITING_DAYS}
          max={MAX_WAITING_DAYS}
          suffix=" 天"
          load={() => waitingDays(db)}
          check={checkWaitingDays}
          save={(days) => saveWaitingDays(db, days)}
          buttonLabel="设定天数"
          savedText="已保存，工作台的提醒已按新的天数更新"
          savedTestId="waiting-days-saved"
        />
      </Stack>
    </Paper>
  );
}
