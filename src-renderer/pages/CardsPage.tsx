import { IconCards } from '@tabler/icons-react';
import { EmptyState } from '../app/EmptyState';
import { Page } from '../app/Page';

export function CardsPage() {
  return (
    <Page title="英才卡" description="商务精英类与名企优才类英才卡的审核进度与有效期">
      <EmptyState icon={IconCards} title="尚无英才卡记录">
        首次开通的英才卡有效期为 1 年；招商项目正式落地或人才正式引进后，绿色通道服务有效期延长至 5 年。
      </EmptyState>
    </Page>
  );
}
