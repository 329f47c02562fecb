import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { districtByCode } from '../../src-shared/codes/districts';
import type { Enterprise } from '../../src-shared/enterprises/enterprise';
import { validateEnterprise } from '../../src-shared/enterprises/rules';
import { enterpriseQuota, enterpriseWithUscc } from '../store/enterprises';
import { db } from '../store/instance';

/**
 * The chosen enterprise with its places in view (每家企业可为 3 人申领), and a
 * flag when another enterprise on this device has the same USCC (two devices
 * registered it offline).
 */
export function EnterpriseCard({ enterprise, onEdit }: { enterprise: Enterprise; onEdit: () => void }) {
  const quota = useLiveQuery(() => enterpriseQuota(db, enterprise), [enterprise.id, enterprise.updatedAt]);
  const twin = useLiveQuery(() => enterpriseWithUscc(db, enterprise.uscc, enterprise.id), [enterprise.uscc]);
  // Checked on entry here, but a record from another device or an older version may still need correcting.
  const problems = Object.values(validateEnterprise(enterprise));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600}>{enterprise.name}</Text>
          {quota && (
            <Badge color={quota.left > 0 ? 'teal' : 'orange'} variant="light" data-testid="quota-left" size="lg">
              已申领 {quota.used} 人 · 名额 {quota.limit} 人 · 剩余 {quota.left} 个
            </Badge>
          )}
        </Group>
        <Text size="sm">统一社会信用代码：{enterprise.uscc}</Text>
        <Text size="sm">所在区市：{districtByCode(enterprise.district)?.label ?? enterprise.district}</Text>
        <Text size="sm">
          联系人：{enterprise.contactName}　联系电话：{enterprise.contactPhone}
        </Text>
        {problems.length > 0 && (
          <Alert color="red" title="企业信息需要更正" role="alert">
            {problems.join('；')}。请点“编辑企业信息”更正。
          </Alert>
        )}
        {twin && (
          <Alert color="orange" title="统一社会信用代码重复">
            本机另有企业“{twin.name}
            ”使用同一统一社会信用代码，可能是两台设备分别登记了同一企业。请核实后只在其中一家企业下申领。
          </Alert>
        )}
        <Group>
          <Button variant="default" size="xs" onClick={onEdit}>
            编辑企业信息
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
