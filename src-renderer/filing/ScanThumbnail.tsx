import { Alert, Center, Image, Loader, Paper } from '@mantine/core';
import { useMemo } from 'react';
import { useObjectUrl } from '../photo/use-object-url';
import { PdfPageCanvas, usePdfDocument } from '../printing/PdfPreview';
import { isPdf, type ScanFile } from './scan-file';

const WIDTH = 200;

function PdfFirstPage({ bytes }: { bytes: Uint8Array }) {
  const { doc, error } = usePdfDocument(bytes);
  if (error) return <Alert color="orange">{error}</Alert>;
  if (!doc) {
    return (
      <Center w={WIDTH} h={Math.round((WIDTH * 297) / 210)}>
        <Loader size="sm" />
      </Center>
    );
  }
  return <PdfPageCanvas doc={doc} pageNumber={1} width={WIDTH} label="盖章件第 1 页" />;
}

function ImagePreview({ file }: { file: ScanFile }) {
  const blob = useMemo(() => new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }), [file]);
  const url = useObjectUrl(blob);
  return url ? <Image src={url} alt="盖章件" w={WIDTH} fit="contain" /> : null;
}

/** A small picture of the chosen stamped copy, so that staff see what they are filing. */
export function ScanThumbnail({ file }: { file: ScanFile }) {
  return (
    <Paper withBorder p={4} w={WIDTH + 10} style={{ flexShrink: 0 }}>
      {isPdf(file.type) ? <PdfFirstPage bytes={file.bytes} /> : <ImagePreview file={file} />}
    </Paper>
  );
}
