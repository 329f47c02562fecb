import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ExportBackupDialog } from './ExportBackupDialog';
import { RestoreBackupDialog } from './RestoreBackupDialog';

type Open = 'export' | 'restore' | null;

/**
 * 设置 → 备份: the whole profile to one encrypted file, and back. Opened at
 * `#/settings?restore=1` (where a recovery profile lands), the restore
 * dialog shows at once.
 */
export function BackupCard() {
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState<Open>(null);
  const restoreAsked = params.get('restore') === '1';

  // Also when 设置 is already showing as the recovery screens send staff here.
  useEffect(() => {
    if (restoreAsked) setOpen((current) => current ?? 'restore');
  }, [restoreAsked]);

  const close = () => {
    setOpen(null);
    if (params.has('restore')) {
      // Closed once, it stays closed: a reload or Back must not open it again.
      const next = new URLSearchParams(params);
      next.delete('restore');
      setParams(next, { replace: true });
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="备份">
      <Stack gap="sm">
        <Title order={4}>备份</Title>
        <Text size="sm" c="dimmed">
          将本机的全部记录、附件、审计日志和申领编号计数导出为一个加密的备份文件；更换电脑或重新建立本机数据后，可从备份恢复。
        </Text>
        <Group>
          <Button variant="default" onClick={() => setOpen('export')}>
            导出备份
          </Button>
          <Button variant="default" onClick={() => setOpen('restore')}>
            从备份恢复
          </Button>
        </Group>
      </Stack>
      {open === 'export' && <ExportBackupDialog onClose={close} />}
      {open === 'restore' && <RestoreBackupDialog onClose={close} />}
    </Paper>
  );
}
