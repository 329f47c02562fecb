import { ActionIcon, Button, Checkbox, Group, Paper, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconArrowsSort, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ResumeEntry } from '../../../src-shared/registration/application';
import { parseMonth } from '../../../src-shared/registration/rules/dates';
import { type ApplicationForm, normaliseOnBlur } from './form-types';

const EMPTY_ENTRY: ResumeEntry = { from: '', to: null, organisation: '', position: '' };

/** 工作简历: periods in time order, each with its 单位 and 职务, then a free remark. */
export function ResumeStep({ form, overlapError }: { form: ApplicationForm; overlapError: boolean }) {
  const { entries } = form.getValues().resume;

  const sortByStart = () => {
    const sorted = [...form.getValues().resume.entries].sort((a, b) => a.from.localeCompare(b.from));
    form.setFieldValue('resume.entries', sorted);
  };

  return (
    <Stack gap="md">
      {entries.length === 0 && (
        <Text c="dimmed" size="sm">
          尚未添加工作经历。请从最早的经历开始，按时间顺序逐段添加。
        </Text>
      )}
      {entries.map((entry, index) => {
        const n = index + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity of their own; position is the key
          <Paper key={index} withBorder p="sm" radius="sm">
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <Text fw={600} w={48} pt={30} size="sm">
                第{n}段
              </Text>
              <TextInput
                label="起始年月"
                aria-label={`第${n}段经历 起始年月`}
                placeholder="如 2015-07"
                w={130}
                {...normaliseOnBlur(form, `resume.entries.${index}.from`, (raw) => parseMonth(raw, '起始年月'))}
              />
              <TextInput
                label="截止年月"
                aria-label={`第${n}段经历 截止年月`}
                placeholder="至今请留空"
                w={130}
                {...normaliseOnBlur(form, `resume.entries.${index}.to`, (raw) => parseMonth(raw, '截止年月'))}
                value={entry.to ?? ''}
                onChange={(event) =>
                  form.setFieldValue(
                    `resume.entries.${index}.to`,
                    event.currentTarget.value.trim() === '' ? null : event.currentTarget.value,
                  )
                }
              />
              <TextInput
                label="单位"
                aria-label={`第${n}段经历 单位`}
                style={{ flex: 2 }}
                {...form.getInputProps(`resume.entries.${index}.organisation`)}
              />
              <TextInput
                label="职务"
                aria-label={`第${n}段经历 职务`}
                style={{ flex: 1 }}
                {...form.getInputProps(`resume.entries.${index}.position`)}
              />
              <Tooltip label={`删除第${n}段`}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  aria-label={`删除第${n}段经历`}
                  onClick={() => form.removeListItem('resume.entries', index)}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('resume.entries', { ...EMPTY_ENTRY })}
        >
          添加一段经历
        </Button>
        {entries.length > 1 && (
          <Button variant="default" leftSection={<IconArrowsSort size={16} />} onClick={sortByStart}>
            按起始年月排序
          </Button>
        )}
      </Group>
      {(overlapError || form.getValues().resume.overlapsConfirmed) && (
        <Checkbox
          label="确认以上时间重叠无误（如同时兼任多个职务）"
          {...form.getInputProps('resume.overlapsConfirmed', { type: 'checkbox' })}
        />
      )}
      <Textarea label="简历备注" autosize minRows={2} maxRows={6} {...form.getInputProps('resume.remark')} />
    </Stack>
  );
}
