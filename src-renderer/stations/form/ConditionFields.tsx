import { Fieldset, Stack, Textarea } from '@mantine/core';
import {
  STATION_CONDITION_LABELS,
  STATION_CONDITIONS,
  type StationCondition,
} from '../../../src-shared/stations/station';
import { StoredEvidenceField } from '../../attachments/StoredEvidenceField';
import { CONDITION_NUMBERS } from '../station-labels';
import type { StationForm } from './form-types';

/** What usually shows each condition. */
const EVIDENCE_HINTS: Record<StationCondition, string> = {
  venue: '如场地与设施照片、房屋产权或租赁合同、配套资金与运行经费的保障文件',
  industry: '如周边产业园区与重点企业情况、技术创新平台或科研基础的证明',
  experts: '如合作专家名单、与专家或团队签订的合作协议、专家交流活动记录',
  management: '如驿站管理制度、管理机构设置文件、管理服务人员名单',
};

/**
 * 第六条: for each of the four conditions, how the host unit meets it (in the
 * staff's words) and the files that show it. Both are needed before 申报,
 * not to save a draft.
 */
export function ConditionFields({ form, owner }: { form: StationForm; owner: string }) {
  return (
    <Stack gap="md">
      {STATION_CONDITIONS.map((condition) => (
        <ConditionFieldset key={condition} form={form} condition={condition} owner={owner} />
      ))}
    </Stack>
  );
}

function ConditionFieldset({
  form,
  condition,
  owner,
}: {
  form: StationForm;
  condition: StationCondition;
  owner: string;
}) {
  const number = CONDITION_NUMBERS[condition];
  const evidence = form.getValues().conditionEvidence[condition] ?? [];
  return (
    <Fieldset legend={STATION_CONDITION_LABELS[condition]} radius="md" data-testid={`condition-${condition}`}>
      <Stack gap="sm">
        <Textarea
          label="说明"
          placeholder="写明依托单位如何符合这一条件"
          aria-label={`条件${number}说明`}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps(`conditions.${condition}`)}
        />
        <StoredEvidenceField
          name={`条件${number}证明材料`}
          value={evidence}
          owner={owner}
          description={EVIDENCE_HINTS[condition]}
          error={form.errors[`conditionEvidence.${condition}`] as string | undefined}
          onChange={(update) =>
            form.setFieldValue(`conditionEvidence.${condition}`, (previous: string[] | undefined) =>
              update(previous ?? []),
            )
          }
        />
      </Stack>
    </Fieldset>
  );
}
