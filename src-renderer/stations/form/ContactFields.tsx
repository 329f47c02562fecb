import { ActionIcon, Button, Grid, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { MAX_CONTACTS } from '../../../src-shared/stations/rules';
import type { StationForm } from './form-types';
import { blankContact } from './station-form-values';

/**
 * 联系人: one to five rows of 姓名, 职务 and 电话. Each field is named with
 * its row (联系人 2 电话) for assistive technology; a row added from the
 * keyboard takes the focus.
 */
export function ContactFields({ form }: { form: StationForm }) {
  const { contacts } = form.getValues();
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const listError = form.errors.contacts as string | undefined;

  const add = () => {
    form.insertListItem('contacts', blankContact());
    setFocusRow(contacts.length);
  };

  return (
    <Stack gap="sm">
      {contacts.map((_, index) => {
        const row = index + 1;
        return (
          // Rows have no identity of their own; the inputs are controlled, so the index is a safe key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Grid key={index} align="flex-start" data-testid="station-contact">
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput
                label={index === 0 ? '姓名' : undefined}
                aria-label={`联系人 ${row} 姓名`}
                withAsterisk={index === 0}
                autoFocus={focusRow === index}
                {...form.getInputProps(`contacts.${index}.name`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput
                label={index === 0 ? '职务' : undefined}
                aria-label={`联系人 ${row} 职务`}
                {...form.getInputProps(`contacts.${index}.title`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                label={index === 0 ? '电话' : undefined}
                aria-label={`联系人 ${row} 电话`}
                withAsterisk={index === 0}
                placeholder="手机号或 0631-5190505"
                {...form.getInputProps(`contacts.${index}.phone`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 1 }} pt={index === 0 ? 30 : 6}>
              <Tooltip label="删除此联系人">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  disabled={contacts.length === 1}
                  aria-label={`删除联系人 ${row}`}
                  onClick={() => form.removeListItem('contacts', index)}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Tooltip>
            </Grid.Col>
          </Grid>
        );
      })}
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
      <Group gap="sm">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={contacts.length >= MAX_CONTACTS}
          onClick={add}
        >
          添加联系人
        </Button>
        <Text size="xs" c="dimmed">
          {contacts.length >= MAX_CONTACTS
            ? `最多 ${MAX_CONTACTS} 位联系人`
            : `1–${MAX_CONTACTS} 位，第一位为主要联系人`}
        </Text>
      </Group>
    </Stack>
  );
}
