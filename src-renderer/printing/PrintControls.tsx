import { Alert, Button, Loader, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconDownload, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { MAX_PRINT_COPIES, type Printer } from '../../src-shared/bridge/contract';
import type { Application } from '../../src-shared/registration/application';
import { desktop, isBrowserMode } from '../bridge/desktop';
import type { Actor } from '../store/device';
import { db } from '../store/instance';
import { markPrinted, PRINT_REASON } from './print-job';
import { pdfFileName, printTitle } from './print-plan';

type PrinterState =
  | { status: 'loading' }
  | { status: 'ready'; printers: Printer[] }
  | { status: 'failed'; message: string };

type Outcome = { ok: true; message: string } | { ok: false; message: string };

interface PrintControlsProps {
  pdf: Uint8Array;
  printable: Application[];
  actor: Actor;
}

const PDF_FILTERS = [{ name: 'PDF 文件', extensions: ['pdf'] }];

/** Printer, copies and the buttons that print or save exactly the PDF shown in the preview. */
export function PrintControls({ pdf, printable, actor }: PrintControlsProps) {
  const [printers, setPrinters] = useState<PrinterState>({ status: 'loading' });
  const [printer, setPrinter] = useState<string | null>(null);
  const [copies, setCopies] = useState<number>(1);
  const [busy, setBusy] = useState<'print' | 'save' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (isBrowserMode) return;
    let current = true;
    void desktop.listPrinters().then((result) => {
      if (!current) return;
      if (!result.ok) {
        setPrinters({ status: 'failed', message: result.error.message });
        return;
      }
      setPrinters({ status: 'ready', printers: result.value });
      const chosen = result.value.find((candidate) => candidate.isDefault) ?? result.value[0];
      setPrinter(chosen?.name ?? null);
    });
    return () => {
      current = false;
    };
  }, []);

  /** After the printout (or the file for it) exists, registered applications wait for the seal. */
  const afterOutput = async (done: string, how: string): Promise<Outcome> => {
    try {
      const moved = await markPrinted(
        db,
        actor,
        printable.map((application) => application.id),
        new Date(),
        how,
      );
      const statusNote = moved.length > 0 ? `；${moved.length} 份申领状态已改为“待盖章”` : '';
      return { ok: true, message: `${done}${statusNote}` };
    } catch {
      return { ok: false, message: `${done}，但申领状态未能更新为“待盖章”，请重试` };
    }
  };

  const print = async () => {
    if (!printer && !isBrowserMode) return;
    setBusy('print');
    setOutcome(null);
    const result = await desktop.printPdf({
      pdf,
      printer: printer ?? '',
      copies,
      title: printTitle(printable),
    });
    if (!result.ok) setOutcome({ ok: false, message: result.error.message });
    else if (isBrowserMode) setOutcome(await afterOutput('已打开浏览器的打印对话框', `${PRINT_REASON}（浏览器打印）`));
    else {
      const name = printers.status === 'ready' ? printers.printers.find((p) => p.name === printer)?.displayName : '';
      const where = `打印机 ${name ?? printer}（${copies} 份）`;
      setOutcome(await afterOutput(`已发送到${where}`, `${PRINT_REASON}：${where}`));
    }
    setBusy(null);
  };

  const save = async () => {
    setBusy('save');
    setOutcome(null);
    const suggestedName = pdfFileName(printable, new Date());
    const result = await desktop.saveFile({ suggestedName, data: pdf, filters: PDF_FILTERS });
    if (!result.ok) setOutcome({ ok: false, message: result.error.message });
    else if (result.value.saved) {
      setOutcome(
        await afterOutput(`已保存：${result.value.location}`, `${PRINT_REASON}：另存为 PDF（${suggestedName}）`),
      );
    }
    setBusy(null);
  };

  const printerMissing = !isBrowserMode && (printers.status !== 'ready' || !printer);
  return (
    <Stack gap="sm" w={250}>
      {isBrowserMode ? (
        <Text size="sm" c="dimmed">
          浏览器模式：“打印”会打开浏览器的打印对话框，请选择 A4 纸、缩放选“实际大小”（100%）。也可下载 PDF 后打印。
        </Text>
      ) : (
        <>
          {printers.status === 'loading' && <Loader size="sm" aria-label="正在读取打印机" />}
          {printers.status === 'failed' && <Alert color="red">无法读取打印机列表：{printers.message}</Alert>}
          {printers.status === 'ready' && printers.printers.length === 0 && (
            <Alert color="orange">本机没有可用的打印机，可先另存为 PDF。</Alert>
          )}
          {printers.status === 'ready' && printers.printers.length > 0 && (
            <Select
              label="打印机"
              data={printers.printers.map((p) => ({
                value: p.name,
                label: p.isDefault ? `${p.displayName}（默认）` : p.displayName,
              }))}
              value={printer}
              onChange={setPrinter}
              allowDeselect={false}
              searchable
            />
          )}
          <NumberInput
            label="份数"
            description={`1–${MAX_PRINT_COPIES} 份；A4 纸，不缩放`}
            min={1}
            max={MAX_PRINT_COPIES}
            clampBehavior="strict"
            allowDecimal={false}
            allowNegative={false}
            value={copies}
            onChange={(value) => setCopies(typeof value === 'number' && value >= 1 ? value : 1)}
          />
        </>
      )}
      <Button
        leftSection={<IconPrinter size={16} />}
        onClick={() => void print()}
        loading={busy === 'print'}
        disabled={busy !== null || printerMissing}
      >
        打印
      </Button>
      <Button
        variant="default"
        leftSection={isBrowserMode ? <IconDownload size={16} /> : <IconDeviceFloppy size={16} />}
        onClick={() => void save()}
        loading={busy === 'save'}
        disabled={busy !== null}
      >
        {isBrowserMode ? '下载 PDF' : '另存为 PDF'}
      </Button>
      {outcome && (
        <Alert color={outcome.ok ? 'teal' : 'red'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </Alert>
      )}
    </Stack>
  );
}
