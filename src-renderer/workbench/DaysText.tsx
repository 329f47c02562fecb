import { Text } from '@mantine/core';

/** The days column of a 工作台 list: bold red when it is urgent. */
export function DaysText({ children, urgent }: { children: string; urgent: boolean }) {
  return (
    <Text size="sm" fw={urgent ? 700 : 400} c={urgent ? 'red.8' : undefined}>
      {children}
    </Text>
  );
}
