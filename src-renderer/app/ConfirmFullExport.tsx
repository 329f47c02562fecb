import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface ConfirmFullExportProps {
  opened: boolean;
  /** What is exported, e.g. "申领编号 2026HC-7F3K9Q-0001 的完整数据（JSON）". */
  what: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asked before any export of full, unmasked personal data (DESIGN.md §4):
 * lists and reports show 证件号码 and phones masked; a file that does not
 * leaves this device only after a person has said so, and the export is
 * recorded in the audit log.
 */
export function ConfirmFullExport({ opened, what, onConfirm, onCancel }: ConfirmFullExportProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title="导出完整数据" centered>
      <Stack gap="md">
        <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
          将导出{what}。文件含完整的证件号码、联系电话和照片，未作遮蔽，离开本机后不再受加密保护。
        </Alert>
        <Text size="sm">请只保存到单位指定的位置，用后及时删除。此次导出将记入审计日志（导出人、时间、内容）。</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            取消
          </Button>
          <Button color="orange" onClick={onConfirm} data-autofocus>
            确认导出
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
