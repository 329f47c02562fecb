import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { ROLE_LABELS } from '../../src-shared/api/roles';
import type { ServerConnection } from '../../src-shared/bridge/contract';
import { districtByCode } from '../../src-shared/codes';
import { desktop } from '../bridge/desktop';
import { useActor } from '../store/use-actor';

function districtLabel(code: string): string {
  return districtByCode(code)?.label ?? code;
}

/** The enrolment as the server knows it, and 解除登记 (after a confirmation). */
export function EnrolledDevice({ connection, onForgotten }: { connection: ServerConnection; onForgotten: () => void }) {
  const actor = useActor();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { device } = connection;
  const mismatch = actor && actor.districtCode !== device.district;

  const forget = async () => {
    setBusy(true);
    const result = await desktop.serverForget();
    setBusy(false);
    setConfirming(false);
    if (result.ok) onForgotten();
    else setProblem(result.error.message);
  };

  return (
    <Stack gap="sm">
      <Table variant="vertical" layout="fixed" withRowBorders aria-label="同步服务器登记">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={160}>服务器地址</Table.Th>
            <Table.Td data-testid="server-url">{connection.serverUrl}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>本机名称</Table.Th>
            <Table.Td data-testid="server-device-name">{device.name}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>角色</Table.Th>
            <Table.Td data-testid="server-role">{ROLE_LABELS[device.role]}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>区市</Table.Th>
            <Table.Td data-testid="server-district">{districtLabel(device.district)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>登记时间</Table.Th>
            <Table.Td>{new Date(device.createdAt).toLocaleString('zh-CN', { hour12: false })}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {mismatch && (
        <Alert color="orange" title="区市不一致" data-testid="district-mismatch">
          本设备在服务器上登记为“{districtLabel(device.district)}”，而本机所属区市设置为“
          {districtLabel(actor.districtCode)}
          ”。同步只能读写服务器登记的区市的记录：请改正本机所属区市，或解除登记后用对应区市的登记码重新登记。
        </Alert>
      )}
      {problem && (
        <Alert color="red" role="alert" title="未能解除登记">
          {problem}
        </Alert>
      )}
      <div>
        <Button variant="default" color="red" onClick={() => setConfirming(true)}>
          解除登记
        </Button>
      </div>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="解除登记？" centered>
        <Stack gap="md">
          <Text size="sm">
            解除后，本机不再与同步服务器同步，设备令牌从本机删除；本机已有的记录不受影响。重新登记需要管理员发放新的登记码。
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              取消
            </Button>
            <Button color="red" loading={busy} onClick={forget}>
              确认解除登记
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
