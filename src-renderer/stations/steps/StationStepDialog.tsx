import { Alert, Text } from '@mantine/core';
import { useState } from 'react';
import type { Role } from '../../../src-shared/api/roles';
import { type EvaluationInput, emptyEvaluationInput } from '../../../src-shared/stations/evaluation';
import { policyById } from '../../../src-shared/stations/policy';
import {
  EVALUATION_OUTCOME_LABELS,
  STATION_STATUS_LABELS,
  type Station,
  type StationActivity,
  type StationEvent,
} from '../../../src-shared/stations/station';
import type { StationStep } from '../../../src-shared/stations/workflow';
import { normaliseDate } from '../../cards/DateField';
import { EvidencePicker } from '../../cards/EvidencePicker';
import { notifyCard } from '../../cards/notify-card';
import { useToday } from '../../cards/use-today';
import type { ScanFile } from '../../filing/scan-file';
import type { Actor } from '../../store/device';
import { db } from '../../store/instance';
import { takeStationStep } from '../../store/stations';
import { EVALUATION_FIELD_KEYS, EvaluationForm } from './EvaluationForm';
import { StationDialog } from './StationDialog';
import { StepFieldInput } from './StepFieldInput';
import { fieldNeeded, initialStepData, openObjectionOptions, publicityEndText } from './step-form';
import { storeFiles, unplacedMessages } from './store-files';

export interface StationStepDialogProps {
  station: Station;
  events: readonly StationEvent[];
  activities: readonly StationActivity[];
  step: StationStep;
  actor: Actor;
  role: Role;
  onClose: () => void;
}

const EVIDENCE_HINTS: Partial<Record<StationStep['id'], string>> = {
  apply: '可附申报材料、区市推荐函的扫描件',
  select: '可附实地考察记录、专家评估表',
  'not-select': '可附实地考察记录、专家评估表',
  publicize: '可附公示通知的截图或扫描件',
  object: '可附异议材料',
  settle: '可附核查记录',
  publish: '可附核准批复、授牌照片',
  plan: '请附上报送的年度工作计划（扫描件或照片）',
  summary: '请附上报送的年度工作总结（扫描件或照片）',
  evaluate: '可附评估报告、专家打分表',
  'review-rectification': '可附整改报告、验收记录',
  revoke: '可附取消称号的文件',
};

/**
 * Any step of a station's life, built from the step's fields
 * (src-shared/stations/workflow.ts), with its evidence files and, for 记录评估,
 * the evaluation form; the store checks it all and records the step with
 * its history event, or says what to correct beside each field.
 */
export function StationStepDialog({ station, events, activities, step, actor, role, onClose }: StationStepDialogProps) {
  const today = useToday();
  const policy = policyById(station.policyVersion);
  const [data, setData] = useState<Record<string, string>>(() => initialStepData(step, events, today));
  const [evaluation, setEvaluation] = useState<EvaluationInput>(emptyEvaluationInput);
  const [files, setFiles] = useState<ScanFile[]>([]);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const open = openObjectionOptions(events);
  const isEvaluation = step.id === 'evaluate';
  const dateLabel = step.fields[0]?.label ?? '日期';

  const entered = () =>
    Object.fromEntries(
      step.fields.map((field) => {
        const value = data[field.key] ?? '';
        return [field.key, field.kind === 'date' ? normaliseDate(value, field.label) : value];
      }),
    );

  const submit = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const evidence = await storeFiles(files);
      const request = {
        stationId: station.id,
        step: step.id,
        data: entered(),
        evidence,
        ...(isEvaluation
          ? { evaluation: { ...evaluation, rectifyDeadline: normaliseDate(evaluation.rectifyDeadline, '整改期限') } }
          : {}),
      };
      const result = await takeStationStep(db, actor, role, request);
      if (!result.ok) {
        setErrors(result.fields);
        const shown = [...step.fields.map((f) => f.key), 'evidence', ...(isEvaluation ? EVALUATION_FIELD_KEYS : [])];
        const elsewhere = unplacedMessages(result.fields, shown);
        const noField = Object.keys(result.fields).length === 0;
        // The evaluation form is long: say near 确认 that there is something to correct further up.
        const count = Object.keys(result.fields).length;
        const summary = isEvaluation && count > 0 ? `${result.message}（共 ${count} 处）` : null;
        setProblem(noField ? result.message : elsewhere.length > 0 ? elsewhere.join('；') : summary);
        return;
      }
      const { station: saved, event } = result.value;
      const outcome = event.evaluation ? `，评估结论：${EVALUATION_OUTCOME_LABELS[event.evaluation.outcome]}` : '';
      const moved =
        event.from === event.to
          ? `已记入办理记录${outcome}`
          : `${STATION_STATUS_LABELS[event.from]} → ${STATION_STATUS_LABELS[saved.status]}${outcome}`;
      notifyCard(station.id, step.label, `${station.name}：${moved}`);
      onClose();
    } catch {
      setProblem('保存时出错（可能是存储空间不足），未作记录，请重试');
    } finally {
      setSaving(false);
    }
  };

  const date = normaliseDate(data.date ?? '', dateLabel);
  const publicityEnd = step.id === 'publicize' ? publicityEndText(date, policy) : null;

  return (
    <StationDialog
      title={step.label}
      station={station}
      onClose={onClose}
      onSubmit={() => void submit()}
      saving={saving}
      problem={problem}
      size={isEvaluation ? 'xl' : 'lg'}
    >
      {step.to !== 'same' && step.to !== station.status && (
        <Text size="sm">
          记录后，驿站状态由“{STATION_STATUS_LABELS[station.status]}”改为“
          {STATION_STATUS_LABELS[step.to]}”。
        </Text>
      )}
      {step.fields.map((field, index) => (
        <div key={field.key}>
          <StepFieldInput
            field={field}
            needed={fieldNeeded(field, station)}
            value={data[field.key] ?? ''}
            onChange={(value) => setData((previous) => ({ ...previous, [field.key]: value }))}
            error={errors[field.key]}
            autoFocus={index === 0}
            objections={open}
          />
          {field.key === 'date' && publicityEnd && (
            <Text size="sm" mt={6} c="blue.8" data-testid="publicity-end">
              {publicityEnd}
            </Text>
          )}
        </div>
      ))}
      {step.id === 'settle' && open.length === 0 && (
        <Alert color="gray" role="status">
          公示期间记录的异议都已处理，没有待处理的异议。
        </Alert>
      )}
      {isEvaluation && (
        <EvaluationForm
          station={station}
          events={events}
          activities={activities}
          policy={policy}
          date={date}
          value={evaluation}
          onChange={setEvaluation}
          errors={errors}
        />
      )}
      <EvidencePicker
        files={files}
        onChange={setFiles}
        error={errors.evidence}
        hint={
          step.evidence === 'required'
            ? `必须附上：${EVIDENCE_HINTS[step.id] ?? '证明材料'}`
            : `可不附（选填）。${EVIDENCE_HINTS[step.id] ?? ''}`
        }
      />
    </StationDialog>
  );
}
