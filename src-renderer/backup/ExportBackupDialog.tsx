import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem, repeatProblem } from '../../src-shared/backup/passphrase';
import { db } from '../store/instance';
import { BackupProgressBar } from './BackupProgressBar';
import { MAX_BACKUP_BYTES, saveBackupFile } from './backup-files';
import { exportBackup } from './export-backup';
import type { BackupProgress } from './progress';
import { countsText } from './summary';

/**
 * 导出备份: the archive holds every record and file unmasked, so staff
 * confirm that in so many words, and choose a passphrase twice.
 */
export function ExportBackupDialog({ onClose }: { onClose: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [touched, setTouched] = useState(false);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const passphraseError = touched ? passphraseProblem(passphrase) : null;
  const repeatError = touched && !passphraseError ? repeatProblem(passphrase, repeat) : null;
  const busy = progress !== null;

  const start = async () => {
    setTouched(true);
    setProblem(null);
    if (passphraseProblem(passphrase) || repeatProblem(passphrase, repeat) || !confirmed) return;
    setProgress({ phase: 'reading-records', done: 0, total: 0 });
    try {
      const outcome = await exportBackup(db, passphrase, saveBackupFile, {
        onProgress: setProgress,
        maxBytes: MAX_BACKUP_BYTES,
      });
      if (!outcome.saved) {
        setProgress(null);
        return;
      }
      notifications.show({
        color: 'teal',
        title: '备份已导出',
        message: `${outcome.location ?? outcome.name}：${countsText(outcome.header.counts)}`,
      });
      if (!outcome.audited) {
        notifications.show({ color: 'red', title: '审计日志未能记录', message: '备份已导出，但未能写入审计日志' });
      }
      onClose();
    } catch (error) {
      setProgress(null);
      setProblem(error instanceof Error && error.message ? `导出失败：${error.message}` : '导出失败，请重试');
    }
  };

  return (
    <Modal
      opened
      onClose={busy ? () => {} : onClose}
      title="导出备份"
      size="lg"
      centered
      closeOnClickOutside={false}
      withCloseButton={!busy}
    >
      <Stack gap="md">
        <Alert color="orange" title="备份包含全部个人信息（未脱敏）">
          备份文件包含本机的全部申领登记、证件号码、联系电话、照片、扫描件、人才驿站档案和审计日志，均为完整、未脱敏的内容。
          请只保存到单位指定的安全位置，不要通过聊天工具或电子邮件发送。导出将记入审计日志。
        </Alert>
        <PasswordInput
          label="备份密码"
          description={`至少 ${MIN_PASSPHRASE_LENGTH} 个字符；恢复时需要输入此密码`}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={passphraseError}
          disabled={busy}
          autoComplete="new-password"
        />
        <PasswordInput
          label="再次输入备份密码"
          value={repeat}
          onChange={(event) => setRepeat(event.currentTarget.value)}
          error={repeatError}
          disabled={busy}
          autoComplete="new-password"
        />
        <Text size="sm" c="red">
          请牢记备份密码：密码遗失后，任何人（包括技术支持）都无法打开这份备份。
        </Text>
        <Checkbox
          label="我了解备份文件包含全部个人信息（未脱敏），将妥善保管"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.currentTarget.checked)}
          disabled={busy}
        />
        {progress && <BackupProgressBar progress={progress} />}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            取消
          </Button>
          <Button onClick={() => void start()} loading={busy} disabled={!confirmed}>
            导出备份文件
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
