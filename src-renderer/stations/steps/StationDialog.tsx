import type { Station } from '../../../src-shared/stations/station';
import { FormDialog, type FormDialogProps } from '../../app/FormDialog';

/** The frame of the station page's dialogs, about one station. */
export function StationDialog({
  station,
  ...props
}: Omit<FormDialogProps, 'subtitle'> & { station: Pick<Station, 'name' | 'hostName'> }) {
  return <FormDialog {...props} subtitle={`${station.name} · 依托单位 ${station.hostName}`} />;
}
