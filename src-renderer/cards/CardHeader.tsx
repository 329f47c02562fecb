import { Badge, Group, Text, Title } from '@mantine/core';
import { CATEGORY_LABELS, type CardCategory } from '../../src-shared/cards/workflow';
import type { Application } from '../../src-shared/registration/application';
import { STATUS_COLORS, STATUS_LABELS } from '../applications/status-labels';
import { RecordSyncBadge } from '../sync-ui/RecordSyncBadge';

/** 姓名, 申领编号 (and 卡号 once issued), category, status and sync state. */
export function CardHeader({ application, category }: { application: Application; category: CardCategory }) {
  return (
    <div>
      <Title order={2}>{application.applicant.name || '（未填姓名）'}</Title>
      <Group gap="xs" mt={4}>
        <Text c="dimmed" size="sm">
          申领编号 {application.number}
          {application.card ? ` · 卡号 ${application.card.number}` : ''}
        </Text>
        <Badge variant="outline" color="blue">
          {CATEGORY_LABELS[category]}
        </Badge>
        <Badge variant="light" color={STATUS_COLORS[application.status]} data-testid="card-status">
          {STATUS_LABELS[application.status]}
        </Badge>
        <RecordSyncBadge table="applications" id={application.id} />
      </Group>
    </div>
  );
}
