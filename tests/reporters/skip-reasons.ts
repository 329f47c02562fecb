import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Says why each skipped test was skipped, so that a skip is never read as a pass. */
export default class SkipReasons implements Reporter {
  private readonly skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reasons = test.annotations.filter((note) => note.type === 'skip').map((note) => note.description ?? '');
    this.skipped.push(`${test.titlePath().filter(Boolean).join(' › ')}: ${reasons.join('; ') || '未说明原因'}`);
  }

  onEnd(): void {
    if (this.skipped.length === 0) return;
    console.log(`\n跳过的测试 (skipped) 及原因：`);
    for (const line of this.skipped) console.log(`  - ${line}`);
  }
}
