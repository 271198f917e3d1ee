// Runs the suites registered on the shared Mocha instance and reports the way CI reads it. Kept apart
// from index.ts so the harness's own fixtures (test/fixtures/harness) report through the same code.
import type Mocha from 'mocha';
import { mocha } from './mocha';

/** One line CI reads to count tests, whatever the reporter printed before it. */
export function summary(stats: Mocha.Stats | undefined): string {
  return `${stats?.passes ?? 0} passed, ${stats?.failures ?? 0} failed, ${stats?.pending ?? 0} skipped`;
}

/** Resolves when every test passed; rejects on a failure or when no test ran (a broken import, a grep that matched nothing). */
export function runSuites(): Promise<void> {
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(summary(runner.stats));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else if ((runner.stats?.tests ?? 0) === 0) reject(new Error('no integration test ran'));
      else resolve();
    });
  });
}
