import { Group, Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface CardSectionProps {
  title: string;
  /** Beside the title, e.g. a link. */
  aside?: ReactNode;
  children: ReactNode;
}

/** A titled panel of the card page; the title names the region for assistive technology. */
export function CardSection({ title, aside, children }: CardSectionProps) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm">
        <Title order={4} id={id}>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}
