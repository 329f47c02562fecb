import { Alert, Anchor, Center, Grid, Loader, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { getApplication } from '../store/applications';
import { db } from '../store/instance';
import { categoryOf } from '../store/review';
import { CardAttachments } from './CardAttachments';
import { CardHeader } from './CardHeader';
import { CardTimeline } from './CardTimeline';
import { HolderPanel } from './HolderPanel';
import { StepActions } from './StepActions';
import { ValidityPanel } from './ValidityPanel';

const BACK = (
  <Anchor component={Link} to="/cards" size="sm">
    <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> 返回英才卡列表
  </Anchor>
);

/** One card: its holder, validity, history and attachments, and the steps this device may take now. */
export function CardPage() {
  const { id = '' } = useParams();
  const application = useLiveQuery(async () => (await getApplication(db, id)) ?? null, [id]);
  const name = application?.applicant.name;
  useEffect(() => {
    if (name) document.title = `${name} · 英才卡`;
  }, [name]);

  if (application === undefined) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (application === null) {
    return (
      <Stack gap="md">
        {BACK}
        <Alert color="red" title="找不到该申领记录">
          它可能已被删除，或尚未同步到本机。
        </Alert>
      </Stack>
    );
  }
  const category = categoryOf(application);
  return (
    <Stack gap="md" maw={1200}>
      {BACK}
      <CardHeader application={application} category={category} />
      <StepActions application={application} category={category} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <HolderPanel application={application} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ValidityPanel application={application} category={category} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <CardTimeline applicationId={application.id} category={category} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <CardAttachments application={application} category={category} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
