import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import {
  EVALUATION_ITEMS,
  EVALUATION_OUTCOME_LABELS,
  type EvaluationOutcome,
  type StationEvent,
} from '../../../src-shared/stations/station';
import { type Fact, FactTable } from '../../cards/FactTable';
import { AttachmentButtons } from './AttachmentButtons';
import { recordedBy } from './station-events';

const OUTCOME_COLORS: Record<EvaluationOutcome, string> = {
  pass: 'teal',
  commend: 'blue',
  demonstration: 'grape',
  rectify: 'red',
};

interface EvaluationRecordProps {
  event: StationEvent;
  /** What followed a rectification it ordered: 整改验收合格 or 取消称号. */
  followUp: StationEvent | null;
  maxScore: number;
  /** The station's name, for the file viewer. */
  owner: string;
}

/** One recorded evaluation: its six scores with notes, the total, the activity counts and the conclusion. */
export function EvaluationRecord({ event, followUp, maxScore, owner }: EvaluationRecordProps) {
  const evaluation = event.evaluation;
  if (!evaluation) return null;
  const total = Math.round(evaluation.items.reduce((sum, item) => sum + item.score, 0) * 10) / 10;
  const heading = `${event.date} 评估`;
  const facts: Fact[] = [
    { label: '评估日期', value: event.date },
    { label: '对应到期日', value: evaluation.dueDate },
    {
      label: '活动统计',
      value: `${evaluation.periodStart} 至 ${event.date}：活动 ${evaluation.activityCount} 场，服务高层次人才 ${evaluation.servedCount} 人次`,
    },
    { label: '评估结论', value: EVALUATION_OUTCOME_LABELS[evaluation.outcome] },
  ];
  if (evaluation.outcome === 'demonstration') {
    facts.push(
      { label: '建站补助', value: `${evaluation.subsidyWan ?? '—'} 万元` },
      { label: '决定文号', value: evaluation.decisionReference },
    );
  }
  if (evaluation.outcome === 'rectify') {
    facts.push(
      { label: '整改事项', value: <span style={{ whiteSpace: 'pre-wrap' }}>{evaluation.rectifyItems}</span> },
      { label: '整改期限', value: evaluation.rectifyDeadline },
    );
    if (followUp) {
      const words =
        followUp.step === 'revoke'
          ? `${followUp.date} 取消称号（${followUp.details.reference}）：${followUp.details.reason}`
          : `${followUp.date} 整改验收合格：${followUp.details.opinion}`;
      facts.push({ label: '整改结果', value: words });
    }
  }
  if (event.evidence.length > 0) {
    facts.push({
      label: '材料',
      value: <AttachmentButtons hashes={event.evidence} label={`${heading}材料`} owner={owner} />,
    });
  }
  facts.push({ label: '记录', value: recordedBy(event) });

  return (
    <Paper withBorder p="sm" radius="sm" component="article" aria-label={heading}>
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={5}>{heading}</Title>
          <Badge color={OUTCOME_COLORS[evaluation.outcome]} variant="light">
            {EVALUATION_OUTCOME_LABELS[evaluation.outcome]}
          </Badge>
          <Text size="sm" c="dimmed">
            合计 {total} / {maxScore * EVALUATION_ITEMS.length} 分
          </Text>
        </Group>
        <FactTable label={heading} facts={facts} />
        <Table aria-label={`${heading}评分`} withTableBorder verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>评估项目（第十六条）</Table.Th>
              <Table.Th w={80} ta="right">
                评分
              </Table.Th>
              <Table.Th>说明</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {EVALUATION_ITEMS.map((item, index) => (
              <Table.Tr key={item}>
                <Table.Td>{item}</Table.Td>
                <Table.Td ta="right">{evaluation.items[index]?.score ?? '—'}</Table.Td>
                <Table.Td>{evaluation.items[index]?.note || '—'}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td fw={500}>合计</Table.Td>
              <Table.Td ta="right" fw={500}>
                {total}
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
