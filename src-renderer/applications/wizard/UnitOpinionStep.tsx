import { Grid, Textarea, TextInput } from '@mantine/core';
import { parseDate } from '../../../src-shared/registration/rules/dates';
import { type ApplicationForm, normaliseOnBlur } from './form-types';

/** 申领单位意见: the applying unit (招商任务部门) states its opinion; the seal goes on the printed form. */
export function UnitOpinionStep({ form }: { form: ApplicationForm }) {
  return (
    <Grid gap="md">
      <Grid.Col span={8}>
        <TextInput label="申领单位（招商任务部门）" withAsterisk {...form.getInputProps('unitOpinion.unitName')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea
          label="申领单位意见"
          withAsterisk
          autosize
          minRows={3}
          maxRows={8}
          placeholder="如：该同志为项目关键核心成员，同意推荐申领“威海英才卡（商务精英类）”。"
          {...form.getInputProps('unitOpinion.opinion')}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <TextInput label="经办人" withAsterisk {...form.getInputProps('unitOpinion.handler')} />
      </Grid.Col>
      <Grid.Col span={4}>
        <TextInput
          label="日期"
          withAsterisk
          placeholder="如 2026-03-15"
          {...normaliseOnBlur(form, 'unitOpinion.date', (raw) => parseDate(raw, '日期'))}
        />
      </Grid.Col>
    </Grid>
  );
}
