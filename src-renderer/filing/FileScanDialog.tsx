import { Alert, Button, Checkbox, Group, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileUpload } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Application } from '../../src-shared/registration/application';
import { desktop } from '../bridge/desktop';
import { applicationLabel } from '../printing/print-plan';
import { searchApplications } from '../store/applications';
import type { Actor } from '../store/device';
import { db } from '../store/instance';
import { fileSealedScan } from './file-scan';
import { matchMessage, matchScan, PRINTED_VERSION_DIFFERS, type ScanMatch } from './match-scan';
import { readFormQr } from './read-form-qr';
import { ScanThumbnail } from './ScanThumbnail';
import { checkScanFile, formatBytes, MAX_SCAN_BYTES, SCAN_FILTERS, type ScanFile } from './scan-file';

interface FileScanDialogProps {
  /** Filing from an application's page: the copy must be this application's. Null: match it to any. */
  target: Application | null;
  actor: Actor;
  onClose: () => void;
}

type Stage =
  | { stage: 'pick' }
  | { stage: 'reading'; name: string }
  | { stage: 'matched'; file: ScanFile; match: ScanMatch };

/**
 * 归档盖章件: staff pick the scan or photo of the stamped form; its QR code
 * says which application it belongs to. Without a readable code, staff
 * confirm (or choose) the application themselves.
 */
export function FileScanDialog({ target, actor, onClose }: FileScanDialogProps) {
  const [stage, setStage] = useState<Stage>({ stage: 'pick' });
  const [problem, setProblem] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [filing, setFiling] = useState(false);

  const pick = async () => {
    setProblem(null);
    setChecked(false);
    setChosenId(null);
    const result = await desktop.openFile({ filters: SCAN_FILTERS, maxBytes: MAX_SCAN_BYTES });
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    const [opened] = result.value;
    if (!opened) return;
    const checkedFile = checkScanFile(opened);
    if (!checkedFile.ok) {
      setProblem(checkedFile.message);
      return;
    }
    const { file } = checkedFile;
    setStage({ stage: 'reading', name: file.name });
    try {
      const qr = await readFormQr(file.bytes, file.type).catch(() => null);
      setStage({ stage: 'matched', file, match: await matchScan(db, qr, target) });
    } catch {
      setStage({ stage: 'pick' });
      setProblem('读取申领记录时出错，请重试');
    }
  };

  const applicationId = (() => {
    if (stage.stage !== 'matched') return null;
    const { match } = stage;
    if (match.kind === 'confirmed') return !match.printedVersionDiffers || checked ? match.application.id : null;
    if (match.kind === 'no-qr') return target ? (checked ? target.id : null) : chosenId;
    return null;
  })();

  const file = async () => {
    if (stage.stage !== 'matched' || !applicationId) return;
    setFiling(true);
    setProblem(null);
    try {
      const result = await fileSealedScan(db, actor, applicationId, stage.file);
      if (!result.ok) {
        setProblem(result.message);
        return;
      }
      notifications.show({
        color: 'teal',
        title: '已归档盖章件',
        message: `${applicationLabel(result.application)} 已盖章`,
      });
      onClose();
    } catch {
      setProblem('保存盖章件时出错（可能是存储空间不足），申领状态未改变，请重试');
    } finally {
      setFiling(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={target ? `归档盖章件 · 申领编号 ${target.number}` : '归档盖章件'}
      size="xl"
      centered
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          请选择申领单位盖章后的申领登记表扫描件或照片（JPG、PNG 图片或 PDF，不超过 20
          MB）。系统读取表尾的二维码，核对它属于哪一份申领。
        </Text>
        {stage.stage === 'reading' && (
          <Group gap="sm">
            <Loader size="sm" />
            <Text size="sm">正在识别“{stage.name}”上的二维码…</Text>
          </Group>
        )}
        {stage.stage === 'matched' && (
          <Group align="flex-start" wrap="nowrap" gap="md">
            <ScanThumbnail file={stage.file} />
            <Stack gap="sm" style={{ flex: 1 }}>
              <Text size="sm" c="dimmed">
                {stage.file.name}（{formatBytes(stage.file.bytes.byteLength)}）
              </Text>
              <MatchView
                match={stage.match}
                target={target}
                checked={checked}
                onCheck={setChecked}
                chosenId={chosenId}
                onChoose={setChosenId}
              />
            </Stack>
          </Group>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button
            variant={stage.stage === 'matched' ? 'default' : 'filled'}
            leftSection={<IconFileUpload size={16} />}
            disabled={filing || stage.stage === 'reading'}
            onClick={() => void pick()}
          >
            {stage.stage === 'matched' ? '重新选择文件' : '选择盖章件'}
          </Button>
          {stage.stage === 'matched' && (
            <Button color="teal" disabled={!applicationId} loading={filing} onClick={() => void file()}>
              归档
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

interface MatchViewProps {
  match: ScanMatch;
  target: Application | null;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  chosenId: string | null;
  onChoose: (id: string | null) => void;
}

function MatchView({ match, target, checked, onCheck, chosenId, onChoose }: MatchViewProps) {
  const message = matchMessage(match);
  return (
    <Stack gap="sm">
      <Alert color={message.color} title={message.title} role={message.color === 'teal' ? 'status' : 'alert'}>
        {message.text}
      </Alert>
      {match.kind === 'confirmed' && match.printedVersionDiffers && (
        <>
          <Alert color="orange">{PRINTED_VERSION_DIFFERS}</Alert>
          <Checkbox
            label="我已核对，盖章件与当前登记内容一致"
            checked={checked}
            onChange={(event) => onCheck(event.currentTarget.checked)}
          />
        </>
      )}
      {match.kind === 'no-qr' && target && (
        <Checkbox
          label={`我已人工核对，这是${applicationLabel(target)}的盖章件`}
          checked={checked}
          onChange={(event) => onCheck(event.currentTarget.checked)}
        />
      )}
      {match.kind === 'no-qr' && !target && <ChooseAwaitingSeal value={chosenId} onChange={onChoose} />}
    </Stack>
  );
}

/** Without a readable code, staff choose the application among those waiting for the seal. */
function ChooseAwaitingSeal({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const waiting = useLiveQuery(() => searchApplications(db, { status: 'awaiting-seal', limit: 1000 }), []);
  if (waiting === undefined) return <Loader size="sm" />;
  if (waiting.length === 0) return <Text size="sm">本机没有待盖章的申领。</Text>;
  return (
    <Select
      label="该盖章件属于哪一份申领（待盖章）"
      placeholder="输入姓名或申领编号查找"
      searchable
      clearable
      nothingFoundMessage="没有匹配的待盖章申领"
      data={waiting.map((application) => ({ value: application.id, label: applicationLabel(application) }))}
      value={value}
      onChange={onChange}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
