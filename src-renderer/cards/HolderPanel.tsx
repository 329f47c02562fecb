import { Anchor } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { districtByCode } from '../../src-shared/codes/districts';
import type { Application } from '../../src-shared/registration/application';
import { maskIdNumber, maskPhone } from '../../src-shared/registration/mask';
import { subjectOf } from '../store/cards';
import { db } from '../store/instance';
import { CardSection } from './CardSection';
import { FactTable } from './FactTable';
import { SubjectName } from './SubjectName';

/** 持卡人 (personal data masked) and the project or enterprise the card is for. */
export function HolderPanel({ application }: { application: Application }) {
  const subject = useLiveQuery(() => subjectOf(db, application), [application]);
  const { applicant } = application;
  const subjectLabel = subject?.kind === 'enterprise' ? '企业' : '招商项目';
  return (
    <CardSection
      title="持卡人"
      aside={
        <Anchor component={Link} to={`/applications/${application.id}`} size="sm">
          查看申领登记表
        </Anchor>
      }
    >
      <FactTable
        label="持卡人"
        facts={[
          { label: '姓名', value: applicant.name || '（未填姓名）' },
          { label: '证件号码', value: maskIdNumber(applicant.idNumber) || '—' },
          { label: '联系电话', value: maskPhone(applicant.phone) || '—' },
          { label: '现任职务', value: applicant.currentPosition || '—' },
          { label: '登记窗口', value: districtByCode(application.district)?.label ?? application.district },
          { label: subjectLabel, value: <SubjectName subject={subject ?? null} /> },
        ]}
      />
    </CardSection>
  );
}
