import { Alert, Anchor, Image, List, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  districtByCode,
  EDUCATION_LEVELS,
  ETHNICITIES,
  GENDERS,
  ID_TYPES,
  labelOf,
  POLITICAL_STATUSES,
} from '../../../src-shared/codes';
import type { Application, InvestmentProject } from '../../../src-shared/registration/application';
import { formatAmountWan } from '../../../src-shared/registration/rules/amount';
import classes from './ReviewStep.module.css';
import { stepOfField, WIZARD_STEPS } from './steps';

interface ReviewStepProps {
  application: Application;
  project: InvestmentProject | null;
  photoUrl: string | null;
  errors: Record<string, string>;
  warnings: Record<string, string>;
  onGoToStep: (step: number) => void;
  /** 打印申领登记表 and 导出, once the application is registered. */
  actions?: ReactNode;
}

function Cell({ children, span = 1, label = false }: { children: ReactNode; span?: number; label?: boolean }) {
  return (
    <Table.Td colSpan={span} className={label ? classes.label : classes.value}>
      {children}
    </Table.Td>
  );
}

/** 核对: everything laid out as the official form will print it, with what is still missing. */
export function ReviewStep({ application, project, photoUrl, errors, warnings, onGoToStep, actions }: ReviewStepProps) {
  const { applicant, resume, unitOpinion } = application;
  const code = (list: Parameters<typeof labelOf>[0], value: string) => labelOf(list, value) ?? '';
  const problems = Object.entries(errors);
  return (
    <Stack gap="md">
      {actions}
      {problems.length > 0 ? (
        <Alert color="red" title={`还有 ${problems.length} 处需要填写或更正`} role="alert">
          <List size="sm">
            {problems.map(([path, message]) => {
              const step = stepOfField(path);
              return (
                <List.Item key={path}>
                  {step >= 0 ? (
                    <Anchor component="button" type="button" size="sm" onClick={() => onGoToStep(step)}>
                      {WIZARD_STEPS[step]?.label}
                    </Anchor>
                  ) : null}
                  ：{message}
                </List.Item>
              );
            })}
          </List>
        </Alert>
      ) : (
        <Alert color="teal" title="各项均已填写">
          {actions
            ? '已登记。打印申领登记表交申领单位盖章；打印前请与申领人再次核对以下内容。'
            : '请与申领人核对以下内容，确认无误后完成登记。'}
        </Alert>
      )}
      {Object.values(warnings).length > 0 && (
        <Alert color="orange" title="请留意">
          <List size="sm">
            {Object.entries(warnings).map(([path, message]) => (
              <List.Item key={path}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <div className={classes.sheet} data-testid="review-sheet">
        <Text className={classes.title}>“威海英才卡（商务精英类）”申领登记表</Text>
        <Text size="sm" ta="right" mb={4}>
          申领编号：{application.number}
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
              <Cell>{applicant.name}</Cell>
              <Cell label>性别</Cell>
              <Cell>{code(GENDERS, applicant.gender)}</Cell>
              <Cell label>出生年月</Cell>
              <Cell>{applicant.birthMonth}</Cell>
              <Table.Td rowSpan={4} className={classes.photo}>
                {photoUrl ? <Image src={photoUrl} alt="申领人照片" fit="contain" /> : <Text c="dimmed">照片</Text>}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Cell label>民族</Cell>
              <Cell>{code(ETHNICITIES, applicant.ethnicity)}</Cell>
              <Cell label>籍贯</Cell>
              <Cell>{applicant.nativePlace}</Cell>
              <Cell label>政治面貌</Cell>
              <Cell>{code(POLITICAL_STATUSES, applicant.politicalStatus)}</Cell>
            </Table.Tr>
            <Table.Tr>
              <Cell label>文化程度</Cell>
              <Cell>{code(EDUCATION_LEVELS, applicant.education)}</Cell>
              <Cell label>毕业院校</Cell>
              <Cell>{applicant.school}</Cell>
              <Cell label>现任职务</Cell>
              <Cell>{applicant.currentPosition}</Cell>
            </Table.Tr>
            <Table.Tr>
              <Cell label>证件号码</Cell>
              <Cell span={3}>
                {applicant.idNumber}
                {applicant.idType !== 'resident-id' && `（${code(ID_TYPES, applicant.idType)}）`}
              </Cell>
              <Cell label>联系电话</Cell>
              <Cell>{applicant.phone}</Cell>
            </Table.Tr>
            <Table.Tr>
              <Cell label>工作简历</Cell>
              <Cell span={6}>
                {resume.entries.map((entry, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: résumé lines have no identity but their order
                  <div key={index}>
                    {entry.from}—{entry.to ?? '至今'}　{entry.organisation}　{entry.position}
                  </div>
                ))}
                {resume.remark && <div className={classes.prewrap}>{resume.remark}</div>}
              </Cell>
            </Table.Tr>
            <Table.Tr>
              <Cell span={7} label>
                招商项目信息
              </Cell>
            </Table.Tr>
            <Table.Tr>
              <Cell label>项目名称</Cell>
              <Cell span={2}>{project?.name}</Cell>
              <Cell label>项目金额</Cell>
              <Cell>{project ? `${formatAmountWan(project.amountWan)} 万元` : ''}</Cell>
              <Cell label>落地区市</Cell>
              <Cell>{project ? (districtByCode(project.district)?.label ?? '') : ''}</Cell>
            </Table.Tr>
            <Table.Tr>
              <Cell label>洽谈部门（单位）</Cell>
              <Cell span={6}>{project?.negotiatingUnit}</Cell>
            </Table.Tr>
            <Table.Tr>
              <Cell label>招商项目整体概况及落地预期</Cell>
              <Cell span={6}>
                <div className={classes.prewrap}>{project?.overview}</div>
              </Cell>
            </Table.Tr>
            <Table.Tr>
              <Cell span={7}>
                <div className={classes.opinion}>
                  <div>申领单位意见：{unitOpinion.opinion}</div>
                  <div className={classes.seal}>
                    <div>{unitOpinion.unitName}（盖章）</div>
                    <div>
                      经办人：{unitOpinion.handler}　　{unitOpinion.date}
                    </div>
                  </div>
                </div>
              </Cell>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
