// The registration store in Chromium's IndexedDB with 100,000 applications.
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import type { BenchResult } from './result';

const root = join(import.meta.dirname, '..', '..');
const pageRoot = join(import.meta.dirname, 'store-page');
const outDir = join(root, 'out', 'bench-store');
const ROWS = Number(process.env.BENCH_STORE_ROWS ?? 100_000);

type Figures = Record<string, number>;

export async function run(): Promise<BenchResult[]> {
  await build({ root: pageRoot, configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: pageRoot,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const seedStarted = performance.now();
    await page.evaluate(
      (rows) => (globalThis as unknown as { storeBench: { seed(n: number): Promise<void> } }).storeBench.seed(rows),
      ROWS,
    );
    console.log(`seeded ${ROWS} applications in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
    const figures = await page.evaluate(() =>
      (globalThis as unknown as { storeBench: { measure(): Promise<Figures> } }).storeBench.measure(),
    );
    if (figures.rows !== ROWS + 1) throw new Error(`expected ${ROWS + 1} rows, found ${figures.rows}`);
    const ms = (name: string, value: number | undefined, target: number): BenchResult => ({
      name,
      value: value ?? Number.NaN,
      unit: 'ms',
      target,
      better: 'lower',
    });
    return [
      ms(`search by name prefix, p95 (${ROWS} rows)`, figures.nameP95, 50),
      ms('search by name prefix, p50', figures.nameP50, 50),
      ms('search by 证件号码 tail, p95', figures.tailP95, 50),
      ms('search by 证件号码 tail, p50', figures.tailP50, 50),
      ms('first list page after opening', figures.firstPage, 100),
      ms('list page, warm, p95', figures.warmPageP95, 100),
      ms('draft save, p95', figures.saveP95, 20),
      ms('draft save, p50', figures.saveP50, 20),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
