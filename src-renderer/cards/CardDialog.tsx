import type { Application } from '../../src-shared/registration/application';
import { FormDialog, type FormDialogProps } from '../app/FormDialog';

/** The frame of the card page's dialogs, about one application's card. */
export function CardDialog({
  application,
  ...props
}: Omit<FormDialogProps, 'subtitle'> & { application: Application }) {
  return <FormDialog {...props} subtitle={`${application.applicant.name} · 申领编号 ${application.number}`} />;
}
