import { Progress, Stack, Text } from '@mantine/core';
import { type BackupProgress, PHASE_LABELS } from './progress';

/** The phase in words and a bar: measured where it can be, moving stripes where it cannot. */
export function BackupProgressBar({ progress }: { progress: BackupProgress }) {
  const measured = progress.total > 0;
  const percent = measured ? Math.round((progress.done / progress.total) * 100) : 100;
  const label = measured
    ? `${PHASE_LABELS[progress.phase]}（${progress.done}/${progress.total}）`
    : PHASE_LABELS[progress.phase];
  return (
    <Stack gap={4}>
      <Text size="sm" data-testid="backup-progress">
        {label}
      </Text>
      <Progress value={percent} striped={!measured} animated={!measured} aria-label={PHASE_LABELS[progress.phase]} />
    </Stack>
  );
}
