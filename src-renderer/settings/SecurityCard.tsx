import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconLock, IconUserPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { appKeyring } from '../session/app-keyring';
import {
  autoLockMinutes,
  checkAutoLockMinutes,
  DEFAULT_AUTO_LOCK_MINUTES,
  MAX_AUTO_LOCK_MINUTES,
  MIN_AUTO_LOCK_MINUTES,
  saveAutoLockMinutes,
} from '../session/auto-lock';
import { protectionText } from '../session/protection-text';
import { StaffAccountForm } from '../session/StaffAccountForm';
import { lock, useSession } from '../session/session-store';
import { addStaffMember } from '../session/signed-in';
import { db } from '../store/instance';
import { NumberSettingForm } from './NumberSettingForm';

/** 安全: who is signed in, what protects the data, when the app locks, and who else may sign in. */
export function SecurityCard() {
  const staffName = useSession((state) => state.staffName);
  const protection = useSession((state) => state.protection);
  const staff = useLiveQuery(
    () =>
      appKeyring()
        .state()
        .then((state) => state.staff),
    [],
  );
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Title order={4}>安全</Title>
        <Table variant="vertical" layout="fixed" withRowBorders aria-label="数据保护">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={160}>当前登录</Table.Th>
              <Table.Td data-testid="security-staff">{staffName ?? '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>数据密钥</Table.Th>
              <Table.Td>{protection ? protectionText(protection) : '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>加密保存</Table.Th>
              <Table.Td>证件号码、联系电话、简历、照片与扫描件（以及驿站联系人和待同步的修改）</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>不加密</Table.Th>
              <Table.Td>姓名、单位、项目、状态、日期等用于检索和列表的字段</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>本机工作人员</Table.Th>
              <Table.Td data-testid="security-staff-list">{staff?.join('、') ?? '…'}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <NumberSettingForm
          name="自动锁定"
          label="自动锁定（分钟）"
          description={`无人操作这么多分钟后自动锁定，须输入 PIN 或密码才能继续（${MIN_AUTO_LOCK_MINUTES}–${MAX_AUTO_LOCK_MINUTES}，默认 ${DEFAULT_AUTO_LOCK_MINUTES}）；系统锁屏或合上笔记本时也会锁定`}
          min={MIN_AUTO_LOCK_MINUTES}
          max={MAX_AUTO_LOCK_MINUTES}
          load={() => autoLockMinutes(db)}
          check={checkAutoLockMinutes}
          save={(minutes) => saveAutoLockMinutes(db, minutes)}
          buttonLabel="设定锁定时间"
          savedText="已设定，立即生效"
          savedTestId="auto-lock-saved"
        />
        <Group gap="sm">
          <Button variant="default" leftSection={<IconLock size={16} />} onClick={lock}>
            立即锁定
          </Button>
          {!adding && (
            <Button
              variant="default"
              leftSection={<IconUserPlus size={16} />}
              onClick={() => {
                setAdding(true);
                setAdded(null);
              }}
            >
              添加工作人员
            </Button>
          )}
          {added && (
            <Text size="sm" c="teal" data-testid="staff-added">
              已添加工作人员“{added}”，登录时可以选择
            </Text>
          )}
        </Group>
        {adding && (
          <Stack gap="xs" maw={420}>
            <Text size="sm" c="dimmed">
              新的工作人员用自己的 PIN 或密码登录，打开的是本机同一份数据。
            </Text>
            <StaffAccountForm
              name="添加工作人员"
              submitLabel="添加此工作人员"
              busyText="正在为新工作人员加密数据密钥…"
              create={addStaffMember}
              onCreated={(unlocked) => {
                setAdding(false);
                setAdded(unlocked.staffName);
              }}
            />
            <Button variant="subtle" w="fit-content" onClick={() => setAdding(false)}>
              取消
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
