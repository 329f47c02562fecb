import { Button, Group, Modal, Text } from '@mantine/core';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving a form with unsaved changes for another page of the
 * app (a link, the navigation, the back button). `shouldBlock` is read at
 * the moment of leaving, so a save that navigates away can say “not any more”.
 */
export function LeaveGuard({ shouldBlock }: { shouldBlock: () => boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && shouldBlock(),
  );
  const blocked = blocker.state === 'blocked';
  return (
    <Modal opened={blocked} onClose={() => blocker.reset?.()} title="有尚未保存的修改" centered>
      <Text size="sm">离开此页，本页尚未保存的修改将会丢失。要继续编辑并保存，还是放弃这些修改？</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" data-autofocus onClick={() => blocker.reset?.()}>
          继续编辑
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          放弃修改并离开
        </Button>
      </Group>
    </Modal>
  );
}
