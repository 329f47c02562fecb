import { Alert, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Role } from '../../src-shared/api/roles';
import { STATUS_LABELS, type Step, type StepData, type StepField } from '../../src-shared/cards/workflow';
import type { Application } from '../../src-shared/registration/application';
import type { Actor } from '../store/device';
import { db } from '../store/instance';
import { takeStep } from '../store/review';
import { CardDialog } from './CardDialog';
import { DateField, normaliseDate } from './DateField';
import { notifyCard } from './notify-card';
import { stepFieldLabel } from './step-labels';

const DATE_FIELDS: readonly StepField[] = ['date', 'issueDate'];
const LONG_FIELDS: readonly StepField[] = ['opinion', 'items', 'reason'];

interface StepDialogProps {
  application: Application;
  step: Step;
  actor: Actor;
  role: Role;
  onClose: () => void;
}

/** One review step: exactly the fields it records, checked by the store, then taken with its history event. */
export function StepDialog({ application, step, actor, role, onClose }: StepDialogProps) {
  const [data, setData] = useState<StepData>({});
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    setProblem(null);
    const entered = Object.fromEntries(
      step.needs.map((field) => {
        const value = data[field] ?? '';
        return [field, DATE_FIELDS.includes(field) ? normaliseDate(value, stepFieldLabel(step, field)) : value];
      }),
    );
    try {
      const result = await takeStep(db, actor, role, application.id, step.id, entered);
      if (!result.ok) {
        setErrors(result.fields ?? {});
        if (!result.fields) setProblem(result.message);
        return;
      }
      const moved = `${STATUS_LABELS[application.status]} → ${STATUS_LABELS[step.to]}`;
      notifyCard(application.id, step.label, `${application.applicant.name}（${application.number}）：${moved}`);
      onClose();
    } catch {
      setProblem('保存时出错（可能是存储空间不足），状态未改变，请重试');
    } finally {
      setSaving(false);
    }
  };

  const field = (name: StepField, index: number) => {
    const props = {
      label: stepFieldLabel(step, name),
      value: data[name] ?? '',
      error: errors[name],
      autoFocus: index === 0,
    };
    const set = (value: string) => setData((previous) => ({ ...previous, [name]: value }));
    if (DATE_FIELDS.includes(name)) return <DateField key={name} {...props} onChange={set} />;
    if (LONG_FIELDS.includes(name)) {
      return (
        <Textarea
          key={name}
          {...props}
          withAsterisk
          autosize
          minRows={3}
          onChange={(e) => set(e.currentTarget.value)}
        />
      );
    }
    return <TextInput key={name} {...props} withAsterisk onChange={(e) => set(e.currentTarget.value)} />;
  };

  return (
    <CardDialog
      title={step.label}
      application={application}
      onClose={onClose}
      onSubmit={() => void submit()}
      saving={saving}
      problem={problem}
      focusConfirm={step.needs.length === 0}
    >
      {step.needs.length === 0 && (
        <Alert color="blue">
          确认后，状态由“{STATUS_LABELS[application.status]}”改为“{STATUS_LABELS[step.to]}”，并记入办理记录。
        </Alert>
      )}
      {step.needs.map(field)}
    </CardDialog>
  );
}
