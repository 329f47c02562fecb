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
});
