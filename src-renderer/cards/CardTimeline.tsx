import { Loader, Text, Timeline } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CardCategory } from '../../src-shared/cards/workflow';
import { statusHistory } from '../store/applications';
import { db } from '../store/instance';
import { CardSection } from './CardSection';
import { timelineEntry } from './timeline-labels';

/** 办理记录: every status change with who, when, why and what it recorded, oldest first. */
export function CardTimeline({ applicationId, category }: { applicationId: string; category: CardCategory }) {
  const events = useLiveQuery(() => statusHistory(db, applicationId), [applicationId]);
  const entries = events?.map((event) => timelineEntry(category, event));
  return (
    <CardSection title="办理记录">
      {!entries && <Loader size="sm" />}
      {entries?.length === 0 && (
        <Text size="sm" c="dimmed">
          本机没有该申领的办理记录（可能尚未同步）。
        </Text>
      )}
      {entries && entries.length > 0 && (
        <Timeline active={entries.length - 1} bulletSize={14} lineWidth={2} aria-label="办理记录">
          {entries.map((entry) => (
            <Timeline.Item key={entry.id} title={entry.title} data-testid="timeline-entry">
              <Text size="sm" c="dimmed">
                {entry.transition} · {entry.who} · {entry.when}
              </Text>
              {entry.reason && <Text size="sm">原因：{entry.reason}</Text>}
              {entry.details.map((detail) => (
                <Text size="sm" key={detail.label}>
                  {detail.label}：{detail.value}
                </Text>
              ))}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </CardSection>
  );
}
