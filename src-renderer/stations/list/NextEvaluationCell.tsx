import { Badge, Group, Text } from '@mantine/core';
import { dueState } from './station-filter';

/** 下次评估: the due date and, when it is near or past, how near or how late. */
export function NextEvaluationCell({ nextDue, today }: { nextDue: string | null; today: string }) {
  if (!nextDue) return <Text c="dimmed">—</Text>;
  const state = dueState(nextDue, today);
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">{nextDue}</Text>
      {state.kind === 'overdue' && (
        <Badge color="red" variant="light">
          已逾期 {state.days} 天
        </Badge>
      )}
      {state.kind === 'soon' && (
        <Badge color="orange" variant="light">
          {state.days === 0 ? '今天到期' : `${state.days} 天后到期`}
        </Badge>
      )}
    </Group>
  );
}
