import {
  Button,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { InvestmentProject } from '../../../src-shared/registration/application';
import { type AmountUnit, parseAmount } from '../../../src-shared/registration/rules/amount';
import { validateProject } from '../../../src-shared/registration/rules/project';
import type { ProjectFields } from '../../store/projects';
import { landingDistrictOptions } from '../code-options';

interface ProjectFormValues {
  name: string;
  amount: string;
  amountUnit: AmountUnit;
  district: string;
  negotiatingUnit: string;
  overview: string;
  hasException: boolean;
  extraPlaces: number | string;
  documentNumber: string;
  documentDate: string;
}

function initialValues(project: InvestmentProject | null): ProjectFormValues {
  return {
    name: project?.name ?? '',
    amount: project?.amountWan ?? '',
    amountUnit: '万元',
    district: project?.district ?? '',
    negotiatingUnit: project?.negotiatingUnit ?? '',
    overview: project?.overview ?? '',
    hasException: Boolean(project?.quotaException),
    extraPlaces: project?.quotaException?.extraPlaces ?? 1,
    documentNumber: project?.quotaException?.documentNumber ?? '',
    documentDate: project?.quotaException?.documentDate ?? '',
  };
}

/** The project's fields as stored, or the message of the amount when it cannot be read. */
function toFields(values: ProjectFormValues): { fields: ProjectFields; amountProblem: string | null } {
  const amount = parseAmount(values.amount, values.amountUnit);
  return {
    amountProblem: amount.ok ? null : amount.message,
    fields: {
      name: values.name,
      amountWan: amount.ok ? amount.value : values.amount,
      district: values.district,
      negotiatingUnit: values.negotiatingUnit,
      overview: values.overview,
      quotaException: values.hasException
        ? {
            extraPlaces: Number(values.extraPlaces),
            documentNumber: values.documentNumber,
            documentDate: values.documentDate,
          }
        : null,
    },
  };
}

const FORM_FIELD: Record<string, keyof ProjectFormValues> = {
  'project.name': 'name',
  'project.amountWan': 'amount',
  'project.district': 'district',
  'project.negotiatingUnit': 'negotiatingUnit',
  'project.overview': 'overview',
  'project.quotaException.extraPlaces': 'extraPlaces',
  'project.quotaException.documentNumber': 'documentNumber',
  'project.quotaException.documentDate': 'documentDate',
};

interface ProjectFormProps {
  project: InvestmentProject | null;
  onSubmit: (fields: ProjectFields) => Promise<void>;
  onCancel: () => void;
}

/** 招商项目信息: create a project inline, or correct one (e.g. record 一事一议). */
export function ProjectForm({ project, onSubmit, onCancel }: ProjectFormProps) {
  const form = useForm<ProjectFormValues>({
    mode: 'controlled',
    initialValues: initialValues(project),
    validate: (values) => {
      const { fields, amountProblem } = toFields(values);
      const errors: Record<string, string> = {};
      for (const [path, message] of Object.entries(validateProject(fields, new Date()))) {
        const field = FORM_FIELD[path];
        if (field) errors[field] = message;
      }
      if (amountProblem) errors.amount = amountProblem;
      return errors;
    },
  });

  const submit = form.onSubmit(async (values) => onSubmit(toFields(values).fields));

  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={5}>{project ? '编辑招商项目' : '新建招商项目'}</Title>
          <Grid>
            <Grid.Col span={8}>
              <TextInput label="项目名称" withAsterisk {...form.getInputProps('name')} />
            </Grid.Col>
            <Grid.Col span={4}>
              <Select label="落地区市" withAsterisk data={landingDistrictOptions} {...form.getInputProps('district')} />
            </Grid.Col>
            <Grid.Col span={5}>
              <TextInput
                label="项目金额"
                withAsterisk
                inputMode="decimal"
                rightSectionWidth={120}
                rightSection={
                  <SegmentedControl
                    size="xs"
                    aria-label="金额单位"
                    data={['万元', '亿元']}
                    {...form.getInputProps('amountUnit')}
                  />
                }
                {...form.getInputProps('amount')}
              />
            </Grid.Col>
            <Grid.Col span={7}>
              <TextInput label="洽谈部门（单位）" withAsterisk {...form.getInputProps('negotiatingUnit')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="招商项目整体概况及落地预期"
                withAsterisk
                autosize
                minRows={3}
                maxRows={10}
                {...form.getInputProps('overview')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Checkbox
                label="重大项目“一事一议”增加发放名额"
                {...form.getInputProps('hasException', { type: 'checkbox' })}
              />
            </Grid.Col>
            {form.getValues().hasException && (
              <>
                <Grid.Col span={3}>
                  <NumberInput
                    label="增加名额"
                    min={1}
                    max={20}
                    allowDecimal={false}
                    {...form.getInputProps('extraPlaces')}
                  />
                </Grid.Col>
                <Grid.Col span={5}>
                  <TextInput
                    label="批准文号"
                    placeholder="如 威人才办〔2026〕3号"
                    {...form.getInputProps('documentNumber')}
                  />
                </Grid.Col>
                <Grid.Col span={4}>
                  <TextInput label="批准日期" placeholder="如 2026-03-15" {...form.getInputProps('documentDate')} />
                </Grid.Col>
              </>
            )}
          </Grid>
          <Group>
            <Button type="submit">{project ? '保存项目' : '创建并选用此项目'}</Button>
            <Button variant="default" onClick={onCancel}>
              取消
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
