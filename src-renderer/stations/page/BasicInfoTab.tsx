import { Alert, Badge, Button, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { districtByCode } from '../../../src-shared/codes/districts';
import { applicationGaps } from '../../../src-shared/stations/blockers';
import {
  DESIGNATION_ROUTE_LABELS,
  STATION_FUNCTION_LABELS,
  STATION_STATUS_LABELS,
  STATION_TYPE_LABELS,
} from '../../../src-shared/stations/station';
import { CardSection } from '../../cards/CardSection';
import { FactTable } from '../../cards/FactTable';
import { basicInfoLocked, STATION_TYPE_DESCRIPTIONS } from '../station-labels';
import type { StationTabProps } from '../tab-props';
import { ConditionFacts } from './ConditionFacts';
import { ContactFacts } from './ContactFacts';

function EditButton({ stationId, locked }: { stationId: string; locked: string | null }) {
  if (locked) {
    return (
      <Tooltip label={locked}>
        <Button variant="default" size="xs" leftSection={<IconPencil size={14} />} disabled>
          编辑基本信息
        </Button>
      </Tooltip>
    );
  }
  return (
    <Button
      component={Link}
      to={`/stations/${stationId}/edit`}
      variant="default"
      size="xs"
      leftSection={<IconPencil size={14} />}
    >
      编辑基本信息
    </Button>
  );
}

/** 基本信息: every field of the station's file, with what is still missing before 申报 while it is a 草稿. */
export function BasicInfoTab({ station }: StationTabProps) {
  const locked = basicInfoLocked(station.status)
    ? `驿站为“${STATION_STATUS_LABELS[station.status]}”，档案已办结，基本信息不能再修改`
    : null;
  const gaps = station.status === 'draft' ? applicationGaps(station) : [];
  return (
    <Stack gap="md">
      {gaps.length > 0 && (
        <Alert color="yellow" title="记录申报前还需补齐">
          <List size="sm">
            {gaps.map((gap) => (
              <List.Item key={gap}>{gap}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <CardSection title="驿站与依托单位" aside={<EditButton stationId={station.id} locked={locked} />}>
        <FactTable
          label="驿站与依托单位"
          facts={[
            { label: '驿站名称', value: station.name },
            {
              label: '驿站类型',
              value: (
                <>
                  {STATION_TYPE_LABELS[station.type]}
                  <Text span size="xs" c="dimmed" ml="xs">
                    {STATION_TYPE_DESCRIPTIONS[station.type]}
                  </Text>
                </>
              ),
            },
            { label: '依托单位名称', value: station.hostName },
            {
              label: '统一社会信用代码',
              value: (
                <Text ff="monospace" size="sm">
                  {station.hostUscc}
                </Text>
              ),
            },
            { label: '所在区市', value: districtByCode(station.district)?.label ?? station.district },
            { label: '依托单位地址', value: station.hostAddress },
            { label: '申报途径', value: DESIGNATION_ROUTE_LABELS[station.route] },
          ]}
        />
      </CardSection>
      <CardSection title="联系人">
        <ContactFacts station={station} />
      </CardSection>
      <CardSection title="职责功能">
        {station.functions.length === 0 ? (
          <Text size="sm" c="dimmed">
            未选择第八条职责功能
          </Text>
        ) : (
          <Group gap="xs">
            {station.functions.map((fn) => (
              <Badge key={fn} variant="light" color="blue" size="lg" radius="sm">
                {STATION_FUNCTION_LABELS[fn]}
              </Badge>
            ))}
          </Group>
        )}
      </CardSection>
      <CardSection title="第六条 建站条件">
        <ConditionFacts station={station} />
      </CardSection>
    </Stack>
  );
}
