import { Button, Center, Group, Loader } from '@mantine/core';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { EmptyState } from '../../app/EmptyState';
import { Page } from '../../app/Page';
import { useToday } from '../../cards/use-today';
import { db } from '../../store/instance';
import { ExportStationsButton } from '../export/ExportStationsButton';
import { loadStationRows } from './load-station-rows';
import { StationFilterBar } from './StationFilterBar';
import { StationList } from './StationList';
import { filterStations } from './station-filter';
import { useStationFilters } from './use-station-filters';

/** 人才驿站: every station on file with its status and next evaluation, and the way to file a new one. */
export function StationListPage() {
  const today = useToday();
  const rows = useLiveQuery(() => loadStationRows(db), []);
  const filters = useStationFilters((state) => state.filters);
  const shown = rows ? filterStations(rows, filters, today) : undefined;
  return (
    <Page
      title="人才驿站"
      description="市级高层次人才驿站的申报、认定、公示与公布，活动记录，以及每两年一次的评估、整改与取消称号。"
      actions={
        <Group gap="sm">
          {shown && shown.length > 0 && <ExportStationsButton stationIds={shown.map((row) => row.station.id)} />}
          <Button component={Link} to="/stations/new" leftSection={<IconPlus size={16} />}>
            新建驿站
          </Button>
        </Group>
      }
    >
      {rows === undefined && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {rows?.length === 0 && (
        <EmptyState icon={IconBuildingCommunity} title="尚无人才驿站档案">
          点击“新建驿站”录入驿站及依托单位的基本信息。人才驿站分为创新型、创业型、服务型和综合型，其申报、认定、公示、公布，以及此后的活动与评估都记录在此。
        </EmptyState>
      )}
      {rows && rows.length > 0 && (
        <>
          <StationFilterBar />
          <StationList shown={shown ?? []} today={today} />
        </>
      )}
    </Page>
  );
}
