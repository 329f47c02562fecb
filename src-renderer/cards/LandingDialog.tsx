import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Role } from '../../src-shared/api/roles';
import type { CardCategory } from '../../src-shared/cards/workflow';
import type { Application } from '../../src-shared/registration/application';
import type { ScanFile } from '../filing/scan-file';
import { putAttachment } from '../store/attachments';
import { validityOf } from '../store/cards';
import type { Actor } from '../store/device';
import { db } from '../store/instance';
import { localDate, recordLanding } from '../store/review';
import { CardDialog } from './CardDialog';
import { DateField, normaliseDate } from './DateField';
import { EvidencePicker } from './EvidencePicker';
import { notifyCard } from './notify-card';
import { LANDING_WORDS } from './step-labels';

interface LandingDialogProps {
  application: Application;
  category: CardCategory;
  actor: Actor;
  role: Role;
  onClose: () => void;
}

/** 记录落地 (记录正式引进): the date and the evidence, which extend the card to five years. */
export function LandingDialog({ application, category, actor, role, onClose }: LandingDialogProps) {
  const words = LANDING_WORDS[category];
  const [date, setDate] = useState('');
  const [files, setFiles] = useState<ScanFile[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const evidence: string[] = [];
      for (const file of files) {
        evidence.push(await putAttachment(db, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type })));
      }
      const landing = { date: normaliseDate(date, words.dateLabel), evidence, note };
      const result = await recordLanding(db, actor, role, application.id, landing);
      if (!result.ok) {
        setErrors(result.fields ?? {});
        if (!result.fields) setProblem(result.message);
        return;
      }
      const until = validityOf(result.value, localDate(new Date()))?.extendedUntil;
      const message = `${application.applicant.name}（${application.number}）的绿色通道服务有效期延长至 ${until}`;
      notifyCard(application.id, words.action, message);
      onClose();
    } catch {
      setProblem('保存时出错（可能是存储空间不足），未作记录，请重试');
    } finally {
      setSaving(false);
    }
  };

  return (
    <CardDialog
      title={words.action}
      application={application}
      onClose={onClose}
      onSubmit={() => void submit()}
      saving={saving}
      problem={problem}
    >
      <Text size="sm">
        {words.event}后，绿色通道服务有效期由 1 年延长至 5 年。请填写{words.dateLabel}并附上证明材料。
      </Text>
      <DateField label={words.dateLabel} value={date} onChange={setDate} error={errors.date} autoFocus />
      <EvidencePicker files={files} onChange={setFiles} hint={words.evidenceHint} error={errors.evidence} />
      <Textarea
        label="备注"
        autosize
        minRows={2}
        value={note}
        error={errors.note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </CardDialog>
  );
}
