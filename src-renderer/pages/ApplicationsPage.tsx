import { IconAddressBook } from '@tabler/icons-react';
import { EmptyState } from '../app/EmptyState';
import { Page } from '../app/Page';

export function ApplicationsPage() {
  return (
    <Page title="申领登记" description="《“威海英才卡（商务精英类）”申领登记表》的填写、草稿与打印">
      <EmptyState icon={IconAddressBook} title="尚无申领登记">
        在此为在谈重点招商引资项目的关键核心成员填写申领登记表；每个项目可为 3 人申领，重大项目可“一事一议”增加名额。
      </EmptyState>
    </Page>
  );
}
