import { Anchor, Button, Group } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { districtByCode } from '../../src-shared/codes/districts';
import type { Application } from '../../src-shared/registration/application';
import { maskIdNumber, maskPhone } from '../../src-shared/registration/mask';
import { useAuditedReveal } from '../app/use-audited-reveal';
import { applicationLabel } from '../store/applications';
import { subjectOf } from '../store/cards';
import { db } from '../store/instance';
import { CardSection } from './CardSection';
import { FactTable } from './FactTable';
import { SubjectName } from './SubjectName';

/**
 * 持卡人 (personal data masked until staff ask to see it, which is a view in
 * the audit log) and the project or enterprise the card is for.
 */
export function HolderPanel({ application }: { application: Application }) {
  const subject = useLiveQuery(() => subjectOf(db, application), [application]);
  const { applicant } = application;
  const { shown, busy, toggle } = useAuditedReveal(
    { table: 'applications', id: application.id, label: applicationLabel(application) },
    '显示持卡人完整证件号码和联系电话',
  );
  const hasNumbers = Boolean(applicant.idNumber || applicant.phone);
  const subjectLabel = subject?.kind === 'enterprise' ? '企业' : '招商项目';
  return (
    <CardSection
      title="持卡人"
      aside={
        <Group gap="xs">
          {hasNumbers && (
            <Button
              variant="subtle"
              size="xs"
              leftSection={shown ? <IconEyeOff size={14} /> : <IconEye size={14} />}
              loading={busy}
              onClick={() => void toggle()}
            >
              {shown ? '隐藏完整号码' : '显示完整号码'}
            </Button>
          )}
          <Anchor component={Link} to={`/applications/${application.id}`} size="sm">
            查看申领登记表
          </Anchor>
        </Group>
      }
    >
      <FactTable
        label="持卡人"
        facts={[
          { label: '姓名', value: applicant.name || '（未填姓名）' },
          { label: '证件号码', value: (shown ? applicant.idNumber : maskIdNumber(applicant.idNumber)) || '—' },
          { label: '联系电话', value: (shown ? applicant.phone : maskPhone(applicant.phone)) || '—' },
          { label: '现任职务', value: applicant.currentPosition || '—' },
          { label: '登记窗口', value: districtByCode(application.district)?.label ?? application.district },
          { label: subjectLabel, value: <SubjectName subject={subject ?? null} /> },
        ]}
      />
    </CardSection>
  );
}
