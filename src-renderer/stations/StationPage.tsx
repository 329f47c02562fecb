import { Alert, Anchor, Center, Loader, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { type ComponentType, useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useActingRole } from '../app/use-acting-role';
import { db } from '../store/instance';
import { getStation, stationActivities, stationEvents } from '../store/stations';
import { useActor } from '../store/use-actor';
import { AttachmentsTab } from './page/AttachmentsTab';
import { BasicInfoTab } from './page/BasicInfoTab';
import { HistoryTab } from './page/HistoryTab';
import { StationHeader } from './page/StationHeader';
import type { StationTabProps } from './tab-props';
import { ActivitiesTab } from './tabs/ActivitiesTab';
import { DesignationTab } from './tabs/DesignationTab';
import { EvaluationTab } from './tabs/EvaluationTab';

interface TabDef {
  value: string;
  label: string;
  Component: ComponentType<StationTabProps>;
}

/** The tabs in order; `value` is what `?tab=` holds. */
export const STATION_TABS: readonly TabDef[] = [
  { value: 'basic', label: '基本信息', Component: BasicInfoTab },
  { value: 'designation', label: '认定', Component: DesignationTab },
  { value: 'activities', label: '活动', Component: ActivitiesTab },
  { value: 'evaluation', label: '评估', Component: EvaluationTab },
  { value: 'attachments', label: '附件', Component: AttachmentsTab },
  { value: 'history', label: '历史', Component: HistoryTab },
];

const BACK = (
  <Anchor component={Link} to="/stations" size="sm">
    <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> 返回人才驿站列表
  </Anchor>
);

const LOADING = (
  <Center py="xl">
    <Loader />
  </Center>
);

/** One station: its header and the tabs of its file, the tab kept in the address (?tab=). */
export function StationPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const station = useLiveQuery(async () => (await getStation(db, id)) ?? null, [id]);
  const events = useLiveQuery(() => stationEvents(db, id), [id]);
  const activities = useLiveQuery(() => stationActivities(db, id), [id]);
  const role = useActingRole();
  const actor = useActor();
  const name = station?.name;
  useEffect(() => {
    if (name) document.title = `${name} · 人才驿站`;
  }, [name]);

  const asked = params.get('tab');
  const tab = STATION_TABS.some((t) => t.value === asked) ? (asked as string) : 'basic';

  if (station === undefined || events === undefined || activities === undefined) return LOADING;
  if (station === null) {
    return (
      <Stack gap="md">
        {BACK}
        <Alert color="red" title="找不到该驿站">
          它可能已被删除，或尚未同步到本机。
        </Alert>
      </Stack>
    );
  }
  const props: StationTabProps = { station, events, activities, role, actor: actor ?? null };
  return (
    <Stack gap="md" maw={1200}>
      {BACK}
      <StationHeader station={station} events={events} />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'basic' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {STATION_TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {STATION_TABS.map(({ value, Component }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Component {...props} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
