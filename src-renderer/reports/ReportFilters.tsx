import { Button, Group, Paper } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconCalendarMonth } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import type { MonthRange } from '../../src-shared/cards/report';

interface ReportFiltersProps {
  range: MonthRange;
  onChange: (range: MonthRange) => void;
  /** This month in Weihai, "YYYY-MM". */
  thisMonth: string;
  actions?: ReactNode;
}

const toPicker = (month: string | null) => (month ? `${month}-01` : null);
const fromPicker = (date: string | null) => (date ? date.slice(0, 7) : null);

function monthsBefore(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** 登记月份 from–to, with the ranges staff ask for most. */
export function ReportFilters({ range, onChange, thisMonth, actions }: ReportFiltersProps) {
  const year = thisMonth.slice(0, 4);
  // The picker's own value: a range being picked has its start only until its end is clicked.
  const [picked, setPicked] = useState<[string | null, string | null]>([toPicker(range.from), toPicker(range.to)]);
  useEffect(() => setPicked([toPicker(range.from), toPicker(range.to)]), [range.from, range.to]);
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <MonthPickerInput
            type="range"
            label="登记月份"
            description="按申领登记（创建）的月份统计；不选则统计全部"
            placeholder="全部月份"
            valueFormat="YYYY年M月"
            leftSection={<IconCalendarMonth size={16} />}
            clearable
            allowSingleDateInRange
            value={picked}
            onChange={([from, to]) => {
              setPicked([from, to]);
              if (from && !to) return;
              onChange({ from: fromPicker(from), to: fromPicker(to) });
            }}
            w={300}
          />
          <Button.Group>
            <Button variant="default" onClick={() => onChange({ from: `${year}-01`, to: thisMonth })}>
              今年
            </Button>
            <Button variant="default" onClick={() => onChange({ from: monthsBefore(thisMonth, 11), to: thisMonth })}>
              近 12 个月
            </Button>
            <Button variant="default" onClick={() => onChange({ from: null, to: null })}>
              全部
            </Button>
          </Button.Group>
        </Group>
        {actions}
      </Group>
    </Paper>
  );
}
