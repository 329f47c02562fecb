// `npm run bench [-- AREA ...]`: runs tests/bench/AREA.bench.ts (every area
// when none is named), prints a table and writes bench-results/AREA.json.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchArea, type BenchResult, meetsTarget } from './result';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

async function availableAreas(): Promise<string[]> {
  const files = await readdir(here);
  return files.filter((file) => file.endsWith('.bench.ts')).map((file) => file.replace(/\.bench\.ts$/, ''));
}

function printTable(area: string, results: BenchResult[]): void {
  console.log(`\n${area}`);
  console.table(
    results.map((result) => ({
      name: result.name,
      value: Number(result.value.toFixed(2)),
      unit: result.unit,
      target: `${result.better === 'lower' ? '≤' : '≥'} ${result.target}`,
      met: meetsTarget(result) ? 'yes' : 'NO',
    })),
  );
}

const known = await availableAreas();
const requested = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = requested.filter((area) => !known.includes(area));
if (unknown.length > 0) {
  console.error(`unknown benchmark area: ${unknown.join(', ')} (known: ${known.join(', ')})`);
  process.exit(2);
}

await mkdir(join(root, 'bench-results'), { recursive: true });
for (const area of requested.length > 0 ? requested : known) {
  const module = (await import(pathToFileURL(join(here, `${area}.bench.ts`)).href)) as { run: BenchArea };
  const results = await module.run();
  printTable(area, results);
  const file = join(root, 'bench-results', `${area}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written: ${file}`);
}
