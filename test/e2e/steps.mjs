// The e2e scenario as data: each step drives the workbench (see workbench.mjs for the helpers) and
// may return a short note for the log; a screenshot named after the step is saved after it. Throw to
// fail a step. Later checks (hover card content, claims in the tree…) belong inside these steps.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Words of the sample article worth hovering, most telling first; GEOLENS_E2E_HOVER overrides. */
const HOVER_CANDIDATES = ['Russia', 'India', 'New Delhi', 'NATO', 'China'];

/** The article to open: the repo's first sample, else the seed article; GEOLENS_E2E_FILE overrides. */
function articleName(workspace) {
  const name = process.env.GEOLENS_E2E_FILE ?? workspace.markdown[0];
  if (!name) throw new Error('the workspace has no Markdown file (samples/*.md, ../shared/corpus/seed-article.md)');
  return name;
}

async function hoverTarget(workspace) {
  if (process.env.GEOLENS_E2E_HOVER) return process.env.GEOLENS_E2E_HOVER;
  const text = await readFile(path.join(workspace.folder, articleName(workspace)), 'utf8');
  const found = HOVER_CANDIDATES.find((word) => text.includes(word));
  if (!found) throw new Error(`none of ${HOVER_CANDIDATES.join(', ')} is in ${articleName(workspace)}`);
  return found;
}

export const steps = [
  {
    name: 'open-article',
    run: async (workbench, { workspace }) => {
      const name = articleName(workspace);
      await workbench.openFile(name);
      return name;
    },
  },
  {
    name: 'hover-entity',
    run: async (workbench, { workspace }) => {
      const word = await hoverTarget(workspace);
      const hover = await workbench.hoverText(word);
      return `"${word}": ${hover ? `hover "${hover.replace(/\s+/g, ' ').slice(0, 80)}"` : 'no hover'}`;
    },
  },
  {
    name: 'extract-claims',
    run: async (workbench) => {
      await workbench.runCommand('GeoLens: Extract Claims');
    },
  },
  {
    name: 'open-sidebar',
    run: async (workbench) => {
      await workbench.openSidebar('GeoLens');
    },
  },
];
