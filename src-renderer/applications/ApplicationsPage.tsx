import { Button, Group, SegmentedControl } from '@mantine/core';
import { useSessionStorage } from '@mantine/hooks';
import { IconFileCertificate, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CATEGORY_LABELS, type CardCategory } from '../../src-shared/cards/workflow';
import { NeedsProfileAlert } from '../app/NeedsProfileAlert';
import { Page } from '../app/Page';
import { FileScanDialog } from '../filing/FileScanDialog';
import { createDraft } from '../store/applications';
import { db } from '../store/instance';
import { useActor } from '../store/use-actor';
import { ApplicationList } from './ApplicationList';
import { DraftList } from './DraftList';

const CATEGORY_OPTIONS = (Object.keys(CATEGORY_LABELS) as CardCategory[]).map((value) => ({
  value,
  label: CATEGORY_LABELS[value],
}));

export function ApplicationsPage() {
  const actor = useActor();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [filing, setFiling] = useState(false);
  // The last category chosen stays for this session: a window often records several people of one kind in a row.
  const [category, setCategory] = useSessionStorage<CardCategory>({
    key: 'talent-card-new-category',
    defaultValue: 'business-elite',
  });

  const start = async () => {
    if (!actor) return;
    setCreating(true);
    const draft = await createDraft(db, actor, new Date(), category);
    navigate(`/applications/${draft.id}`);
  };

  return (
    <Page
      title="申领登记"
      description="商务精英类《申领登记表》与名企优才类申领信息的填写、草稿与查询"
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
          <SegmentedControl
            aria-label="申领类别"
            data={CATEGORY_OPTIONS}
            value={category}
            onChange={(value) => setCategory(value as CardCategory)}
            disabled={!actor}
          />
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
      {actor === null && <NeedsProfileAlert why="申领编号需要本机所属区市。" />}
      <DraftList />
      <ApplicationList />
      {filing && actor && <FileScanDialog target={null} actor={actor} onClose={() => setFiling(false)} />}
    </Page>
  );
}
