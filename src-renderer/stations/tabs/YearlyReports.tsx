import { Badge, Stack, Table, Text } from '@mantine/core';
import { policyById } from '../../../src-shared/stations/policy';
import { CardSection } from '../../cards/CardSection';
import type { StationTabProps } from '../tab-props';
import { AttachmentButtons } from './AttachmentButtons';
import { StationStepButtons } from './StationStepButtons';
import { type ReportState, reportYears } from './yearly-reports';

/** 年度工作计划 / 工作总结: what was filed for each year since designation, what is missing, and the buttons to file. */
export function YearlyReports(props: StationTabProps & { today: string }) {
  const { station, events, today } = props;
  const rows = reportYears(station, events, policyById(station.policyVersion), today);
  return (
    <CardSection title="年度工作计划与总结">
      <Stack gap="sm">
        <StationStepButtons {...props} steps={['plan', 'summary']} />
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            认定（公布）后，驿站每年报送工作计划和工作总结（第十六条（六）），在此记录。
          </Text>
        ) : (
          <Table aria-label="年度工作计划与总结" withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>年度</Table.Th>
                <Table.Th>工作计划</Table.Th>
                <Table.Th>工作总结</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.year}>
                  <Table.Td>{row.year} 年</Table.Td>
                  <Table.Td>
                    <Report state={row.plan} today={today} label={`${row.year}年度工作计划`} owner={station.name} />
                  </Table.Td>
                  <Table.Td>
                    <Report state={row.summary} today={today} label={`${row.year}年度工作总结`} owner={station.name} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </CardSection>
  );
}

function Report({ state, today, label, owner }: { state: ReportState; today: string; label: string; owner: string }) {
  if (state.filed) {
    return (
      <Stack gap={4}>
        <Text size="sm">
          {state.filed.date} 报送 · {state.filed.updatedBy}
        </Text>
        <AttachmentButtons hashes={state.filed.evidence} label={label} owner={owner} />
      </Stack>
    );
  }
  if (!state.required) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  if (today > state.due) {
    return (
      <Badge color="orange" variant="light">
        未报送（应于 {state.due} 前）
      </Badge>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      应于 {state.due} 前报送
    </Text>
  );
}
