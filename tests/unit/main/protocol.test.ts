import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveRenderer } from '../../../src-main/main/protocol';
import { contentSecurityPolicy } from '../../../src-shared/content-security-policy';

let rendererDir: string;
let handler: ((request: Request) => Promise<Response>) | undefined;

beforeEach(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'talent-card-protocol-'));
  rendererDir = join(folder, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(rendererDir, 'assets', 'index.js'), 'export {};');
  await writeFile(join(folder, 'secret.txt'), 'not for the page');
  const protocol = {
    handle: (scheme: string, serve: typeof handler) => {
      if (scheme === 'app') handler = serve;
    },
  };
  serveRenderer(protocol as never, rendererDir);
});

afterEach(async () => {
  await rm(join(rendererDir, '..'), { recursive: true, force: true });
});

const get = (url: string) => {
  if (!handler) throw new Error('app:// is not handled');
  return handler(new Request(url));
};

describe('serveRenderer', () => {
  it('sends the desktop CSP with every file of the renderer', async () => {
    for (const url of ['app://bundle/index.html', 'app://bundle/', 'app://bundle/assets/index.js']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Security-Policy'), url).toBe(contentSecurityPolicy());
      expect(response.headers.get('X-Content-Type-Options'), url).toBe('nosniff');
    }
    expect((await get('app://bundle/assets/index.js')).headers.get('Content-Type')).toBe(
      'text/javascript; charset=utf-8',
    );
  });

  it('serves nothing outside the renderer folder or from another host', async () => {
    expect((await get('app://bundle/..%2fsecret.txt')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://bundle/missing.js')).status).toBe(404);
  });
});
