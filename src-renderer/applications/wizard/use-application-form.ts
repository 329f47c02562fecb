import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { Application } from '../../../src-shared/registration/application';
import type { FieldErrors } from '../../../src-shared/registration/rules/field-errors';
import { useObjectUrl } from '../../photo/use-object-url';
import { getApplication, saveApplication } from '../../store/applications';
import { getAttachment, getLocalAttachment, putAttachment } from '../../store/attachments';
import type { Actor } from '../../store/device';
import { db } from '../../store/instance';
import { useAutosave } from './use-autosave';

/**
 * The form of one application, whichever its category: every change saved
 * as a draft while typing (Ctrl+S at once), the stored record read live for
 * what changes outside the form (status, the filed copy), and `validate`
 * read afresh on every check.
 */
export function useApplicationForm(initial: Application, actor: Actor, validate: (values: Application) => FieldErrors) {
  // What the form last saved (or loaded): each save writes only the fields changed since.
  const loaded = useRef(initial);
  const save = async (values: Application) => {
    const result = await saveApplication(db, actor, values, new Date(), loaded.current);
    if (result.ok) loaded.current = values;
    return result;
  };
  const autosave = useAutosave(async (values: Application) => {
    const result = await save(values);
    return result.ok ? null : result.message;
  });
  const stored = useLiveQuery(() => getApplication(db, initial.id), [initial.id]);
  const validateRef = useRef(validate);
  validateRef.current = validate;
  const form = useForm<Application>({
    mode: 'controlled',
    initialValues: initial,
    validateInputOnBlur: true,
    validate: (values) => validateRef.current(values),
    onValuesChange: (values) => autosave.schedule(values),
  });

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

  /**
   * Puts the application in a project or an enterprise: saved at once, so
   * that its places are checked in the store's transaction; the form takes
   * the choice only when the store did. Resolves to a message when refused.
   */
  const chooseGroup = async (field: 'projectId' | 'enterpriseId', id: string): Promise<string | null> => {
    if (!(await autosave.flush())) {
      return `最近的修改尚未保存，请先处理保存失败的问题后再选择${field === 'projectId' ? '项目' : '企业'}`;
    }
    const result = await save({ ...form.getValues(), [field]: id });
    if (!result.ok) return result.message;
    form.setFieldValue(field, id);
    return null;
  };

  return { form, autosave, stored, status: stored?.status ?? form.getValues().status, chooseGroup };
}

/** The applicant's photo: the stored blob (fetched from the server on first open), its URL, and how to change it. */
export function usePhoto(form: ReturnType<typeof useApplicationForm>['form']) {
  const sha256 = form.getValues().photo;
  const blob = useLiveQuery(async () => (sha256 ? ((await getLocalAttachment(db, sha256)) ?? null) : null), [sha256]);
  useEffect(() => {
    // A photo taken on another device arrives on first open (and is then kept here).
    if (sha256 && blob === null) void getAttachment(db, sha256);
  }, [sha256, blob]);
  const url = useObjectUrl(blob ?? null);
  const change = async (photo: { blob: Blob } | null) => {
    const stored = photo ? await putAttachment(db, photo.blob) : null;
    form.setFieldValue('photo', stored);
  };
  return { blob: blob ?? null, url, change };
}
