import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../../src-renderer/pdf/fonts';
import { root } from './fixtures';

const script = join(root, 'scripts', 'fonts.mjs');

describe('scripts/fonts.mjs', () => {
  it('copies the fonts the PDF code names, writes the manifest, and skips files already up to date', () => {
    const out = mkdtempSync(join(tmpdir(), 'fonts-'));
    try {
      const first = execFileSync(process.execPath, [script, out], { encoding: 'utf8' });
      expect(first).toContain('复制了 5 个文件');
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
        fonts: { file: string; bytes: number }[];
        license: string;
      };
      expect(manifest.fonts.map((font) => font.file).sort()).toEqual(FONT_FILES.map((font) => font.file).sort());
      for (const font of FONT_FILES) {
        const source = join(root, 'node_modules', font.package, font.dir, font.file);
        expect(statSync(join(out, font.file)).size).toBe(statSync(source).size);
      }
      expect(existsSync(join(out, manifest.license))).toBe(true);
      const again = execFileSync(process.execPath, [script, out], { encoding: 'utf8' });
      expect(again).toContain('已是最新');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
