import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Station } from '../../../src-shared/stations/station';

interface StationDialogProps {
  title: string;
  station: Pick<Station, 'name' | 'hostName'>;
  onClose: () => void;
  onSubmit: () => void;
  saving: boolean;
  /** A problem that belongs to no field. */
  problem: string | null;
  /** The submit button's words (确认 unless said). */
  confirmLabel?: string;
  size?: string;
  children: ReactNode;
}

/**
 * The frame of the station page's dialogs, as the card page's CardDialog
 * frames its own: which station, the fields, a problem if any, 取消 and 确认
 * (Enter in a one-line field submits).
 */
export function StationDialog(props: StationDialogProps) {
  const { title, station, onClose, onSubmit, saving, problem, confirmLabel = '确认', size = 'lg', children } = props;
  return (
    // The close button is left out of the tab order so that Mantine's focus trap starts on the first field
    // (DateField cannot carry data-autofocus); Escape and 取消 still close the dialog.
    <Modal
      opened
      onClose={onClose}
      title={title}
      centered
      size={size}
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
            {station.name} · 依托单位 {station.hostName}
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
            <Button type="submit" loading={saving}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
