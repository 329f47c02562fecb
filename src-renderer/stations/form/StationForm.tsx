import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import type { FieldErrors } from '../../../src-shared/registration/rules/field-errors';
import type { StationFields } from '../../../src-shared/stations/station';
import { CardSection } from '../../cards/CardSection';
import { ConditionFields } from './ConditionFields';
import { ContactFields } from './ContactFields';
import { FunctionFields } from './FunctionFields';
import { HostFields } from './HostFields';
import { LeaveGuard } from './LeaveGuard';
import { stationFormErrors } from './station-form-values';

/** What saving came to: nothing more to say (saved), or the store's problems. */
export type SaveOutcome = { ok: true } | { ok: false; message: string; fields: FieldErrors };

interface StationFormProps {
  initialValues: StationFields;
  /** The station being edited, or null for a new one. */
  stationId: string | null;
  submitLabel: string;
  /** Saves (and moves on); the form stays, showing the problems, when the store refuses. */
  onSubmit: (values: StationFields, initial: StationFields) => Promise<SaveOutcome>;
  onCancel: () => void;
}

/** Moves the focus to the first field marked wrong, so that the keyboard is where the problem is. */
function focusFirstProblem(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  });
}

/**
 * 基本信息 of a talent station, new or corrected: the station and its host
 * unit, contacts, 第八条 functions and 第六条 conditions with evidence. Every
 * problem parseStation finds is shown beside its field; leaving with unsaved
 * changes asks first.
 */
export function StationForm({ initialValues, stationId, submitLabel, onSubmit, onCancel }: StationFormProps) {
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [initial] = useState(initialValues);
  const saved = useRef(false);
  const element = useRef<HTMLFormElement>(null);
  const form = useForm<StationFields>({
    mode: 'controlled',
    initialValues,
    validateInputOnBlur: true,
    validate: stationFormErrors,
  });
  const owner = form.getValues().name.trim() || '人才驿站';

  const submit = form.onSubmit(
    async (values) => {
      setSaving(true);
      setProblem(null);
      saved.current = true;
      try {
        const outcome = await onSubmit(values, initial);
        if (!outcome.ok) {
          saved.current = false;
          form.setErrors(outcome.fields);
          setProblem(
            Object.keys(outcome.fields).length > 0
              ? `${outcome.message}（共 ${Object.keys(outcome.fields).length} 处）`
              : outcome.message,
          );
          focusFirstProblem(element.current);
        }
      } catch {
        saved.current = false;
        setProblem('保存时出错（可能是存储空间不足），未作修改，请重试');
      } finally {
        setSaving(false);
      }
    },
    (errors) => {
      const count = Object.values(errors).filter(Boolean).length;
      setProblem(`请更正标出的 ${count} 处内容后再保存`);
      focusFirstProblem(element.current);
    },
  );

  return (
    <form ref={element} onSubmit={submit} noValidate aria-label="驿站基本信息">
      <LeaveGuard shouldBlock={() => !saved.current && form.isDirty()} />
      <Stack gap="md">
        <CardSection title="驿站与依托单位">
          <HostFields form={form} stationId={stationId} />
        </CardSection>
        <CardSection title="联系人">
          <ContactFields form={form} />
        </CardSection>
        <CardSection title="职责功能">
          <FunctionFields form={form} />
        </CardSection>
        <CardSection
          title="第六条 建站条件"
          aside={
            <Text size="xs" c="dimmed">
              草稿可先保存；记录申报前，四项条件都需有说明和证明材料
            </Text>
          }
        >
          <ConditionFields form={form} owner={owner} />
        </CardSection>
        <Paper withBorder radius="md" p="sm" shadow="sm" style={{ position: 'sticky', bottom: 0, zIndex: 2 }}>
          <Stack gap="xs">
            {problem && (
              <Alert color="red" role="alert" p="xs">
                {problem}
              </Alert>
            )}
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {form.isDirty() ? '有尚未保存的修改' : ''}
              </Text>
              <Group gap="sm">
                <Button variant="default" onClick={onCancel}>
                  取消
                </Button>
                <Button type="submit" loading={saving}>
                  {submitLabel}
                </Button>
              </Group>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}
