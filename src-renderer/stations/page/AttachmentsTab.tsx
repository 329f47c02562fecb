import { Stack, Text, Title } from '@mantine/core';
import { AttachmentItem } from '../../attachments/AttachmentItem';
import { useAttachmentViewer } from '../../attachments/use-attachment-viewer';
import { CardSection } from '../../cards/CardSection';
import type { StationTabProps } from '../tab-props';
import { attachmentSections } from './attachment-groups';

/** 附件: every stored file of the station, grouped by where it was filed, each viewable and downloadable. */
export function AttachmentsTab({ station, events, activities }: StationTabProps) {
  const viewer = useAttachmentViewer(station.name);
  const sections = attachmentSections(station, events, activities);
  return (
    <Stack gap="md">
      {sections.map((section) => (
        <CardSection key={section.title} title={section.title}>
          {section.groups.length === 0 ? (
            <Text size="sm" c="dimmed">
              {section.empty}
            </Text>
          ) : (
            <Stack gap="md">
              {section.groups.map((group) => (
                <Stack key={group.key} gap={6}>
                  <Title order={6}>{group.title}</Title>
                  {group.items.map((item) => (
                    <AttachmentItem key={item.sha256} item={item} viewer={viewer} />
                  ))}
                </Stack>
              ))}
            </Stack>
          )}
        </CardSection>
      ))}
      {viewer.viewer}
    </Stack>
  );
}
