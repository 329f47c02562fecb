import { Alert, Badge, Group, Text, Title } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import { districtByCode } from '../../../src-shared/codes/districts';
import { latestEvaluation, nextEvaluationDue } from '../../../src-shared/stations/evaluation';
import { policyById, policyTitle } from '../../../src-shared/stations/policy';
import {
  STATION_STATUS_LABELS,
  STATION_TYPE_LABELS,
  type Station,
  type StationEvent,
} from '../../../src-shared/stations/station';
import { useToday } from '../../cards/use-today';
import { RecordSyncBadge } from '../../sync-ui/RecordSyncBadge';
import { NextEvaluationCell } from '../list/NextEvaluationCell';
import { STATION_STATUS_COLORS } from '../station-labels';

/** Whether the designation was applied for on a day no version of the measures was in force. */
function policyContinued(events: readonly StationEvent[]): boolean {
  return events.some((event) => event.step === 'apply' && event.details.policyContinued === 'yes');
}

/**
 * 名称, 类型, status, 示范站 (when the latest evaluation made it one), the
 * sync state, the host unit, the policy version it is handled under and the
 * next evaluation.
 */
export function StationHeader({ station, events }: { station: Station; events: readonly StationEvent[] }) {
  const today = useToday();
  const policy = policyById(station.policyVersion);
  const demonstration = latestEvaluation(events)?.evaluation?.outcome === 'demonstration';
  const nextDue = nextEvaluationDue(station, events, policy);
  const district = districtByCode(station.district)?.label ?? station.district;
  return (
    <div>
      <Title order={2}>{station.name}</Title>
      <Group gap="xs" mt={6}>
        <Badge variant="outline" color="blue" data-testid="station-type">
          {STATION_TYPE_LABELS[station.type]}
        </Badge>
        <Badge variant="light" color={STATION_STATUS_COLORS[station.status]} data-testid="station-status">
          {STATION_STATUS_LABELS[station.status]}
        </Badge>
        {demonstration && (
          <Badge
            color="grape"
            variant="filled"
            leftSection={<IconAward size={12} />}
            data-testid="station-demonstration"
          >
            示范站
          </Badge>
        )}
        <RecordSyncBadge table="stations" id={station.id} />
      </Group>
      <Text c="dimmed" size="sm" mt={6}>
        依托单位：{station.hostName} · {district}
      </Text>
      <Text size="sm" mt={2} data-testid="station-policy">
        {station.policyVersion ? `办理依据：${policyTitle(policy)}` : '办理依据：记录申报时按申报日施行的办法确定'}
      </Text>
      {nextDue && (
        <Group gap={6} mt={2}>
          <Text size="sm">下次评估：</Text>
          <NextEvaluationCell nextDue={nextDue} today={today} />
        </Group>
      )}
      {policyContinued(events) && (
        <Alert color="yellow" p="xs" mt="xs" data-testid="policy-continued">
          申报日不在任何一版办法的有效期内（{policyTitle(policy)}有效期至 {policy.effectiveUntil}
          ），按该办法继续办理。如已出台新办法，请联系系统维护人员增加新版本。
        </Alert>
      )}
    </div>
  );
}
