import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { findStep, type StepData, type StepField, stepDataErrors } from '../../../src-shared/cards/workflow';
import type { Enterprise } from '../../../src-shared/enterprises/enterprise';
import type { Application } from '../../../src-shared/registration/application';
import { validateEnterpriseTalentApplication } from '../../../src-shared/registration/rules/enterprise-talent';
import { hasErrors } from '../../../src-shared/registration/rules/field-errors';
import { applicationWarnings } from '../../../src-shared/registration/rules/validate-application';
import { useActingRole } from '../../app/use-acting-role';
import { PhotoStep } from '../../photo/PhotoStep';
import type { Actor } from '../../store/device';
import { createEnterprise, getEnterprise, updateEnterprise } from '../../store/enterprises';
import { db } from '../../store/instance';
import { localDate, takeStep } from '../../store/review';
import { ApplicantStep } from './ApplicantStep';
import { EligibilityStep } from './EligibilityStep';
import { EnterpriseStep } from './EnterpriseStep';
import { IntroductionStep } from './IntroductionStep';
import { ResumeStep } from './ResumeStep';
import { ENTERPRISE_WIZARD_STEPS } from './steps';
import { TalentReviewStep } from './TalentReviewStep';
import { useApplicationForm, usePhoto } from './use-application-form';
import { useWizardSteps } from './use-wizard-steps';
import { WizardFrame } from './WizardFrame';

const RECORD_ONLINE = findStep('enterprise-talent', 'record-online');

/**
 * The 名企优才类 wizard: the enterprise (its places checked on choosing it),
 * the talent (the same steps as 商务精英类), the condition ①–⑤ and the way
 * of introduction with their evidence; it ends by recording the enterprise's
 * online application (草稿 → 网上申请已记录).
 */
export function EnterpriseTalentWizard({ initial, actor }: { initial: Application; actor: Actor }) {
  const navigate = useNavigate();
  const role = useActingRole();
  const [recording, setRecording] = useState(false);
  const [online, setOnline] = useState<StepData>(() => ({ date: localDate(new Date()), reference: '' }));
  const [onlineErrors, setOnlineErrors] = useState<Partial<Record<StepField, string>>>({});

  // The chosen enterprise is read live; validation reads the latest one through the ref.
  const enterpriseRef = useRef<Enterprise | null>(null);
  const { form, autosave, status, chooseGroup } = useApplicationForm(initial, actor, (values) =>
    validateEnterpriseTalentApplication(values, enterpriseRef.current, new Date()),
  );
  const values = form.getValues();
  const enterprise = useLiveQuery(
    async () => (values.enterpriseId ? ((await getEnterprise(db, values.enterpriseId)) ?? null) : null),
    [values.enterpriseId],
  );
  enterpriseRef.current = enterprise ?? null;

  const errors = useMemo(
    () => validateEnterpriseTalentApplication(values, enterprise ?? null, new Date()),
    [values, enterprise],
  );
  const warnings = useMemo(() => applicationWarnings(values, new Date()), [values]);
  const photo = usePhoto(form);
  const nav = useWizardSteps(initial.id, ENTERPRISE_WIZARD_STEPS, errors, form.setFieldError, autosave.flush);

  const recordOnline = async () => {
    const problems = RECORD_ONLINE ? stepDataErrors(RECORD_ONLINE, online) : {};
    setOnlineErrors(problems);
    if (hasErrors(errors) || hasErrors(problems) || !role) return;
    setRecording(true);
    const saved = await autosave.flush();
    const result = saved
      ? await takeStep(db, actor, role, initial.id, 'record-online', online)
      : { ok: false as const, message: '最近的修改尚未保存，请先处理保存失败的问题后再试' };
    setRecording(false);
    if (!result.ok) {
      if ('fields' in result && result.fields) setOnlineErrors(result.fields);
      notifications.show({ color: 'red', title: '未能记录网上申请', message: result.message });
      return;
    }
    notifications.show({
      color: 'teal',
      title: '已记录网上申请',
      message: `${values.applicant.name}（${initial.number}）已记录`,
    });
    navigate('/applications');
  };

  return (
    <WizardFrame
      title="名企优才类申领登记"
      application={initial}
      status={status}
      steps={ENTERPRISE_WIZARD_STEPS}
      nav={nav}
      saveState={autosave.state}
      finish={
        status === 'draft' ? (
          <Button
            color="teal"
            disabled={hasErrors(errors) || !role}
            loading={recording}
            onClick={() => void recordOnline()}
          >
            记录网上申请
          </Button>
        ) : (
          <Button variant="default" onClick={() => navigate('/applications')}>
            返回列表
          </Button>
        )
      }
    >
      {nav.step === 0 && (
        <EnterpriseStep
          enterpriseId={values.enterpriseId}
          error={form.errors.enterpriseId as string | undefined}
          defaultDistrict={actor.districtCode}
          onChoose={(enterpriseId) => chooseGroup('enterpriseId', enterpriseId)}
          onCreate={(fields) => createEnterprise(db, actor, fields)}
          onUpdate={(updated) => updateEnterprise(db, actor, updated)}
        />
      )}
      {nav.step === 1 && <ApplicantStep form={form} />}
      {nav.step === 2 && <PhotoStep value={photo.blob} onChange={photo.change} />}
      {nav.step === 3 && (
        <ResumeStep form={form} overlapError={Object.values(errors).some((m) => m.includes('重叠'))} />
      )}
      {nav.step === 4 && <EligibilityStep form={form} />}
      {nav.step === 5 && <IntroductionStep form={form} />}
      {nav.step === nav.last && (
        <TalentReviewStep
          application={values}
          enterprise={enterprise ?? null}
          photoUrl={photo.url}
          errors={errors}
          warnings={warnings}
          onGoToStep={nav.goTo}
          online={status === 'draft' ? { data: online, errors: onlineErrors, onChange: setOnline } : null}
        />
      )}
    </WizardFrame>
  );
}
