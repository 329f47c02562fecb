import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ActivityInput } from '../../../src-shared/stations/rules';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  type ActivityKind,
  type Station,
  type StationActivity,
} from '../../../src-shared/stations/station';
import { StoredEvidenceField } from '../../attachments/StoredEvidenceField';
import { DateField, normaliseDate } from '../../cards/DateField';
import { notifyCard } from '../../cards/notify-card';
import type { Actor } from '../../store/device';
import { db } from '../../store/instance';
import { saveActivity } from '../../store/stations';
import { StationDialog } from './StationDialog';
import { unplacedMessages } from './store-files';

const KIND_OPTIONS = ACTIVITY_KINDS.map((kind) => ({ value: kind, label: ACTIVITY_KIND_LABELS[kind] }));
const FIELD_KEYS = ['date', 'kind', 'title', 'participants', 'expertsServed', 'outcomes', 'photos'];

interface ActivityDialogProps {
  station: Station;
  /** The activity being edited; a new one when absent. */
  activity?: StationActivity;
  actor: Actor;
  onClose: () => void;
}

function inputOf(station: Station, activity: StationActivity | undefined): ActivityInput {
  if (!activity) {
    return {
      stationId: station.id,
      kind: 'lecture',
      title: '',
      date: '',
      participants: '',
      expertsServed: '',
      outcomes: '',
      photos: [],
    };
  }
  return {
    stationId: activity.stationId,
    kind: activity.kind,
    title: activity.title,
    date: activity.date,
    participants: String(activity.participants),
    expertsServed: String(activity.expertsServed),
    outcomes: activity.outcomes,
    photos: [...activity.photos],
  };
}

/**
 * 记录活动 / 修改活动: one entry of the station's activity log (第八条); its
 * photos are stored as attachments when picked (files/StoredEvidenceField).
 */
export function ActivityDialog({ station, activity, actor, onClose }: ActivityDialogProps) {
  const [input, setInput] = useState<ActivityInput>(() => inputOf(station, activity));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<ActivityInput>) => setInput((previous) => ({ ...previous, ...patch }));
  const title = activity ? '修改活动' : '记录活动';

  const submit = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const entry = { ...input, date: normaliseDate(input.date, '活动日期') };
      const result = await saveActivity(db, actor, entry, activity?.id);
      if (!result.ok) {
        setErrors(result.fields);
        const elsewhere = unplacedMessages(result.fields, FIELD_KEYS);
        const noField = Object.keys(result.fields).length === 0;
        setProblem(noField ? result.message : elsewhere.length > 0 ? elsewhere.join('；') : null);
        return;
      }
      notifyCard(station.id, title, `${station.name}：${result.value.date} ${result.value.title}`);
      onClose();
    } catch {
      setProblem('保存时出错（可能是存储空间不足），未作记录，请重试');
    } finally {
      setSaving(false);
    }
  };

  return (
    <StationDialog
      title={title}
      station={station}
      onClose={onClose}
      onSubmit={() => void submit()}
      saving={saving}
      problem={problem}
    >
      <SimpleGrid cols={2}>
        <DateField
          label="活动日期"
          value={input.date}
          error={errors.date}
          autoFocus
          onChange={(date) => set({ date })}
        />
        <Select
          label="活动类型"
          withAsterisk
          data={KIND_OPTIONS}
          value={input.kind}
          allowDeselect={false}
          error={errors.kind}
          onChange={(kind) => kind && set({ kind: kind as ActivityKind })}
        />
      </SimpleGrid>
      <TextInput
        label="活动名称"
        withAsterisk
        value={input.title}
        error={errors.title}
        onChange={(event) => set({ title: event.currentTarget.value })}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label="参加人数"
          withAsterisk
          inputMode="numeric"
          value={input.participants}
          error={errors.participants}
          onChange={(event) => set({ participants: event.currentTarget.value })}
        />
        <TextInput
          label="服务高层次人才人次"
          withAsterisk
          inputMode="numeric"
          description="第十六条（四）：评估时统计"
          value={input.expertsServed}
          error={errors.expertsServed}
          onChange={(event) => set({ expertsServed: event.currentTarget.value })}
        />
      </SimpleGrid>
      <Textarea
        label="活动成效"
        autosize
        minRows={3}
        maxRows={10}
        description="如对接项目、达成合作、解决的技术难题"
        value={input.outcomes}
        error={errors.outcomes}
        onChange={(event) => set({ outcomes: event.currentTarget.value })}
      />
      <StoredEvidenceField
        name="活动照片"
        owner={station.name}
        value={input.photos}
        onChange={(update) => setInput((previous) => ({ ...previous, photos: update(previous.photos) }))}
        description="选填：活动现场照片、签到表、通知等（图片或 PDF），选择后即存入本机"
        error={errors.photos}
      />
    </StationDialog>
  );
}
