import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Application } from '../../src-shared/registration/application';

interface CardDialogProps {
  title: string;
  application: Application;
  onClose: () => void;
  onSubmit: () => void;
  saving: boolean;
  /** A problem that belongs to no field. */
  problem: string | null;
  /** Focus 确认 on opening, for a step with nothing to fill in. */
  focusConfirm?: boolean;
  children: ReactNode;
}

/** The frame of the card page's dialogs: whose card, the fields, a problem if any, 取消 and 确认 (Enter submits). */
export function CardDialog(props: CardDialogProps) {
  const { title, application, onClose, onSubmit, saving, problem, focusConfirm, children } = props;
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {application.applicant.name} · 申领编号 {application.number}
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
              确认
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
