import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Application, InvestmentProject } from '../../../src-shared/registration/application';
import { hasErrors } from '../../../src-shared/registration/rules/field-errors';
import { applicationWarnings, validateApplication } from '../../../src-shared/registration/rules/validate-application';
import { SealActions } from '../../filing/SealActions';
import { PhotoStep } from '../../photo/PhotoStep';
import { OutputActions } from '../../printing/OutputActions';
import { setStatus } from '../../store/applications';
import type { Actor } from '../../store/device';
import { db } from '../../store/instance';
import { createProject, getProject, updateProject } from '../../store/projects';
import { ApplicantStep } from './ApplicantStep';
import { ProjectStep } from './ProjectStep';
import { ResumeStep } from './ResumeStep';
import { ReviewStep } from './ReviewStep';
import { WIZARD_STEPS } from './steps';
import { UnitOpinionStep } from './UnitOpinionStep';
import { useApplicationForm, usePhoto } from './use-application-form';
import { useWizardSteps } from './use-wizard-steps';
import { WizardFrame } from './WizardFrame';

/** The 申领登记表 wizard (商务精英类) for one application; every change is saved as a draft while typing. */
export function ApplicationWizard({ initial, actor }: { initial: Application; actor: Actor }) {
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);

  // The chosen project is read live; validation reads the latest one through the ref.
  const projectRef = useRef<InvestmentProject | null>(null);
  const { form, autosave, stored, status, chooseGroup } = useApplicationForm(initial, actor, (values) =>
    validateApplication(values, projectRef.current, new Date()),
  );
  const values = form.getValues();
  const project = useLiveQuery(
    async () => (values.projectId ? ((await getProject(db, values.projectId)) ?? null) : null),
    [values.projectId],
  );
  projectRef.current = project ?? null;

  const errors = useMemo(() => validateApplication(values, project ?? null, new Date()), [values, project]);
  const warnings = useMemo(() => applicationWarnings(values, new Date()), [values]);
  const photo = usePhoto(form);
  const nav = useWizardSteps(initial.id, WIZARD_STEPS, errors, form.setFieldError, autosave.flush);

  const register = async () => {
    if (hasErrors(errors)) return;
    setRegistering(true);
    if (!(await autosave.flush())) {
      setRegistering(false);
      notifications.show({
        color: 'red',
        title: '未能完成登记',
        message: '最近的修改尚未保存，请先处理保存失败的问题后再试',
      });
      return;
    }
    const result = await setStatus(db, actor, initial.id, 'registered', '完成登记');
    setRegistering(false);
    if (!result.ok) {
      notifications.show({ color: 'red', title: '未能完成登记', message: result.message });
      return;
    }
    notifications.show({
      color: 'teal',
      title: '登记完成',
      message: `${values.applicant.name}（${initial.number}）已登记`,
    });
    navigate('/applications');
  };

  useEffect(() => {
    if (status !== 'draft') document.title = `${values.applicant.name} · 申领登记`;
  }, [status, values.applicant.name]);

  return (
    <WizardFrame
      title="申领登记表"
      application={initial}
      status={status}
      steps={WIZARD_STEPS}
      nav={nav}
      saveState={autosave.state}
      headerActions={stored && <SealActions application={stored} actor={actor} beforeFiling={autosave.flush} />}
      finish={
        status === 'draft' ? (
          <Button color="teal" disabled={hasErrors(errors)} loading={registering} onClick={() => void register()}>
            完成登记
          </Button>
        ) : (
          <Button variant="default" onClick={() => navigate('/applications')}>
            返回列表
          </Button>
        )
      }
    >
      {nav.step === 0 && <ApplicantStep form={form} />}
      {nav.step === 1 && <PhotoStep value={photo.blob} onChange={photo.change} />}
      {nav.step === 2 && (
        <ResumeStep form={form} overlapError={Object.values(errors).some((m) => m.includes('重叠'))} />
      )}
      {nav.step === 3 && (
        <ProjectStep
          projectId={values.projectId}
          error={form.errors.projectId as string | undefined}
          onChoose={(projectId) => chooseGroup('projectId', projectId)}
          onCreate={(fields) => createProject(db, actor, fields)}
          onUpdate={async (updated) => {
            const result = await updateProject(db, actor, updated);
            return result.ok ? null : result.message;
          }}
        />
      )}
      {nav.step === 4 && <UnitOpinionStep form={form} />}
      {nav.step === nav.last && (
        <ReviewStep
          application={values}
          project={project ?? null}
          photoUrl={photo.url}
          errors={errors}
          warnings={warnings}
          onGoToStep={nav.goTo}
          actions={
            status === 'draft' ? null : (
              <OutputActions
                application={initial}
                actor={actor}
                beforeOutput={autosave.flush}
                printBlocked={hasErrors(errors) ? '请先更正下列问题，再打印申领登记表' : null}
              />
            )
          }
        />
      )}
    </WizardFrame>
  );
}
