import { Alert, Anchor, Button, Group } from '@mantine/core';
import { IconFileCertificate, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Page } from '../app/Page';
import { FileScanDialog } from '../filing/FileScanDialog';
import { createDraft } from '../store/applications';
import { db } from '../store/instance';
import { useActor } from '../store/use-actor';
import { ApplicationList } from './ApplicationList';
import { DraftList } from './DraftList';

export function ApplicationsPage() {
  const actor = useActor();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [filing, setFiling] = useState(false);

  const start = async () => {
    if (!actor) return;
    setCreating(true);
    const draft = await createDraft(db, actor);
    navigate(`/applications/${draft.id}`);
  };

  return (
    <Page
      title="申领登记"
      description="《“威海英才卡（商务精英类）”申领登记表》的填写、草稿与查询"
      actions={
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconFileCertificate size={16} />}
            disabled={!actor}
            onClick={() => setFiling(true)}
          >
            归档盖章件
          </Button>
          <Button
            leftSection={<IconPlus size={16} />}
            disabled={!actor}
            loading={creating}
            onClick={() => void start()}
          >
            新建申领登记
          </Button>
        </Group>
      }
    >
      {actor === null && (
        <Alert color="orange" title="请先设置本机窗口与工作人员">
          申领编号需要本机所属区市。
          <Anchor component={Link} to="/settings">
            前往设置
          </Anchor>
        </Alert>
      )}
      <DraftList />
      <ApplicationList />
      {filing && actor && <FileScanDialog target={null} actor={actor} onClose={() => setFiling(false)} />}
    </Page>
  );
}
