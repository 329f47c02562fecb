import { Grid, Paper, Stack, TextInput, Title } from '@mantine/core';
import type { StepData, StepField } from '../../../src-shared/cards/workflow';
import type { Enterprise } from '../../../src-shared/enterprises/enterprise';
import type { Application } from '../../../src-shared/registration/application';
import { ReviewProblems } from './ReviewProblems';
import { ENTERPRISE_WIZARD_STEPS } from './steps';
import { TalentSheet } from './TalentSheet';

export interface OnlineRecord {
  data: StepData;
  errors: Partial<Record<StepField, string>>;
  onChange: (data: StepData) => void;
}

interface TalentReviewStepProps {
  application: Application;
  enterprise: Enterprise | null;
  photoUrl: string | null;
  errors: Record<string, string>;
  warnings: Record<string, string>;
  onGoToStep: (step: number) => void;
  /** While a draft: the enterprise's online application (英才威海网) to record with it. */
  online: OnlineRecord | null;
}

/** 核对 (名企优才类): what is missing, the record as entered, and the online application it is recorded with. */
export function TalentReviewStep({
  application,
  enterprise,
  photoUrl,
  errors,
  warnings,
  onGoToStep,
  online,
}: TalentReviewStepProps) {
  return (
    <Stack gap="md">
      <ReviewProblems
        steps={ENTERPRISE_WIZARD_STEPS}
        errors={errors}
        warnings={warnings}
        onGoToStep={onGoToStep}
        allDone={
          online
            ? '请与企业核对以下内容，填写企业在“英才威海网”提交申请的日期和申请编号后，记录网上申请。'
            : '已记录网上申请，后续推荐、报送和审核在“英才卡”中办理。'
        }
      />
      {online && (
        <Paper withBorder p="md" radius="md" bg="gray.0">
          <Title order={5} mb="xs">
            企业网上申请（英才威海网 www.iwhrc.com）
          </Title>
          <Grid>
            <Grid.Col span={4}>
              <TextInput
                label="网上申请日期"
                withAsterisk
                placeholder="如 2026-03-01"
                value={online.data.date ?? ''}
                error={online.errors.date}
                onChange={(event) => online.onChange({ ...online.data, date: event.currentTarget.value })}
              />
            </Grid.Col>
            <Grid.Col span={8}>
              <TextInput
                label="英才威海网申请编号"
                withAsterisk
                value={online.data.reference ?? ''}
                error={online.errors.reference}
                onChange={(event) => online.onChange({ ...online.data, reference: event.currentTarget.value })}
              />
            </Grid.Col>
          </Grid>
        </Paper>
      )}
      <TalentSheet application={application} enterprise={enterprise} photoUrl={photoUrl} />
    </Stack>
  );
}
