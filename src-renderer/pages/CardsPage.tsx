import { Route, Routes } from 'react-router';
import { Page } from '../app/Page';
import { CardFilterBar } from '../cards/CardFilterBar';
import { CardList } from '../cards/CardList';
import { CardPage } from '../cards/CardPage';

function CardListPage() {
  return (
    <Page
      title="英才卡"
      description="商务精英类与名企优才类英才卡的审核进度与有效期。首次开通的英才卡有效期为 1 年；招商项目正式落地或人才正式引进后，绿色通道服务有效期延长至 5 年。"
    >
      <CardFilterBar />
      <CardList />
    </Page>
  );
}

/** 英才卡: the list at /cards, one card at /cards/:id. */
export function CardsPage() {
  return (
    <Routes>
      <Route index element={<CardListPage />} />
      <Route path=":id" element={<CardPage />} />
    </Routes>
  );
}
