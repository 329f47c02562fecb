import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CardReport } from '../../src-shared/cards/report';
import { CHART_SERIES, districtPoints, monthPoints } from './chart-data';

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="figure" m={0} aria-label={title}>
      <Title order={5} mb="sm" component="figcaption">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const formatCount = (value: number) => `${value} 份`;

/** The report as two stacked bar charts: by month of registration, and by district. */
export function ReportCharts({ report }: { report: CardReport }) {
  const months = monthPoints(report);
  const districts = districtPoints(report);
  // Both charts as tall as the district bars need, so the two cards line up.
  const height = Math.max(280, districts.length * 32 + 60);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <ChartCard title="按登记月份">
        <BarChart
          h={height}
          data={months}
          dataKey="label"
          series={CHART_SERIES}
          type="stacked"
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 40 }}
          valueFormatter={formatCount}
          yAxisProps={{ allowDecimals: false }}
          tooltipAnimationDuration={0}
          maxBarWidth={40}
        />
      </ChartCard>
      <ChartCard title="按区市">
        {districts.length === 0 ? (
          <Text size="sm" c="dimmed">
            没有可统计的申领。
          </Text>
        ) : (
          <BarChart
            h={height}
            data={districts}
            dataKey="label"
            series={CHART_SERIES}
            type="stacked"
            orientation="vertical"
            withLegend
            legendProps={{ verticalAlign: 'bottom', height: 40 }}
            valueFormatter={formatCount}
            xAxisProps={{ allowDecimals: false }}
            yAxisProps={{ width: 80 }}
            tooltipAnimationDuration={0}
            maxBarWidth={24}
          />
        )}
      </ChartCard>
    </SimpleGrid>
  );
}
