import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { BackupError } from '../../src-shared/backup/errors';
import { db } from '../store/instance';
import { BackupProgressBar } from './BackupProgressBar';
import { pickBackupFile } from './backup-files';
import type { BackupProgress } from './progress';
import { RestorePlanView } from './RestorePlanView';
import { type OpenedBackup, readBackup } from './read-backup';
import { type RestoreReport, restoreBackup } from './restore-backup';
import { planRestore, type RestorePlan } from './restore-plan';
import { planText } from './summary';

type Stage =
  | { stage: 'pick' }
  | { stage: 'reading'; progress: BackupProgress }
  | { stage: 'plan'; contents: OpenedBackup; plan: RestorePlan }
  | { stage: 'writing'; progress: BackupProgress }
  | { stage: 'done'; report: RestoreReport };

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * 从备份恢复: choose the file, give its passphrase, see what the restore
 * would do to this profile, and only then confirm. Nothing is written
 * before the confirmation.
 */
export function RestoreBackupDialog({ onClose }: { onClose: () => void }) {
  const [stage, setStage] = useState<Stage>({ stage: 'pick' });
  const [file, setFile] = useState<{ name: string; data: Uint8Array } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = stage.stage === 'reading' || stage.stage === 'writing';

  const choose = async () => {
    setProblem(null);
    const picked = await pickBackupFile();
    if (!picked) return;
    if ('problem' in picked) setProblem(picked.problem);
    else setFile(picked);
  };

  const read = async () => {
    if (!file) return;
    setProblem(null);
    setPassphraseError(null);
    if (passphrase === '') {
      setPassphraseError('请输入备份密码');
      return;
    }
    setStage({ stage: 'reading', progress: { phase: 'decrypting', done: 0, total: 0 } });
    try {
      const contents = await readBackup(file.data, passphrase, (progress) => setStage({ stage: 'reading', progress }));
      setStage({ stage: 'reading', progress: { phase: 'planning', done: 0, total: 0 } });
      setStage({ stage: 'plan', contents, plan: await planRestore(db, contents) });
    } catch (error) {
      setStage({ stage: 'pick' });
      if (error instanceof BackupError && error.code === 'wrong-passphrase') setPassphraseError(error.message);
      else if (error instanceof BackupError) setProblem(error.message);
      else setProblem('读取备份时出错，请重试');
    }
  };

  const restore = async () => {
    if (stage.stage !== 'plan') return;
    const { contents, plan } = stage;
    setProblem(null);
    setStage({ stage: 'writing', progress: { phase: 'writing-records', done: 0, total: 0 } });
    try {
      const report = await restoreBackup(db, contents, {
        onProgress: (progress) => setStage({ stage: 'writing', progress }),
      });
      setStage({ stage: 'done', report });
    } catch {
      setStage({ stage: 'plan', contents, plan });
      setProblem('恢复失败（可能是存储空间不足），本机记录未改变，请重试');
    }
  };

  return (
    <Modal opened onClose={busy ? () => {} : onClose} title="从备份恢复" size="xl" centered closeOnClickOutside={false}>
      <Stack gap="md">
        {stage.stage === 'pick' && (
          <>
            <Text size="sm" c="dimmed">
              选择导出的备份文件（.whbak）并输入导出时设置的备份密码。恢复前会先列出将要进行的更改，确认后才写入本机。
            </Text>
            <Group>
              <Button variant="default" onClick={() => void choose()}>
                选择备份文件
              </Button>
              <Text size="sm" data-testid="backup-file-name">
                {file ? `${file.name}（${megabytes(file.data.length)}）` : '尚未选择文件'}
              </Text>
            </Group>
            <PasswordInput
              label="备份密码"
              value={passphrase}
              onChange={(event) => setPassphrase(event.currentTarget.value)}
              error={passphraseError}
              autoComplete="off"
            />
          </>
        )}
        {(stage.stage === 'reading' || stage.stage === 'writing') && <BackupProgressBar progress={stage.progress} />}
        {stage.stage === 'plan' && <RestorePlanView plan={stage.plan} />}
        {stage.stage === 'done' && (
          <Alert color="teal" title="恢复完成">
            {planText(stage.report.plan)}
          </Alert>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          {stage.stage === 'done' ? (
            <Button onClick={onClose}>关闭</Button>
          ) : (
            <Button variant="default" onClick={onClose} disabled={busy}>
              取消
            </Button>
          )}
          {(stage.stage === 'pick' || stage.stage === 'reading') && (
            <Button onClick={() => void read()} disabled={!file} loading={stage.stage === 'reading'}>
              读取备份
            </Button>
          )}
          {(stage.stage === 'plan' || stage.stage === 'writing') && (
            <Button color="orange" onClick={() => void restore()} loading={stage.stage === 'writing'}>
              确认恢复
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
