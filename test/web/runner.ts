// Runs the suites registered on the browser mocha and reports the way CI reads it: the same
// `N passed, N failed, N skipped` line as test/integration/runner.ts.
import * as vscode from 'vscode';
import { webMocha as mocha } from './mocha';

export function summary(stats: Mocha.Stats | undefined): string {
  return `${stats?.passes ?? 0} passed, ${stats?.failures ?? 0} failed, ${stats?.pending ?? 0} skipped`;
}

/** Where this entry runs: the point of the web run is that it is a web worker, not Node. */
function describeHost(): { worker: boolean; text: string } {
  const scope = globalThis as unknown as Record<string, unknown>;
  const worker = typeof scope.importScripts === 'function' && typeof scope.WorkerGlobalScope === 'function';
  const node = (scope.process as { versions?: { node?: string } } | undefined)?.versions?.node;
  const extension = vscode.extensions.getExtension('geolens.geolens');
  const kind = extension ? vscode.ExtensionKind[extension.extensionKind] : 'not installed';
  return { worker, text: `extension host: ${worker ? 'web worker' : 'not a web worker'}${node ? `, Node ${node}` : ''}; uiKind ${vscode.UIKind[vscode.env.uiKind]}; geolens.geolens: ${kind}` };
}

/** Resolves when every test passed; rejects on a failure or when no test ran (a broken import, a grep that matched nothing). */
export function runSuites(): Promise<void> {
  const host = describeHost();
  console.log(host.text);
  if (!host.worker) return Promise.reject(new Error(`the web tests must run in the browser (web worker) extension host: ${host.text}`));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(summary(runner.stats));
      if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
      else if ((runner.stats?.tests ?? 0) === 0) reject(new Error('no web test ran'));
      else resolve();
    });
  });
}
