import { Image, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { districtByCode } from '../../../src-shared/codes/districts';
import type { Enterprise } from '../../../src-shared/enterprises/enterprise';
import type { Application } from '../../../src-shared/registration/application';
import { eligibilityCondition, introductionWay } from '../../../src-shared/registration/enterprise-talent';
import { EXPORT_FORMAT } from '../../../src-shared/registration/export';
import { formFields } from '../../pdf/form-fields';
import classes from './FormSheet.module.css';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td className={classes.label} w={150}>
        {label}
      </Table.Td>
      <Table.Td className={classes.value} colSpan={3}>
        {children}
      </Table.Td>
    </Table.Tr>
  );
}

function Section({ children }: { children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={4} className={classes.label}>
        {children}
      </Table.Td>
    </Table.Tr>
  );
}

interface TalentSheetProps {
  application: Application;
  enterprise: Enterprise | null;
  photoUrl: string | null;
}

/** 核对 (名企优才类): the enterprise, the talent, the condition and the way, as recorded. */
export function TalentSheet({ application, enterprise, photoUrl }: TalentSheetProps) {
  // The person's fields read as the 商务精英类 form prints them (code labels, ID type), from the same source.
  const f = formFields({ format: EXPORT_FORMAT, exportedAt: '', application, project: null, photo: null });
  const condition = eligibilityCondition(application.eligibility);
  const way = introductionWay(application.introduction);
  const files = (list: string[] | undefined) => `已上传 ${list?.length ?? 0} 份证明材料`;
  return (
    <div className={classes.sheet} data-testid="review-sheet">
      <Text className={classes.title}>“威海英才卡（名企优才类）”申领信息</Text>
      <Text size="sm" ta="right" mb={4}>
        申领编号：{application.number}
      </Text>
      <Table className={classes.form} withTableBorder withColumnBorders layout="fixed">
        <Table.Tbody>
          <Section>冲击新目标企业</Section>
          <Row label="企业名称">{enterprise?.name ?? ''}</Row>
          <Row label="统一社会信用代码">{enterprise?.uscc ?? ''}</Row>
          <Row label="所在区市">{enterprise ? (districtByCode(enterprise.district)?.label ?? '') : ''}</Row>
          <Row label="联系人及电话">{enterprise ? `${enterprise.contactName}　${enterprise.contactPhone}` : ''}</Row>
          <Section>人才信息</Section>
          <Table.Tr>
            <Table.Td className={classes.label}>姓名</Table.Td>
            <Table.Td className={classes.value} colSpan={2}>
              {f.name.text}（{f.gender.text}，{f.birthMonth.text} 出生，{f.ethnicity.text}）
            </Table.Td>
            <Table.Td rowSpan={4} className={classes.photo}>
              {photoUrl ? <Image src={photoUrl} alt="人才照片" fit="contain" /> : <Text c="dimmed">照片</Text>}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td className={classes.label}>籍贯 · 政治面貌</Table.Td>
            <Table.Td className={classes.value} colSpan={2}>
              {f.nativePlace.text} · {f.politicalStatus.text}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td className={classes.label}>学历 · 职务</Table.Td>
            <Table.Td className={classes.value} colSpan={2}>
              {f.education.text}（{f.school.text}） · {f.currentPosition.text}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td className={classes.label}>证件号码 · 电话</Table.Td>
            <Table.Td className={classes.value} colSpan={2}>
              {f.idNumber.text} · {f.phone.text}
            </Table.Td>
          </Table.Tr>
          <Row label="工作简历">
            {f.resume.map((entry) => (
              <div key={entry.period.path}>
                {entry.period.text}　{entry.organisation.text}　{entry.position.text}
              </div>
            ))}
          </Row>
          <Section>引才条件与引进方式</Section>
          <Row label="引才条件">
            {condition ? `${condition.mark} ${condition.text}` : ''}
            <Text size="xs" c="dimmed">
              {files(application.eligibilityEvidence)}
            </Text>
          </Row>
          <Row label="引进方式">
            {way ? `${way.label}：${way.requirement}` : ''}
            <Text size="xs" c="dimmed">
              {files(application.introductionEvidence)}
            </Text>
          </Row>
        </Table.Tbody>
      </Table>
    </div>
  );
}
