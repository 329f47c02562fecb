import { Badge } from '@mantine/core';
import type { CardValidity } from '../../src-shared/cards/validity';

/** daysLeft counts today: 1 is the card's last day. */
function left(days: number): string {
  return days === 1 ? '今天到期' : `剩余 ${days} 天`;
}

/** 有效（剩余 N 天）, 已过期 or 已注销. `short` leaves 有效 out, for the list. */
export function ValidityBadge({ validity, short = false }: { validity: CardValidity; short?: boolean }) {
  if (validity.state === 'revoked') {
    return (
      <Badge color="dark" variant="filled">
        已注销
      </Badge>
    );
  }
  if (validity.state === 'expired') {
    return (
      <Badge color="red" variant="light">
        已过期
      </Badge>
    );
  }
  if (short) {
    return validity.daysLeft <= 30 ? (
      <Badge color="orange" variant="light">
        {left(validity.daysLeft)}
      </Badge>
    ) : null;
  }
  return (
    <Badge color="teal" variant="light">
      有效（{left(validity.daysLeft)}）
    </Badge>
  );
}
