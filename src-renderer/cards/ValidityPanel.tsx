import { Group, Text } from '@mantine/core';
import { lastDayOf, VALIDITY_POLICY } from '../../src-shared/cards/validity';
import type { CardCategory } from '../../src-shared/cards/workflow';
import type { Application, IssuedCard } from '../../src-shared/registration/application';
import { validityOf } from '../store/cards';
import { CardSection } from './CardSection';
import { type Fact, FactTable } from './FactTable';
import { LANDING_WORDS } from './step-labels';
import { useToday } from './use-today';
import { ValidityBadge } from './ValidityBadge';

const { initialYears, extendedYears } = VALIDITY_POLICY;

/** What the five years will run to once the landing is recorded, when that does not hang on the landing's date. */
function extensionHint(card: IssuedCard, event: string): string {
  if (VALIDITY_POLICY.extendedFrom === 'issue') {
    return `${event}后延长至 ${lastDayOf(card.issuedOn, extendedYears)}（自发放起 ${extendedYears} 年）`;
  }
  return `${event}后延长至 ${extendedYears} 年`;
}

/** 发放日期, the first year's end, the five years' end once landed (or what it will be), and the state today. */
export function ValidityPanel({ application, category }: { application: Application; category: CardCategory }) {
  const today = useToday();
  const words = LANDING_WORDS[category];
  const { card, landing } = application;
  const validity = validityOf(application, today);
  if (!card || !validity) {
    return (
      <CardSection title="有效期">
        <Text size="sm" c="dimmed">
          尚未发放。英才卡首次开通有效期为 {initialYears} 年；{words.event}后，绿色通道服务有效期延长至 {extendedYears}{' '}
          年。
        </Text>
      </CardSection>
    );
  }
  const facts: Fact[] = [
    { label: '卡号', value: card.number },
    { label: '发放日期', value: card.issuedOn },
    { label: '首年有效期至', value: validity.initialUntil },
    {
      label: `${words.short}后有效期至`,
      value: validity.extendedUntil ?? (
        <Text size="sm" c="dimmed" component="span">
          {extensionHint(card, words.event)}
        </Text>
      ),
    },
  ];
  if (landing) facts.push({ label: words.dateLabel, value: landing.date });
  facts.push({
    label: '当前状态',
    value: (
      <Group gap="xs">
        <ValidityBadge validity={validity} />
        {validity.state === 'revoked' && (
          <Text size="sm">
            {card.revokedOn} 注销{card.revokeReason ? `，原因：${card.revokeReason}` : ''}
          </Text>
        )}
        {validity.state === 'expired' && (
          <Text size="sm" c="dimmed">
            已于 {validity.until} 到期
          </Text>
        )}
      </Group>
    ),
  });
  return (
    <CardSection title="有效期">
      <FactTable label="有效期" facts={facts} />
    </CardSection>
  );
}
