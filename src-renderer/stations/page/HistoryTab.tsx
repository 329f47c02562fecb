import { Anchor, Paper, Stack, Text, Timeline } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { policyById } from '../../../src-shared/stations/policy';
import { CardSection } from '../../cards/CardSection';
import type { StationTabProps } from '../tab-props';
import { type Detail, historyEntry } from './history-entries';

function DetailLines({ details }: { details: Detail[] }) {
  return details.map((detail) => (
    <Text size="sm" key={detail.label} style={{ whiteSpace: 'pre-wrap' }}>
      {detail.label}：{detail.value}
    </Text>
  ));
}

/**
 * 历史: every step of the station's life, oldest first, with who recorded it,
 * the status it moved from and to, and what it recorded. Append-only: the
 * tab only reads.
 */
export function HistoryTab({ station, events }: StationTabProps) {
  const policy = policyById(station.policyVersion);
  const entries = events.map((event) => historyEntry(event, events, policy));
  return (
    <CardSection title="办理历史">
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          尚无办理记录。驿站档案建立后为草稿；记录申报后，申报、认定、公示、公布、评估等各步在此依次显示。
        </Text>
      ) : (
        <Timeline active={entries.length - 1} bulletSize={14} lineWidth={2} aria-label="办理历史">
          {entries.map((entry) => (
            <Timeline.Item key={entry.id} title={entry.title} data-testid="station-history-entry">
              <Stack gap={2}>
                <Text size="sm" c="dimmed">
                  {entry.dateLabel} {entry.date} · {entry.transition} · {entry.who}
                </Text>
                <DetailLines details={entry.details} />
                {entry.notes.map((note) => (
                  <Text size="sm" c="orange.9" key={note}>
                    <IconInfoCircle size={14} style={{ verticalAlign: 'middle' }} aria-hidden /> {note}
                  </Text>
                ))}
                {entry.evaluation && (
                  <Paper withBorder radius="sm" p="xs" mt={4} aria-label={`${entry.title}（${entry.date}）评估结果`}>
                    <DetailLines details={entry.evaluation} />
                  </Paper>
                )}
                {entry.evidenceCount > 0 && (
                  <Text size="sm">
                    附件 {entry.evidenceCount} 份，{' '}
                    <Anchor component={Link} to="?tab=attachments" replace size="sm">
                      在“附件”中查看
                    </Anchor>
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  记录于 {entry.recordedAt}
                </Text>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </CardSection>
  );
}
