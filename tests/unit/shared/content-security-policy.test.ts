import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-shared/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('allows only the app’s own scripts and no remote origins', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const sources of policy.values()) {
      for (const source of sources) expect(source).not.toMatch(/^(https?:|\*|ws:)/);
    }
  });

  it('relaxes scripts only for the development server', () => {
    expect(directives(contentSecurityPolicy({ dev: true })).get('script-src')).toContain("'unsafe-inline'");
    expect(directives(contentSecurityPolicy({ dev: false })).get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('lets only the browser-mode page connect to a server, over https or on this machine', () => {
    const browser = directives(contentSecurityPolicy({ browser: true }));
    expect(browser.get('connect-src')).toEqual(["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*']);
    expect(browser.get('connect-src')).not.toContain('http:');
    // Nothing else is relaxed, and the desktop app's policy stays closed.
    const desktop = directives(contentSecurityPolicy());
    for (const [name, sources] of desktop) if (name !== 'connect-src') expect(browser.get(name)).toEqual(sources);
    expect(desktop.get('connect-src')).toEqual(["'self'"]);
  });
});
