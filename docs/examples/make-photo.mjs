// Paints the example's ID photo (354 × 496, the size the app stores) and puts
// it into application.json: `node docs/examples/make-photo.mjs`. Node has no
// JPEG encoder, so the pixels go into a one-page PDF that poppler's pdftoppm
// (apt-get install poppler-utils) renders as a JPEG at 1 pixel per point.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const width = 354;
const height = 496;

let seed = 7;
const noise = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return (seed / 0x7fffffff - 0.5) * 6;
};
const inEllipse = (x, y, cx, cy, rx, ry) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;

function paint(x, y) {
  // Blue background, lighter towards the top, as on an ID photo.
  let rgb = [67 + y / 20, 142 + y / 25, 219 - y / 30];
  const shoulders = y > 380 && inEllipse(x, y, 177, 520, 190, 150);
  if (shoulders) rgb = [38, 42, 56]; // dark suit
  if (shoulders && Math.abs(x - 177) < 46 - (y - 380) / 4 && y < 470) rgb = [240, 240, 236]; // shirt
  if (y > 300 && y < 400 && Math.abs(x - 177) < 40) rgb = [222, 178, 150]; // neck
  if (inEllipse(x, y, 177, 215, 92, 122)) {
    const shade = 1 - Math.max(0, (x - 177) / 92) * 0.12;
    rgb = [236 * shade, 194 * shade, 166 * shade]; // face
  }
  if (inEllipse(x, y, 177, 150, 100, 80) && y < 150 + (Math.abs(x - 177) < 60 ? -20 : 40)) rgb = [30, 26, 24]; // hair
  if (inEllipse(x, y, 140, 205, 12, 6) || inEllipse(x, y, 214, 205, 12, 6)) rgb = [40, 32, 30]; // eyes
  if (inEllipse(x, y, 177, 282, 28, 7) && y > 280) rgb = [176, 96, 90]; // mouth
  return rgb.map((c) => Math.max(0, Math.min(255, Math.round(c + noise()))));
}

const rgb = Buffer.alloc(width * height * 3);
for (let y = 0; y < height; y++) {
  for (let x = 0; x < width; x++) rgb.set(paint(x, y), (y * width + x) * 3);
}

/** A one-page PDF showing the pixels as an image the page's size. */
function pdfOfPixels() {
  const image = deflateSync(rgb);
  const content = `q ${width} 0 0 ${height} 0 0 cm /Im0 Do Q`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`,
    [
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`,
      image,
      '\nendstream',
    ],
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const parts = [Buffer.from('%PDF-1.4\n')];
  const offsets = [];
  let length = parts[0].length;
  objects.forEach((object, index) => {
    const body = Buffer.concat([`${index + 1} 0 obj\n`, ...[object].flat(), '\nendobj\n'].map((p) => Buffer.from(p)));
    offsets.push(length);
    parts.push(body);
    length += body.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ];
  parts.push(
    Buffer.from(
      `${xref.join('\n')}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

const work = mkdtempSync(join(tmpdir(), 'example-photo-'));
let bytes;
try {
  writeFileSync(join(work, 'photo.pdf'), pdfOfPixels());
  execFileSync('pdftoppm', ['-r', '72', '-jpeg', '-jpegopt', 'quality=85', '-singlefile', 'photo.pdf', 'photo'], {
    cwd: work,
  });
  bytes = readFileSync(join(work, 'photo.jpg'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
const type = 'image/jpeg';

const file = join(here, 'application.json');
const example = JSON.parse(readFileSync(file, 'utf8'));
example.photo = { type, base64: bytes.toString('base64') };
writeFileSync(file, `${JSON.stringify(example, null, 2)}\n`);
console.log(`照片：${type}，${bytes.length} 字节，已写入 ${file}`);
