import { Text } from '@mantine/core';
import type { CardSubject } from '../store/cards';

/** The project's or enterprise's name; says so when the record has not reached this device. */
export function SubjectName({ subject }: { subject: CardSubject | null }) {
  if (!subject) return <Text c="dimmed">—</Text>;
  if (subject.name === null) {
    return (
      <Text c="dimmed" size="sm">
        {subject.kind === 'project' ? '（本机尚无该项目）' : '（本机尚无该企业）'}
      </Text>
    );
  }
  return <Text size="sm">{subject.name}</Text>;
}
