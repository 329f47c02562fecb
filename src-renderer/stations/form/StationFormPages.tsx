import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LANDING_DISTRICTS } from '../../../src-shared/codes/districts';
import { emptyStationFields, STATION_STATUS_LABELS, type StationFields } from '../../../src-shared/stations/station';
import { NeedsProfileAlert } from '../../app/NeedsProfileAlert';
import { Page } from '../../app/Page';
import type { Actor } from '../../store/device';
import { db } from '../../store/instance';
import { createStation, getStation, updateStation } from '../../store/stations';
import { useActor } from '../../store/use-actor';
import { basicInfoLocked } from '../station-labels';
import { type SaveOutcome, StationForm } from './StationForm';
import { mergeEdits, stationFieldsOf } from './station-form-values';

const back = (to: string, label: string) => (
  <Anchor component={Link} to={to} size="sm">
    <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {label}
  </Anchor>
);

const LOADING = (
  <Center py="xl">
    <Loader />
  </Center>
);

function NeedsProfile() {
  return <NeedsProfileAlert why="驿站档案要写明由谁建立和修改，因此需先在设置中填写本机所属区市与工作人员姓名。" />;
}

/** The actor once known: a loader while it is read, the way to 设置 when there is no profile yet. */
function WithActor({ children }: { children: (actor: Actor) => ReactNode }) {
  const actor = useActor();
  if (actor === undefined) return LOADING;
  if (actor === null) return <NeedsProfile />;
  return children(actor);
}

function saved(title: string, message: string) {
  notifications.show({ color: 'teal', title, message });
}

/** 新建驿站: an empty form (the window's own district chosen); saving files a 草稿 and opens its page. */
export function NewStationPage() {
  const navigate = useNavigate();
  return (
    <Page
      title="新建人才驿站"
      description="录入驿站及依托单位的基本信息。保存后为草稿，之后在驿站页面记录申报、认定等各步。"
    >
      {back('/stations', '返回人才驿站列表')}
      <WithActor>
        {(actor) => {
          const initial: StationFields = {
            ...emptyStationFields(),
            district: LANDING_DISTRICTS.some((d) => d.code === actor.districtCode) ? actor.districtCode : '',
          };
          const submit = async (values: StationFields): Promise<SaveOutcome> => {
            const result = await createStation(db, actor, values);
            if (!result.ok) return { ok: false, message: result.message, fields: result.fields };
            saved('已建立驿站档案', `“${result.value.name}”已保存为草稿`);
            navigate(`/stations/${result.value.id}`);
            return { ok: true };
          };
          return (
            <StationForm
              initialValues={initial}
              stationId={null}
              submitLabel="保存驿站"
              onSubmit={submit}
              onCancel={() => navigate('/stations')}
            />
          );
        }}
      </WithActor>
    </Page>
  );
}

/** 编辑基本信息 of a station; saves only what was changed here over the latest record. */
export function EditStationPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // The form keeps the values it opened with; a change that arrives by sync meanwhile is kept by mergeEdits.
  const station = useLiveQuery(async () => (await getStation(db, id)) ?? null, [id]);
  const pageUrl = `/stations/${id}?tab=basic`;

  if (station === undefined) return LOADING;
  if (station === null) {
    return (
      <Stack gap="md">
        {back('/stations', '返回人才驿站列表')}
        <Alert color="red" title="找不到该驿站">
          它可能已被删除，或尚未同步到本机。
        </Alert>
      </Stack>
    );
  }
  return (
    <Page title="编辑基本信息" description={station.name}>
      {back(pageUrl, '返回驿站')}
      {basicInfoLocked(station.status) ? (
        <Alert color="gray" title="档案已办结">
          该驿站为“{STATION_STATUS_LABELS[station.status]}”，基本信息不能再修改。
        </Alert>
      ) : (
        <WithActor>
          {(actor) => (
            <StationForm
              key={station.id}
              initialValues={stationFieldsOf(station)}
              stationId={station.id}
              submitLabel="保存修改"
              onSubmit={async (values, initial) => {
                const latest = await getStation(db, station.id);
                if (!latest) return { ok: false, message: '该驿站不存在或已删除', fields: {} };
                const fields = mergeEdits(initial, values, stationFieldsOf(latest));
                const result = await updateStation(db, actor, station.id, fields);
                if (!result.ok) return { ok: false, message: result.message, fields: result.fields };
                saved('已保存基本信息', `“${result.value.name}”的基本信息已保存`);
                navigate(pageUrl);
                return { ok: true };
              }}
              onCancel={() => navigate(pageUrl)}
            />
          )}
        </WithActor>
      )}
    </Page>
  );
}
