import { Alert, Box, Center, Group, Loader, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { isRenderingCancelled, openPdfDocument, renderPageToCanvas } from './pdfjs';

/** The PDF opened with pdf.js while `pdf` is set; closed again when it changes or the component goes away. */
export function usePdfDocument(pdf: Uint8Array | null): { doc: PDFDocumentProxy | null; error: string | null } {
  const [state, setState] = useState<{ doc: PDFDocumentProxy | null; error: string | null }>({
    doc: null,
    error: null,
  });
  useEffect(() => {
    if (!pdf) return;
    let current = true;
    let opened: PDFDocumentProxy | null = null;
    setState({ doc: null, error: null });
    openPdfDocument(pdf).then(
      (doc) => {
        opened = doc;
        if (current) setState({ doc, error: null });
        else void doc.destroy();
      },
      () => current && setState({ doc: null, error: '无法显示预览：PDF 文件无法读取' }),
    );
    return () => {
      current = false;
      void opened?.destroy();
    };
  }, [pdf]);
  return state;
}

interface PdfPageCanvasProps {
  doc: PDFDocumentProxy;
  pageNumber: number;
  /** Width in CSS pixels. */
  width: number;
  label: string;
}

/** One page of the real PDF, drawn by pdf.js onto a canvas. */
export function PdfPageCanvas({ doc, pageNumber, width, label }: PdfPageCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let cancel: (() => void) | null = null;
    setDrawn(false);
    setFailed(false);
    (async () => {
      const page = await doc.getPage(pageNumber);
      const canvas = canvasRef.current;
      if (cancelled || !canvas) return;
      const task = renderPageToCanvas(page, canvas, width);
      cancel = () => task.cancel();
      await task.promise;
      if (!cancelled) setDrawn(true);
    })().catch((error: unknown) => {
      if (!cancelled && !isRenderingCancelled(error)) setFailed(true);
    });
    return () => {
      cancelled = true;
      cancel?.();
    };
  }, [doc, pageNumber, width]);

  // A4 proportions hold the space while the page is drawn.
  const placeholderHeight = Math.round((width * 297) / 210);
  return (
    <Box pos="relative" w={width} mih={drawn ? undefined : placeholderHeight} bg="white" data-drawn={drawn}>
      <canvas ref={canvasRef} role="img" aria-label={label} style={{ display: 'block' }} />
      {!drawn && !failed && (
        <Center pos="absolute" inset={0}>
          <Loader size="sm" />
        </Center>
      )}
      {failed && (
        <Center pos="absolute" inset={0} p="xs">
          <Text size="xs" c="red" ta="center">
            第 {pageNumber} 页无法显示
          </Text>
        </Center>
      )}
    </Box>
  );
}

const THUMB_WIDTH = 110;
const PAGE_WIDTH = 430;

/** The pages of the PDF exactly as they will print: scrollable thumbnails beside the chosen page. */
export function PdfPreview({ pdf, height = 600 }: { pdf: Uint8Array; height?: number }) {
  const { doc, error } = usePdfDocument(pdf);
  const [selected, setSelected] = useState(1);

  if (error) return <Alert color="red">{error}</Alert>;
  if (!doc) {
    return (
      <Center h={height}>
        <Loader />
      </Center>
    );
  }
  const pages = Array.from({ length: doc.numPages }, (_, index) => index + 1);
  const current = Math.min(selected, doc.numPages);
  return (
    <Group align="flex-start" gap="md" wrap="nowrap" data-testid="pdf-preview">
      <ScrollArea h={height} w={THUMB_WIDTH + 28} type="auto" offsetScrollbars aria-label="页面缩略图">
        <Stack gap="sm" p={4}>
          {pages.map((pageNumber) => (
            <UnstyledButton
              key={pageNumber}
              onClick={() => setSelected(pageNumber)}
              aria-label={`查看第 ${pageNumber} 页`}
              aria-current={pageNumber === current ? 'page' : undefined}
              style={{
                outline:
                  pageNumber === current
                    ? '2px solid var(--mantine-color-blue-6)'
                    : '1px solid var(--mantine-color-gray-4)',
                outlineOffset: 1,
              }}
            >
              <PdfPageCanvas
                doc={doc}
                pageNumber={pageNumber}
                width={THUMB_WIDTH}
                label={`第 ${pageNumber} 页缩略图`}
              />
              <Text size="xs" ta="center" c="dimmed" py={2}>
                第 {pageNumber} 页
              </Text>
            </UnstyledButton>
          ))}
        </Stack>
      </ScrollArea>
      <ScrollArea h={height} w={PAGE_WIDTH + 24} type="auto" bg="gray.1" p={8}>
        <Box style={{ boxShadow: 'var(--mantine-shadow-sm)' }}>
          <PdfPageCanvas doc={doc} pageNumber={current} width={PAGE_WIDTH} label={`第 ${current} 页预览`} />
        </Box>
        <Text size="xs" c="dimmed" ta="center" mt={4}>
          第 {current} / 共 {doc.numPages} 页
        </Text>
      </ScrollArea>
    </Group>
  );
}
