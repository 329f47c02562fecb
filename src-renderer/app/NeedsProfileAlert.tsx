import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';

/**
 * Shown where a record is about to be written before 设置 names this
 * device's window and staff member: `why` says what needs them.
 */
export function NeedsProfileAlert({ why }: { why?: string }) {
  return (
    <Alert color="orange" title="请先设置本机窗口与工作人员">
      {why ? `${why} ` : null}
      <Anchor component={Link} to="/settings">
        前往设置
      </Anchor>
    </Alert>
  );
}
