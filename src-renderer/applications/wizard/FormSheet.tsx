import { Image, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Application, InvestmentProject } from '../../../src-shared/registration/application';
import { EXPORT_FORMAT } from '../../../src-shared/registration/export';
import { formFields } from '../../pdf/form-fields';
import classes from './FormSheet.module.css';

function Cell({ children, span = 1, label = false }: { children: ReactNode; span?: number; label?: boolean }) {
  return (
    <Table.Td colSpan={span} className={label ? classes.label : classes.value}>
      {children}
    </Table.Td>
  );
}

interface FormSheetProps {
  application: Application;
  project: InvestmentProject | null;
  photoUrl: string | null;
}

/**
 * The 申领登记表 on screen, laid out like the printed page and filled from the
 * same `formFields` the PDF prints, so what staff check is what is printed.
 */
export function FormSheet({ application, project, photoUrl }: FormSheetProps) {
  const f = formFields({ format: EXPORT_FORMAT, exportedAt: '', application, project, photo: null });
  return (
    <div className={classes.sheet} data-testid="review-sheet">
      <Text className={classes.title}>“威海英才卡（商务精英类）”申领登记表</Text>
      <Text size="sm" ta="right" mb={4}>
        申领编号：{f.number.text}
      </Text>
      <Table className={classes.form} withTableBorder withColumnBorders layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Cell span={7} label>
              申领人员信息
            </Cell>
          </Table.Tr>
          <Table.Tr>
            <Cell label>姓名</Cell>
            <Cell>{f.name.text}</Cell>
            <Cell label>性别</Cell>
            <Cell>{f.gender.text}</Cell>
            <Cell label>出生年月</Cell>
            <Cell>{f.birthMonth.text}</Cell>
            <Table.Td rowSpan={4} className={classes.photo}>
              {photoUrl ? <Image src={photoUrl} alt="申领人照片" fit="contain" /> : <Text c="dimmed">照片</Text>}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Cell label>民族</Cell>
            <Cell>{f.ethnicity.text}</Cell>
            <Cell label>籍贯</Cell>
            <Cell>{f.nativePlace.text}</Cell>
            <Cell label>政治面貌</Cell>
            <Cell>{f.politicalStatus.text}</Cell>
          </Table.Tr>
          <Table.Tr>
            <Cell label>文化程度</Cell>
            <Cell>{f.education.text}</Cell>
            <Cell label>毕业院校</Cell>
            <Cell>{f.school.text}</Cell>
            <Cell label>现任职务</Cell>
            <Cell>{f.currentPosition.text}</Cell>
          </Table.Tr>
          <Table.Tr>
            <Cell label>证件号码</Cell>
            <Cell span={3}>{f.idNumber.text}</Cell>
            <Cell label>联系电话</Cell>
            <Cell>{f.phone.text}</Cell>
          </Table.Tr>
          <Table.Tr>
            <Cell span={7} label>
              工作简历
            </Cell>
          </Table.Tr>
          <Table.Tr>
            <Cell span={2} label>
              起止年月
            </Cell>
            <Cell span={3} label>
              工作单位
            </Cell>
            <Cell span={2} label>
              职务
            </Cell>
          </Table.Tr>
          {f.resume.map((entry) => (
            <Table.Tr key={entry.period.path}>
              <Cell span={2}>{entry.period.text}</Cell>
              <Cell span={3}>{entry.organisation.text}</Cell>
              <Cell span={2}>{entry.position.text}</Cell>
            </Table.Tr>
          ))}
          {f.remark.text && (
            <Table.Tr>
              <Cell span={7}>
                <div className={classes.prewrap}>{f.remark.text}</div>
              </Cell>
            </Table.Tr>
          )}
          <Table.Tr>
            <Cell span={7} label>
              招商项目信息
            </Cell>
          </Table.Tr>
          <Table.Tr>
            <Cell label>项目名称</Cell>
            <Cell span={2}>{f.projectName.text}</Cell>
            <Cell label>项目金额</Cell>
            <Cell>{f.amount.text}</Cell>
            <Cell label>落地区市</Cell>
            <Cell>{f.district.text}</Cell>
          </Table.Tr>
          <Table.Tr>
            <Cell label>洽谈部门（单位）</Cell>
            <Cell span={6}>{f.negotiatingUnit.text}</Cell>
          </Table.Tr>
          <Table.Tr>
            <Cell label>招商项目整体概况及落地预期</Cell>
            <Cell span={6}>
              <div className={classes.prewrap}>{f.overview.text}</div>
            </Cell>
          </Table.Tr>
          <Table.Tr>
            <Cell span={7}>
              <div className={classes.opinion}>
                <div className={classes.prewrap}>
                  <strong>申领单位意见：</strong>
                  {f.opinion.text}
                </div>
                <div className={classes.seal}>
                  <div>{f.unitName.text}（盖章）</div>
                  <div>
                    经办人：{f.handler.text}　　{f.date.text}
                  </div>
                </div>
              </div>
            </Cell>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </div>
  );
}
