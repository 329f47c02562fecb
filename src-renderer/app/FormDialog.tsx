import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FormDialogProps {
  title: string;
  /** What the dialog is about (whose card, which station), shown under the title. */
  subtitle: string;
  onClose: () => void;
  onSubmit: () => void;
  saving: boolean;
  /** A problem that belongs to no field. */
  problem: string | null;
  /** The submit button's words (确认 unless said). */
  confirmLabel?: string;
  /** Focus the submit button on opening, for a step with nothing to fill in. */
  focusConfirm?: boolean;
  size?: string;
  children: ReactNode;
}

/**
 * The frame of a record's dialogs: what it is about, the fields, a problem
 * if any, 取消 and 确认 (Enter in a one-line field submits; a second Enter
 * while saving does nothing).
 */
export function FormDialog(props: FormDialogProps) {
  const { title, subtitle, onClose, onSubmit, saving, problem, confirmLabel = '确认', focusConfirm, children } = props;
  return (
    // The close button is left out of the tab order so that Mantine's focus trap starts on the first field
    // (DateField cannot carry data-autofocus); Escape and 取消 still close the dialog.
    <Modal
      opened
      onClose={onClose}
      title={title}
      centered
      size={props.size ?? 'lg'}
      closeButtonProps={{ tabIndex: -1, 'aria-label': '关闭' }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!saving) onSubmit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {subtitle}
          </Text>
          {children}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" loading={saving} data-autofocus={focusConfirm || undefined}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
