import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { Application } from '../../src-shared/registration/application';
import { ConfirmFullExport } from '../app/ConfirmFullExport';
import { desktop } from '../bridge/desktop';
import { applicationLabel } from '../store/applications';
import { recordAudit } from '../store/audit';
import type { Actor } from '../store/device';
import { exportApplication } from '../store/export';
import { db } from '../store/instance';
import { PrintDialog } from './PrintDialog';

interface OutputActionsProps {
  application: Pick<Application, 'id' | 'number' | 'applicant'>;
  actor: Actor;
  /** Saves what is being typed before the form is printed or exported. */
  /** Stores what the form still holds; false when that failed, and nothing is output then. */
  beforeOutput: () => Promise<boolean>;
  /** Why the form may not be printed now (e.g. a field needs correcting), or null. */
  printBlocked?: string | null;
}

/** 打印申领登记表 and 导出 for one registered application. */
export function OutputActions({ application, actor, beforeOutput, printBlocked = null }: OutputActionsProps) {
  const [printing, setPrinting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const openPrint = async () => {
    if (await beforeOutput()) setPrinting(true);
    else notifications.show({ color: 'red', title: '未能打印', message: '最近的修改尚未保存，请先处理保存失败的问题' });
  };

  const exportJson = async () => {
    setExporting(true);
    try {
      if (!(await beforeOutput())) {
        notifications.show({ color: 'red', title: '未能导出', message: '最近的修改尚未保存，请先处理保存失败的问题' });
        return;
      }
      const exported = await exportApplication(db, application.id);
      if (!exported) {
        notifications.show({ color: 'red', title: '导出失败', message: '该申领记录不存在或已删除' });
        return;
      }
      const data = new TextEncoder().encode(`${JSON.stringify(exported, null, 2)}\n`);
      const suggestedName = `${application.number}.json`;
      const result = await desktop.saveFile({
        suggestedName,
        data,
        filters: [{ name: 'JSON 文件', extensions: ['json'] }],
      });
      if (!result.ok) notifications.show({ color: 'red', title: '导出失败', message: result.error.message });
      else if (result.value.saved) {
        notifications.show({ color: 'teal', title: '已导出', message: result.value.location });
        await recordAudit(db, actor, {
          action: 'export',
          subject: { table: 'applications', id: application.id, label: applicationLabel(application) },
          detail: `导出申领登记表数据（JSON）：${suggestedName}`,
        }).catch(() =>
          notifications.show({ color: 'red', title: '审计日志未能记录', message: '文件已导出，但未能写入审计日志' }),
        );
      }
    } catch {
      notifications.show({ color: 'red', title: '导出失败', message: '读取申领记录时出错，请重试' });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Group gap="sm">
      <Button leftSection={<IconPrinter size={16} />} disabled={printBlocked !== null} onClick={() => void openPrint()}>
        打印申领登记表
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileExport size={16} />}
        loading={exporting}
        onClick={() => setConfirming(true)}
      >
        导出
      </Button>
      <ConfirmFullExport
        opened={confirming}
        what={`申领编号 ${application.number} 的完整数据（JSON，含照片）`}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void exportJson();
        }}
      />
      {printBlocked && (
        <Text size="sm" c="red">
          {printBlocked}
        </Text>
      )}
      {printing && <PrintDialog applicationIds={[application.id]} actor={actor} onClose={() => setPrinting(false)} />}
    </Group>
  );
}
