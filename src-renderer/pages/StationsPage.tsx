import { Route, Routes } from 'react-router';
import { EditStationPage, NewStationPage } from '../stations/form/StationFormPages';
import { StationListPage } from '../stations/list/StationListPage';
import { StationPage } from '../stations/StationPage';

/** 人才驿站: the list at /stations, a new station at /stations/new, one station at /stations/:id (and its edit form). */
export function StationsPage() {
  return (
    <Routes>
      <Route index element={<StationListPage />} />
      <Route path="new" element={<NewStationPage />} />
      <Route path=":id" element={<StationPage />} />
      <Route path=":id/edit" element={<EditStationPage />} />
    </Routes>
  );
}
