import { IconBuildingCommunity } from '@tabler/icons-react';
import { EmptyState } from '../app/EmptyState';
import { Page } from '../app/Page';

export function StationsPage() {
  return (
    <Page title="人才驿站" description="人才驿站的认定、活动、两年一次的评估、整改与取消称号">
      <EmptyState icon={IconBuildingCommunity} title="尚无人才驿站档案">
        人才驿站分为创新型、创业型、服务型和综合型，其档案从申报、认定、公示到公布，以及此后的活动与评估都记录在此。
      </EmptyState>
    </Page>
  );
}
