import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { STATION_CONDITION_LABELS, STATION_CONDITIONS, type Station } from '../../../src-shared/stations/station';
import { AttachmentThumb, useStoredFile } from '../../attachments/AttachmentThumb';
import type { AttachmentRef } from '../../attachments/attachment-file';
import { useAttachmentViewer } from '../../attachments/use-attachment-viewer';
import { CONDITION_NUMBERS } from '../station-labels';

function Thumb({ item, onOpen }: { item: AttachmentRef; onOpen: () => void }) {
  const blob = useStoredFile(item.sha256);
  return (
    <UnstyledButton
      onClick={onOpen}
      aria-label={`查看${item.label}`}
      title={item.label}
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, padding: 2 }}
    >
      <AttachmentThumb blob={blob} label={item.label} size={64} />
    </UnstyledButton>
  );
}

/** 第六条: each condition's full text, how the host unit meets it, and its evidence as thumbnails to open. */
export function ConditionFacts({ station }: { station: Station }) {
  const viewer = useAttachmentViewer(station.name);
  return (
    <Stack gap="md">
      {STATION_CONDITIONS.map((condition) => {
        const note = station.conditions[condition]?.trim() ?? '';
        const files = (station.conditionEvidence[condition] ?? []).map((sha256, index) => ({
          sha256,
          label: `条件${CONDITION_NUMBERS[condition]}证明材料第 ${index + 1} 份`,
        }));
        return (
          <Stack key={condition} gap={4} data-testid={`condition-facts-${condition}`}>
            <Text size="sm" fw={600}>
              {STATION_CONDITION_LABELS[condition]}
            </Text>
            <Text size="sm" c={note ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
              {note || '未填写说明'}
            </Text>
            {files.length === 0 ? (
              <Text size="xs" c="dimmed">
                无证明材料
              </Text>
            ) : (
              <Group gap="xs">
                {files.map((item) => (
                  <Thumb key={item.sha256} item={item} onOpen={() => void viewer.open(item)} />
                ))}
              </Group>
            )}
          </Stack>
        );
      })}
      {viewer.viewer}
    </Stack>
  );
}
