import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronRuntime = { available: true; executablePath: string } | { available: false; reason: string };

/**
 * Finds Electron's runtime without triggering its download: requiring the
 * `electron` package would try to fetch the binary when it is missing.
 */
export function findElectronRuntime(root = process.cwd()): ElectronRuntime {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      available: false,
      reason: 'Electron 运行时未安装（以 npm ci --ignore-scripts 安装时不下载运行时）',
    };
  }
  const executablePath = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executablePath)) {
    return { available: false, reason: `Electron 运行时文件缺失：${executablePath}` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { available: false, reason: '没有可用的图形显示（DISPLAY 未设置；可用 xvfb-run 运行）' };
  }
  return { available: true, executablePath };
}
