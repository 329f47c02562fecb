// The shell: how much the renderer weighs and how soon a window shows it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { type BenchResult, quantile } from './result';

const root = join(import.meta.dirname, '..', '..');
const webDir = join(root, 'out', 'web');
const LOADS = 15;

/**
 * What the first screen loads: the files index.html names (its script,
 * modulepreloads and stylesheets). Chunks loaded later on demand, such as
 * the PDF worker or pdf.js for the print preview, are not part of start-up.
 */
async function gzippedStartupBytes(extension: string): Promise<number> {
  const html = await readFile(join(webDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((file) => file.endsWith(extension));
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(join(webDir, file))).byteLength;
  return total;
}

export async function run(): Promise<BenchResult[]> {
  await build({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn' });
  const server = await preview({
    configFile: join(root, 'vite.web.config.ts'),
    preview: { port: 0 },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const samples: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(url);
      await page.getByRole('heading', { level: 2, name: '工作台' }).waitFor();
      samples.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    {
      name: 'shell visible after a cold load, p50',
      value: quantile(samples, 0.5),
      unit: 'ms',
      target: 1000,
      better: 'lower',
    },
    {
      name: 'shell visible after a cold load, p95',
      value: quantile(samples, 0.95),
      unit: 'ms',
      target: 2000,
      better: 'lower',
    },
    {
      name: 'JavaScript loaded at start-up, gzipped',
      value: (await gzippedStartupBytes('.js')) / 1024,
      unit: 'KiB',
      target: 600,
      better: 'lower',
    },
    {
      name: 'CSS loaded at start-up, gzipped',
      value: (await gzippedStartupBytes('.css')) / 1024,
      unit: 'KiB',
      target: 80,
      better: 'lower',
    },
  ];
}
