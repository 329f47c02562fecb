import { Alert, Anchor, Grid, Select, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { birthGenderWarnings } from '../../../src-shared/registration/rules/birth-gender';
import { parseMonth } from '../../../src-shared/registration/rules/dates';
import { derivedFromId, parseIdNumber } from '../../../src-shared/registration/rules/id-number';
import { parsePhone } from '../../../src-shared/registration/rules/phone';
import { parseName } from '../../../src-shared/registration/rules/text';
import { applicationsWithIdNumber } from '../../store/applications';
import { db } from '../../store/instance';
import {
  educationOptions,
  ethnicityOptions,
  genderOptions,
  idTypeOptions,
  politicalStatusOptions,
} from '../code-options';
import { type ApplicationForm, normaliseOnBlur } from './form-types';

/** 申领人员信息: the first block of the official form, field by field. */
export function ApplicantStep({ form }: { form: ApplicationForm }) {
  const values = form.getValues();
  const { applicant } = values;
  const warnings = birthGenderWarnings(applicant);
  const duplicates = useLiveQuery(
    () => applicationsWithIdNumber(db, values).then((found) => found.filter((a) => a.status !== 'withdrawn')),
    [values.id, applicant.idType, applicant.idNumber],
  );

  const idNumberProps = normaliseOnBlur(form, 'applicant.idNumber', (raw) => {
    const parsed = parseIdNumber(form.getValues().applicant.idType, raw, new Date());
    if (!parsed.ok) return parsed;
    // Fill 出生年月 and 性别 from the number where they are still empty.
    const derived = derivedFromId(form.getValues().applicant.idType, parsed.value.idNumber);
    if (derived && !form.getValues().applicant.birthMonth)
      form.setFieldValue('applicant.birthMonth', derived.birthMonth);
    if (derived && !form.getValues().applicant.gender) form.setFieldValue('applicant.gender', derived.gender);
    return { ok: true as const, value: parsed.value.idNumber };
  });

  return (
    <Grid gap="md">
      <Grid.Col span={4}>
        <TextInput label="姓名" withAsterisk {...normaliseOnBlur(form, 'applicant.name', parseName)} />
      </Grid.Col>
      <Grid.Col span={4}>
        <Select
          label="性别"
          withAsterisk
          data={genderOptions}
          {...form.getInputProps('applicant.gender')}
          description={warnings['applicant.gender']}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          styles={{ description: { color: 'var(--mantine-color-orange-8)' } }}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <TextInput
          label="出生年月"
          withAsterisk
          placeholder="如 1985-07"
          {...normaliseOnBlur(form, 'applicant.birthMonth', (raw) => parseMonth(raw, '出生年月'))}
          description={warnings['applicant.birthMonth']}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          styles={{ description: { color: 'var(--mantine-color-orange-8)' } }}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <Select
          label="民族"
          withAsterisk
          searchable
          data={ethnicityOptions}
          {...form.getInputProps('applicant.ethnicity')}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <TextInput
          label="籍贯"
          withAsterisk
          placeholder="如 山东威海"
          {...form.getInputProps('applicant.nativePlace')}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <Select
          label="政治面貌"
          withAsterisk
          searchable
          data={politicalStatusOptions}
          {...form.getInputProps('applicant.politicalStatus')}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <Select label="文化程度" withAsterisk data={educationOptions} {...form.getInputProps('applicant.education')} />
      </Grid.Col>
      <Grid.Col span={4}>
        <TextInput label="毕业院校" withAsterisk {...form.getInputProps('applicant.school')} />
      </Grid.Col>
      <Grid.Col span={4}>
        <TextInput label="现任职务" withAsterisk {...form.getInputProps('applicant.currentPosition')} />
      </Grid.Col>
      <Grid.Col span={4}>
        <Select
          label="证件类型"
          withAsterisk
          allowDeselect={false}
          data={idTypeOptions}
          {...form.getInputProps('applicant.idType')}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <TextInput label="证件号码" withAsterisk {...idNumberProps} />
      </Grid.Col>
      <Grid.Col span={4}>
        <TextInput
          label="联系电话"
          withAsterisk
          placeholder="手机号，或带区号的座机如 0631-5190505"
          {...normaliseOnBlur(form, 'applicant.phone', parsePhone)}
        />
      </Grid.Col>
      {duplicates && duplicates.length > 0 && (
        <Grid.Col span={12}>
          <Alert color="orange" title="该证件号码已登记过" role="alert">
            {duplicates.map((existing) => (
              <div key={existing.id}>
                已有申领记录{' '}
                <Anchor component={Link} to={`/applications/${existing.id}`}>
                  {existing.number}（{existing.applicant.name}）
                </Anchor>
                ，请核对是否重复登记。
              </div>
            ))}
          </Alert>
        </Grid.Col>
      )}
    </Grid>
  );
}
