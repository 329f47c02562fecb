import { Alert, Button, Center, Group, List, Loader, Modal, Progress, Stack, Text } from '@mantine/core';
import type { Actor } from '../store/device';
import { PdfPreview } from './PdfPreview';
import { PrintControls } from './PrintControls';
import { applicationLabel } from './print-plan';
import { type GenerationState, type LoadedPlan, usePrintGeneration } from './use-print-generation';

interface PrintDialogProps {
  /** One application (from its page) or a selection (from the list). */
  applicationIds: readonly string[];
  actor: Actor;
  onClose: () => void;
}

/**
 * 打印申领登记表: lays the applications out as one A4 PDF, shows its real
 * pages, then prints or saves exactly that PDF. Mount it to open it.
 */
export function PrintDialog({ applicationIds, actor, onClose }: PrintDialogProps) {
  const { plan, state, cancel, retry } = usePrintGeneration(applicationIds);
  const batch = applicationIds.length > 1;
  // Closing unmounts the dialog, which aborts a generation still running.
  const close = onClose;
  return (
    <Modal
      opened
      onClose={close}
      title={batch ? `批量打印申领登记表（已选 ${applicationIds.length} 份）` : '打印申领登记表'}
      size={state.phase === 'ready' ? 1020 : 'lg'}
      centered
      closeOnClickOutside={false}
    >
      <Stack gap="md">
        {plan && <PlanNotes plan={plan} batch={batch} />}
        <PhaseView state={state} onCancel={cancel} onRetry={retry} onClose={close} />
        {state.phase === 'ready' && plan && (
          <Group align="flex-start" gap="lg" wrap="nowrap">
            <PdfPreview pdf={state.pdf} height={520} />
            <Stack gap="sm">
              <Text size="sm">
                共 {plan.printable.length} 份申领登记表，{state.pages} 页
              </Text>
              <PrintControls pdf={state.pdf} printable={plan.printable} actor={actor} />
            </Stack>
          </Group>
        )}
        {state.phase === 'ready' && (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              关闭
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}

/** What will be printed and what is skipped, and why. */
function PlanNotes({ plan, batch }: { plan: LoadedPlan; batch: boolean }) {
  const { printable, skipped, missing } = plan;
  if (printable.length === 0) {
    return (
      <Alert color="orange" title="无法打印" role="alert">
        {skipped.length === 1 && skipped[0] ? (
          <Text size="sm">
            {applicationLabel(skipped[0].application)}
            {skipped[0].reason}。
          </Text>
        ) : (
          <SkippedList plan={plan} />
        )}
        {missing > 0 && <Text size="sm">另有 {missing} 份申领记录已不存在。</Text>}
      </Alert>
    );
  }
  return (
    <>
      {batch && <Text size="sm">将打印：{printable.map(applicationLabel).join('、')}</Text>}
      {skipped.length > 0 && (
        <Alert color="orange" title={`已跳过 ${skipped.length} 份（只有已登记的申领可以打印）`}>
          <SkippedList plan={plan} />
        </Alert>
      )}
      {missing > 0 && <Alert color="orange">有 {missing} 份申领记录已不存在，已跳过。</Alert>}
    </>
  );
}

function SkippedList({ plan }: { plan: LoadedPlan }) {
  return (
    <List size="sm">
      {plan.skipped.map(({ application, reason }) => (
        <List.Item key={application.id}>
          {applicationLabel(application)}：{reason}
        </List.Item>
      ))}
    </List>
  );
}

interface PhaseViewProps {
  state: GenerationState;
  onCancel: () => void;
  onRetry: () => void;
  onClose: () => void;
}

function PhaseView({ state, onCancel, onRetry, onClose }: PhaseViewProps) {
  switch (state.phase) {
    case 'loading':
      return (
        <Center py="lg">
          <Loader aria-label="正在读取申领记录" />
        </Center>
      );
    case 'generating': {
      const current = Math.min(state.done + 1, state.total);
      return (
        <Stack gap="xs" py="sm">
          <Text size="sm" data-testid="print-progress">
            正在生成申领登记表：第 {current} / 共 {state.total} 份
          </Text>
          <Progress value={(state.done / Math.max(1, state.total)) * 100} animated aria-label="生成进度" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              取消
            </Button>
          </Group>
        </Stack>
      );
    }
    case 'cancelled':
      return (
        <Stack gap="sm">
          <Alert color="gray" title="已取消">
            已停止生成，没有打印或保存任何内容，申领状态未改变。
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              关闭
            </Button>
            <Button onClick={onRetry}>重新生成</Button>
          </Group>
        </Stack>
      );
    case 'failed':
      return (
        <Stack gap="sm">
          <Alert color="red" title={state.title} role="alert">
            {state.message}
          </Alert>
          <Text size="sm" c="dimmed">
            未打印任何内容，申领状态未改变。
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              关闭
            </Button>
            <Button variant="light" onClick={onRetry}>
              重试
            </Button>
          </Group>
        </Stack>
      );
    case 'empty':
      return (
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            关闭
          </Button>
        </Group>
      );
    case 'ready':
      return null;
  }
}
