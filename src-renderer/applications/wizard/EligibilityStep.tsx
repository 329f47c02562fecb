import { Radio, Stack } from '@mantine/core';
import type { EligibilityCode } from '../../../src-shared/registration/application';
import { ELIGIBILITY_CONDITIONS, eligibilityCondition } from '../../../src-shared/registration/enterprise-talent';
import { EvidenceField } from './EvidenceField';
import type { ApplicationForm } from './form-types';

/** 引才条件: which of ①–⑤ (in the notice's words) the talent meets, with the files that prove it. */
export function EligibilityStep({ form }: { form: ApplicationForm }) {
  const { eligibility } = form.getValues();
  const chosen = eligibilityCondition(eligibility);
  const inputProps = form.getInputProps('eligibility');
  return (
    <Stack gap="lg">
      <Radio.Group
        label="引才条件"
        description="《关于做好“威海英才卡”助力双招双引工作的通知》：名企优才类人才需满足以下条件之一"
        withAsterisk
        {...inputProps}
        value={eligibility ?? ''}
        onChange={(value) => form.setFieldValue('eligibility', value as EligibilityCode)}
      >
        <Stack gap="sm" mt="sm">
          {ELIGIBILITY_CONDITIONS.map((condition) => (
            <Radio
              key={condition.code}
              value={condition.code}
              label={`${condition.mark} ${condition.text}`}
              styles={{ label: { fontSize: 'var(--mantine-font-size-sm)', lineHeight: 1.5 } }}
            />
          ))}
        </Stack>
      </Radio.Group>
      <EvidenceField
        form={form}
        path="eligibilityEvidence"
        label="引才条件证明材料"
        description={
          chosen ? `${chosen.mark} 的证明材料，如：${chosen.evidence}` : '请先选择引才条件，再上传相应的证明材料'
        }
      />
    </Stack>
  );
}
