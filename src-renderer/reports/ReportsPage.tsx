import { Alert, Group, Skeleton, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { dateInShanghai } from '../../src-shared/cards/reminders';
import { rangeLabel, reportTables } from '../../src-shared/cards/report';
import { EmptyState } from '../app/EmptyState';
import { Page } from '../app/Page';
import { db } from '../store/instance';
import { ExportButton } from './ExportButton';
import { loadReport } from './load-report';
import { ReportCharts } from './ReportCharts';
import { ReportFilters } from './ReportFilters';
import { ReportTables } from './ReportTables';
import { useReportFilters } from './report-filters';

/** 统计报表: applications by category × status × district × month of registration, as charts, tables and Excel. */
export function ReportsPage() {
  const range = useReportFilters((state) => state.range);
  const setRange = useReportFilters((state) => state.setRange);
  const report = useLiveQuery(() => loadReport(db, range), [range.from, range.to]);
  const tables = useMemo(() => (report ? reportTables(report) : []), [report]);
  const thisMonth = dateInShanghai(new Date()).slice(0, 7);

  return (
    <Page title="统计报表" description="按类别、当前状态、区市和登记月份统计申领数量；导出的 Excel 每张表一个工作表">
      <ReportFilters
        range={range}
        onChange={setRange}
        thisMonth={thisMonth}
        actions={<ExportButton report={report} />}
      />
      {report === undefined && <Skeleton height={320} radius="md" />}
      {report && report.unreadable > 0 && (
        <Alert color="orange" title="有记录未计入">
          {report.unreadable} 份申领的登记时间无法识别，未计入统计。请同步后再试，或联系技术支持。
        </Alert>
      )}
      {report && report.total === 0 && (
        <EmptyState icon={IconChartBar} title="没有可统计的申领">
          所选月份内没有登记的申领。可以换一个月份范围，或选择“全部”。
        </EmptyState>
      )}
      {report && report.total > 0 && (
        <>
          <Group gap="lg">
            <Text size="sm" data-testid="report-summary">
              登记月份 {rangeLabel(report)}，共 <b>{report.total}</b> 份申领
            </Text>
          </Group>
          <ReportCharts report={report} />
          <ReportTables tables={tables} />
        </>
      )}
    </Page>
  );
}
