// `npm start`: GeoLens in a real VS Code, on a machine without desktop VS Code. Builds the extension,
// starts VS Code's server build on 127.0.0.1 with GeoLens loaded as a development extension and the
// sample workspace open, and prints the URL to open in a browser. Ctrl-C stops it.
//
// Usage: npm start [-- --port 8080] [-- --no-build]     (or PORT=8080 npm start)
// The workspace is .geolens-tmp/workspace (git-ignored): samples/ plus ../shared/corpus/seed-article.md
// when present. Notes and verdicts written there survive restarts; the sample files are refreshed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureVSCodeServer, log } from './vscode-server/install.mjs';
import { repoRoot } from './vscode-server/paths.mjs';
import { remoteUri, startServer, workbenchUrl } from './vscode-server/server.mjs';
import { fillWorkspace, SEED_ARTICLE_NAME } from './vscode-server/workspace.mjs';

const workspaceDir = path.join(repoRoot, '.geolens-tmp', 'workspace');

function parsePort(argv, env) {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const value = index < 0 ? env.PORT : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`not a port: ${value}`);
  return port;
}

function build() {
  return new Promise((resolve, reject) => {
    log('building GeoLens (npm run build)');
    const child = spawn('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (exit ${code})`))));
  });
}

/** The article to show first: the team's sample, else the seed article. */
function firstArticle(markdown) {
  return markdown.find((name) => name !== SEED_ARTICLE_NAME) ?? markdown[0];
}

async function main() {
  const argv = process.argv.slice(2);
  const port = parsePort(argv, process.env);
  if (!argv.includes('--no-build')) await build();
  const installation = await ensureVSCodeServer();
  const workspace = await fillWorkspace(workspaceDir);
  const article = firstArticle(workspace.markdown);

  // A person's session: errors as notifications, not the smoke-test driver's modal dialogs. Without
  // that driver the workbench ignores extensionDevelopmentPath, so GeoLens is installed by a link to
  // the repo instead (a rebuild and a window reload pick up changes).
  const server = await startServer(installation, { port, smokeTestDriver: false, installExtensions: [repoRoot] });
  const payload = [['skipWelcome', 'true']];
  if (article) payload.push(['openFile', remoteUri(path.join(workspace.folder, article), new URL(server.url).host)]);
  const url = workbenchUrl(server.url, { folder: workspace.folder, payload });

  let stopping = false;
  const stop = async (signal) => {
    stopping = true;
    log(`${signal}: stopping`);
    await server.stop();
    process.exit(0);
  };
  server.exited.then(async () => {
    if (stopping) return;
    console.error(`[start] code-server stopped unexpectedly; its log: ${server.logFile}`);
    process.exit(1);
  });
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  log(`workspace ${path.relative(repoRoot, workspace.folder)}: ${workspace.markdown.join(', ') || 'no Markdown files'}`);
  if (!workspace.hasSeedArticle) log('(../shared/corpus/seed-article.md not found: only the samples are in the workspace)');
  console.log(`\nGeoLens is running in VS Code ${installation.codeServer}. Open in a browser:\n\n  ${url}\n\nPress Ctrl-C to stop.`);
}

try {
  await main();
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
