// The e2e scenario as data: each step drives the workbench (see workbench.mjs for the helpers) and
// may return a short note for the log; a screenshot named after the step is saved after it. Throw to
// fail a step. The seed article is used when the workspace has it (../shared/corpus beside the clone);
// otherwise the team's sample article stands in.
import assert from 'node:assert/strict';

const SAMPLE = 'india-russia-defence-and-trade.md';
const SEED = 'seed-article.md';

/** What to open, hover and expect, for the seed article or the sample. */
function scenario(workspace) {
  if (workspace.markdown.includes(SEED)) {
    // The agreement's name wraps in the editor: find it whole, hover its first words.
    return { file: SEED, find: 'Military Technical Cooperation', treaty: 'Agreement on', figure: '$100 billion', claim: 'exceeded', relative: 'earlier this year', dated: /Value:\s*2023[\s\S]*Counted from the document's date, 28 December 2023/, day: 'December 26', weekday: /A Tuesday, 2 days before it/ };
  }
  return { file: SAMPLE, find: 'MTC 2021–2031', treaty: 'MTC 2021–2031', figure: '$100 billion', claim: 'largest supplier', relative: 'this year', dated: /Value:\s*2024[\s\S]*Counted from the document's date, 14 February 2024/, day: 'February 12', weekday: /A Monday, 2 days before it/ };
}

/**
 * Waits until the status bar shows the editor's selection matching `pattern` (a RegExp source).
 * VS Code shows it only while a text editor has focus: when the click that selected the text left
 * the focus in the webview (it does now and then on a loaded machine), the first editor group is
 * focused, which shows the selection the click made without changing it.
 */
async function selectionShown(workbench, pattern) {
  const shown = (source) => new RegExp(source).test(document.querySelector('#status\\.editor\\.selection')?.textContent ?? '');
  try {
    await workbench.page.waitForFunction(shown, pattern, { timeout: 10_000 });
  } catch {
    await workbench.page.keyboard.press('Control+1');
    await workbench.page.waitForFunction(shown, pattern, { timeout: 20_000 });
  }
}

/**
 * A step that finds a figure in the article, hovers it and checks its card; `pick` gives the text
 * to hover and what the card must say, from the scenario.
 */
function hoverStep(name, pick) {
  return {
    name,
    run: async (workbench, { workspace }) => {
      const [text, expected] = pick(scenario(workspace));
      await workbench.page.keyboard.press('Escape');
      await workbench.findInEditor(text);
      const hover = await workbench.hoverText(text);
      assert.ok(hover, `a hover card on "${text}"`);
      assert.match(hover, expected, hover);
      return hover.replace(/\s+/g, ' ').slice(0, 110);
    },
  };
}

export const steps = [
  {
    name: 'article-highlights',
    run: async (workbench, { workspace }) => {
      const { file, find } = scenario(workspace);
      await workbench.openFile(file);
      // Bring the treaty's paragraph into view, so the screenshot shows highlights of every kind.
      await workbench.findInEditor(find);
      return file;
    },
  },
  {
    name: 'treaty-hover',
    run: async (workbench, { workspace }) => {
      const { treaty } = scenario(workspace);
      const hover = await workbench.hoverText(treaty);
      assert.ok(hover, `a hover card on "${treaty}"`);
      assert.match(hover, /Parties: India, Russia/, hover);
      assert.match(hover, /Covers:/, hover);
      assert.match(hover, /Sources:/, hover);
      return `"${treaty}": ${hover.replace(/\s+/g, ' ').slice(0, 90)}…`;
    },
  },
  hoverStep('figure-hover', (s) => [s.figure, /= 2\.0 × the \$50 billion/i]),
  hoverStep('relative-date-hover', (s) => [s.relative, s.dated]),
  hoverStep('day-hover', (s) => [s.day, s.weekday]),
  // A country's card names its leaders, with as-of dates (and says when they may be out of date).
  hoverStep('country-hover', () => ['Russia', /Head of state[\s\S]*Vladimir Putin[\s\S]*Head of government/]),
  {
    // The sample introduces a made-up economist: a name no gazetteer lists, with its dotted
    // underline, a card that says so, and the role the article gives it.
    name: 'unlisted-hover',
    run: async (workbench, { workspace }) => {
      await workbench.page.keyboard.press('Escape');
      await workbench.openFile(SAMPLE);
      await workbench.findInEditor('Vantakar said');
      const hover = await workbench.hoverText('Vantakar');
      assert.ok(hover, 'a hover card on "Vantakar"');
      assert.match(hover, /Meera Vantakar[\s\S]*not in the gazetteer/, hover);
      assert.match(hover, /Trade economist/, hover);
      const note = hover.replace(/\s+/g, ' ').slice(0, 110);
      await workbench.screenshot('unlisted-hover-card');
      // Back to the scenario's article for the steps that follow.
      await workbench.page.keyboard.press('Escape');
      await workbench.openFile(scenario(workspace).file);
      return note;
    },
  },
  {
    // The practice text plants figures that disagree: the stated change's hover shows the finding
    // (the diagnostic) and the figure's card says it too.
    name: 'figure-checks',
    run: async (workbench, { workspace }) => {
      await workbench.page.keyboard.press('Escape');
      await workbench.openFile('practice-figure-checks.md');
      await workbench.findInEditor('Container traffic');
      await workbench.page.keyboard.press('Escape');
      const hover = await workbench.hoverText('15%');
      assert.ok(hover, 'a hover on "15%"');
      assert.match(hover, /\+15 % stated, but 400,000 to 520,000 is \+30 %/, hover);
      const note = hover.replace(/\s+/g, ' ').slice(0, 110);
      await workbench.screenshot('figure-checks-hover');
      await workbench.page.keyboard.press('Escape');
      await workbench.openFile(scenario(workspace).file);
      return note;
    },
  },
  {
    // The world places layer: a small town's card (its region, population and GeoNames page) and a
    // shared name's card, which names the place chosen and lists the others it weighed.
    name: 'place-hovers',
    run: async (workbench, { workspace }) => {
      await workbench.page.keyboard.press('Escape');
      await workbench.openFile('practice-places.md');
      await workbench.findInEditor('reported from Makurdi');
      await workbench.page.keyboard.press('Escape');
      const town = await workbench.hoverText('Makurdi');
      assert.ok(town, 'a hover on "Makurdi"');
      assert.match(town, /Makurdi, Benue State, Nigeria[\s\S]*Population:[\s\S]*GeoNames/, town);
      await workbench.screenshot('place-hover-town');
      await workbench.page.keyboard.press('Escape');
      await workbench.findInEditor('filed this week from Portland');
      await workbench.page.keyboard.press('Escape');
      const shared = await workbench.hoverText('Portland');
      assert.ok(shared, 'a hover on "Portland"');
      assert.match(shared, /Portland, Maine, United States[\s\S]*Other places of this name:[\s\S]*Portland, Oregon, United States/, shared);
      await workbench.screenshot('place-hover-candidates');
      await workbench.page.keyboard.press('Escape');
      await workbench.openFile(scenario(workspace).file);
      return `${town.replace(/\s+/g, ' ').slice(0, 60)} … ${shared.replace(/\s+/g, ' ').slice(0, 60)}`;
    },
  },
  {
    name: 'extract-claims',
    run: async (workbench) => {
      await workbench.runCommand('GeoLens: Extract Claims');
    },
  },
  {
    name: 'claims-sidebar',
    run: async (workbench, { workspace }) => {
      const { claim } = scenario(workspace);
      await workbench.openSidebar('GeoLens');
      await workbench.expandTreeRow(claim);
      await workbench.treeRow('Speaker:');
      await workbench.treeRow('Source:');
      const rows = await workbench.treeRows();
      assert.ok(rows.length >= 5, rows.join('\n'));
      return `${rows.length} rows, e.g. ${rows.slice(0, 3).join(' | ').slice(0, 120)}`;
    },
  },
  {
    name: 'note-and-verdict',
    run: async (workbench, { workspace }) => {
      const { claim } = scenario(workspace);
      await workbench.treeRowAction(claim, 'Add Note');
      await workbench.answerQuickInput('Add a note', 'Matches the commerce ministry figures for the year.');
      await workbench.treeRow('Matches the commerce ministry figures');
      await workbench.treeRowAction(claim, 'Set Verdict');
      await workbench.answerQuickInput('Verdict', 'Supported');
      await workbench.treeRow('Verdict: Supported');
    },
  },
  {
    // The article at a glance: map, timeline and money chart in a panel beside the text; a click on
    // a country selects its mentions, a click on a timeline mark selects that date.
    name: 'overview',
    run: async (workbench, { workspace }) => {
      const { file, day } = scenario(workspace);
      await workbench.page.keyboard.press('Escape');
      await workbench.openFile(file);
      await workbench.runCommand('GeoLens: Show Overview');
      const panel = await workbench.webview('Overview');
      await panel.locator('svg.map path.mentioned').first().waitFor();
      await panel.locator('svg.timeline .item').first().waitFor();
      await panel.locator('svg.money .bar').first().waitFor();
      const countries = await panel.locator('svg.map path.mentioned').count();
      assert.ok(countries >= 3, `${countries} countries shaded`);
      await workbench.screenshot('overview-map');
      await panel.locator('svg.map [data-country="ind"]').first().click();
      await selectionShown(workbench, 'selections');
      const countryStatus = await workbench.cursorStatus();
      await panel.locator('#timeline').scrollIntoViewIfNeeded();
      await panel.locator('svg.timeline .item', { hasText: day }).first().click();
      await selectionShown(workbench, `\\(${day.length} selected\\)`);
      await panel.locator('svg.timeline .item.current', { hasText: day }).first().waitFor();
      await panel.locator('#money').scrollIntoViewIfNeeded();
      await workbench.screenshot('overview-timeline-money');
      return `${countries} countries; India → ${countryStatus}; "${day}" selected and lit in the panel`;
    },
  },
  {
    name: 'gazetteer-entry',
    run: async (workbench) => {
      await workbench.openFile(SAMPLE);
      // Find selects the match: the selection to add.
      await workbench.findInEditor('Bengaluru');
      await workbench.runCommand('GeoLens: Add Selection to Gazetteer', { opensInput: true, keepSelection: true });
      await workbench.answerQuickInput('(1/3)', 'Place');
      await workbench.answerQuickInput('(2/3)'); // the proposed id
      await workbench.answerQuickInput('(3/3)', 'Capital of Karnataka and a hub of India’s aerospace industry.');
      await workbench.openFile('custom.yaml', { attempts: 6 });
      const box = await workbench.textBox('bengaluru');
      assert.ok(box, 'the new entry is in .geolens/gazetteer/custom.yaml');
    },
  },
  {
    name: 'walkthrough',
    run: async (workbench) => {
      await workbench.runCommand('Welcome: Open Walkthrough...', { opensInput: true });
      await workbench.answerQuickInput('Get started with GeoLens', 'Get started with GeoLens');
      await workbench.page.getByText('Teach GeoLens a name').first().waitFor();
      await workbench.page.getByText('Hover a treaty').first().click();
    },
  },
];
