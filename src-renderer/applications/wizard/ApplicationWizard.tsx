import { Badge, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Application, InvestmentProject } from '../../../src-shared/registration/application';
import { hasErrors } from '../../../src-shared/registration/rules/field-errors';
import { applicationWarnings, validateApplication } from '../../../src-shared/registration/rules/validate-application';
import { SealActions } from '../../filing/SealActions';
import { PhotoStep } from '../../photo/PhotoStep';
import { useObjectUrl } from '../../photo/use-object-url';
import { OutputActions } from '../../printing/OutputActions';
import { useUiStore } from '../../state/ui-store';
import { getApplication, saveApplication, setStatus } from '../../store/applications';
import { getAttachment, getLocalAttachment, putAttachment } from '../../store/attachments';
import type { Actor } from '../../store/device';
import { db } from '../../store/instance';
import { createProject, getProject, updateProject } from '../../store/projects';
import { RecordSyncBadge } from '../../sync-ui/RecordSyncBadge';
import { STATUS_COLORS, STATUS_LABELS } from '../status-labels';
import { ApplicantStep } from './ApplicantStep';
import { enterMovesOn } from './enter-moves-on';
import { ProjectStep } from './ProjectStep';
import { ResumeStep } from './ResumeStep';
import { ReviewStep } from './ReviewStep';
import { SaveIndicator } from './SaveIndicator';
import { errorsOfStep, WIZARD_STEPS } from './steps';
import { UnitOpinionStep } from './UnitOpinionStep';
import { useAutosave } from './use-autosave';

const REVIEW_STEP = WIZARD_STEPS.length - 1;

/** The 申领登记表 wizard for one application; every change is saved as a draft while typing. */
export function ApplicationWizard({ initial, actor }: { initial: Application; actor: Actor }) {
  const navigate = useNavigate();
  const step = useUiStore((state) => state.wizardStep[initial.id] ?? 0);
  const setStep = useUiStore((state) => state.setWizardStep);
  const [registering, setRegistering] = useState(false);

  const autosave = useAutosave(async (values: Application) => {
    const result = await saveApplication(db, actor, values);
    return result.ok ? null : result.message;
  });
  // Status and the filed copy change outside the form (完成登记, printing, filing): read them live.
  const stored = useLiveQuery(() => getApplication(db, initial.id), [initial.id]);

  // The chosen project is read live; validation reads the latest one through the ref.
  const projectRef = useRef<InvestmentProject | null>(null);
  const form = useForm<Application>({
    mode: 'controlled',
    initialValues: initial,
    validateInputOnBlur: true,
    validate: (values) => validateApplication(values, projectRef.current, new Date()),
    onValuesChange: (values) => autosave.schedule(values),
  });
  const projectId = form.getValues().projectId;
  const project = useLiveQuery(
    async () => (projectId ? ((await getProject(db, projectId)) ?? null) : null),
    [projectId],
  );
  projectRef.current = project ?? null;

  const values = form.getValues();
  const status = stored?.status ?? values.status;
  const errors = useMemo(() => validateApplication(values, project ?? null, new Date()), [values, project]);
  const warnings = useMemo(() => applicationWarnings(values, new Date()), [values]);
  const photoBlob = useLiveQuery(
    async () => (values.photo ? ((await getLocalAttachment(db, values.photo)) ?? null) : null),
    [values.photo],
  );
  useEffect(() => {
    // A photo taken on another device arrives on first open (and is then kept here).
    if (values.photo && photoBlob === null) void getAttachment(db, values.photo);
  }, [values.photo, photoBlob]);
  const photoUrl = useObjectUrl(photoBlob ?? null);

  useHotkeys(
    [
      [
        'mod+S',
        () =>
          void autosave
            .flush()
            .then((saved) =>
              notifications.show(
                saved
                  ? { message: '草稿已保存', color: 'teal', autoClose: 1500 }
                  : { message: '保存失败，修改仍保留在表单中，请稍后重试', color: 'red' },
              ),
            ),
      ],
    ],
    [],
  );

  const goTo = (next: number) => {
    void autosave.flush();
    setStep(initial.id, Math.max(0, Math.min(REVIEW_STEP, next)));
  };

  /** 下一步: shows what is missing on this step; moves on only when nothing is. */
  const next = () => {
    const problems = errorsOfStep(errors, step);
    if (hasErrors(problems)) {
      for (const [path, message] of Object.entries(problems)) form.setFieldError(path, message);
      const [firstPath] = Object.keys(problems);
      document.querySelector<HTMLElement>(`[data-path="${firstPath}"]`)?.focus();
      return;
    }
    goTo(step + 1);
  };

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

  const chooseProject = async (projectId: string): Promise<string | null> => {
    if (!(await autosave.flush())) return '最近的修改尚未保存，请先处理保存失败的问题后再选择项目';
    const result = await saveApplication(db, actor, { ...form.getValues(), projectId });
    if (!result.ok) return result.message;
    form.setFieldValue('projectId', projectId);
    return null;
  };

  useEffect(() => {
    if (status !== 'draft') document.title = `${values.applicant.name} · 申领登记`;
  }, [status, values.applicant.name]);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={2}>申领登记表</Title>
          <Group gap="xs" mt={4}>
            <Text c="dimmed" size="sm">
              申领编号 {initial.number}
            </Text>
            <Badge variant="light" color={STATUS_COLORS[status]} data-testid="application-status">
              {STATUS_LABELS[status]}
            </Badge>
            <RecordSyncBadge table="applications" id={initial.id} />
          </Group>
        </div>
        <Group gap="md">
          {stored && <SealActions application={stored} actor={actor} beforeFiling={autosave.flush} />}
          <SaveIndicator state={autosave.state} />
        </Group>
      </Group>
      <Stepper active={step} onStepClick={goTo} size="sm" allowNextStepsSelect>
        {WIZARD_STEPS.map((wizardStep) => (
          <Stepper.Step key={wizardStep.key} label={wizardStep.label} />
        ))}
      </Stepper>
      <Paper withBorder radius="md" p="lg" onKeyDownCapture={(event) => enterMovesOn(event, next)}>
        {step === 0 && <ApplicantStep form={form} />}
        {step === 1 && (
          <PhotoStep
            value={photoBlob ?? null}
            onChange={async (photo) => {
              const sha256 = photo ? await putAttachment(db, photo.blob) : null;
              form.setFieldValue('photo', sha256);
            }}
          />
        )}
        {step === 2 && <ResumeStep form={form} overlapError={Object.values(errors).some((m) => m.includes('重叠'))} />}
        {step === 3 && (
          <ProjectStep
            projectId={values.projectId}
            error={form.errors.projectId as string | undefined}
            onChoose={chooseProject}
            onCreate={(fields) => createProject(db, actor, fields)}
            onUpdate={async (updated) => {
              const result = await updateProject(db, actor, updated);
              return result.ok ? null : result.message;
            }}
          />
        )}
        {step === 4 && <UnitOpinionStep form={form} />}
        {step === REVIEW_STEP && (
          <ReviewStep
            application={values}
            project={project ?? null}
            photoUrl={photoUrl}
            errors={errors}
            warnings={warnings}
            onGoToStep={goTo}
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
      </Paper>
      <Group justify="space-between">
        <Button variant="default" disabled={step === 0} onClick={() => goTo(step - 1)}>
          上一步
        </Button>
        {step < REVIEW_STEP ? (
          <Button onClick={next}>下一步</Button>
        ) : status === 'draft' ? (
          <Button color="teal" disabled={hasErrors(errors)} loading={registering} onClick={() => void register()}>
            完成登记
          </Button>
        ) : (
          <Button variant="default" onClick={() => navigate('/applications')}>
            返回列表
          </Button>
        )}
      </Group>
    </Stack>
  );
}
