import { StoredEvidenceField } from '../../attachments/StoredEvidenceField';
import type { ApplicationForm } from './form-types';

type EvidencePath = 'eligibilityEvidence' | 'introductionEvidence';

interface EvidenceFieldProps {
  form: ApplicationForm;
  path: EvidencePath;
  label: string;
  /** What the files usually are. */
  description: string;
}

/**
 * The 名企优才类 evidence of an application (scans or photos, images or
 * PDF), stored once by SHA-256; the application keeps only the hashes.
 */
export function EvidenceField({ form, path, label, description }: EvidenceFieldProps) {
  const values = form.getValues();
  return (
    <StoredEvidenceField
      name={label}
      value={values[path] ?? []}
      onChange={(update) => form.setFieldValue(path, (previous) => update(previous ?? []))}
      description={description}
      error={form.errors[path] as string | undefined}
      owner={values.applicant.name.trim() || '申领材料'}
      required
      dataPath={path}
    />
  );
}
