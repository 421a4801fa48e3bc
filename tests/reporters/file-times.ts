/**
 * A Playwright reporter that prints, at the end of a run, the time spent in each
 * spec file (summed over its tests and both projects), slowest first: the list to
 * read when the e2e stage grows.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { relative } from 'node:path';

export default class FileTimes implements Reporter {
  private readonly byFile = new Map<string, { ms: number; tests: number }>();
  private started = 0;

  onBegin(): void {
    this.started = performance.now();
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = relative(process.cwd(), test.location.file);
    const entry = this.byFile.get(file) ?? { ms: 0, tests: 0 };
    entry.ms += result.duration;
    entry.tests += 1;
    this.byFile.set(file, entry);
  }

  onEnd(result: FullResult): void {
    const rows = [...this.byFile].sort((a, b) => b[1].ms - a[1].ms);
    const wall = (performance.now() - this.started) / 1000;
    console.log(`\nE2E time per file (test time summed over workers; wall time ${wall.toFixed(0)} s, ${result.status}):`);
    for (const [file, { ms, tests }] of rows) {
      console.log(`  ${(ms / 1000).toFixed(0).padStart(5)} s  ${String(tests).padStart(4)} tests  ${file}`);
    }
  }

  printsToStdio(): boolean {
    return false;
  }
}
