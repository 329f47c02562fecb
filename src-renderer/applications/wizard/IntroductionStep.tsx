import { Radio, Stack } from '@mantine/core';
import type { Introduction } from '../../../src-shared/registration/application';
import { INTRODUCTION_WAYS, introductionWay } from '../../../src-shared/registration/enterprise-talent';
import { EvidenceField } from './EvidenceField';
import type { ApplicationForm } from './form-types';

/** 引进方式: 全职引进 (the unit pays social insurance) or 柔性引进 (a work contract), with the evidence of it. */
export function IntroductionStep({ form }: { form: ApplicationForm }) {
  const { introduction } = form.getValues();
  const way = introductionWay(introduction);
  const inputProps = form.getInputProps('introduction');
  return (
    <Stack gap="lg">
      <Radio.Group
        label="引进方式"
        withAsterisk
        {...inputProps}
        value={introduction ?? ''}
        onChange={(value) => form.setFieldValue('introduction', value as Introduction)}
      >
        <Stack gap="md" mt="sm">
          {INTRODUCTION_WAYS.map((option) => (
            <Radio
              key={option.value}
              value={option.value}
              label={option.label}
              description={`${option.requirement}（证明材料：${option.evidence}）`}
            />
          ))}
        </Stack>
      </Radio.Group>
      <EvidenceField
        form={form}
        path="introductionEvidence"
        label={way ? way.evidence : '引进方式证明材料'}
        description={
          way
            ? `${way.label}：${way.requirement}。请上传${way.evidence}。`
            : '请先选择引进方式：全职引进上传社会保险缴费证明，柔性引进上传工作合同'
        }
      />
    </Stack>
  );
}
