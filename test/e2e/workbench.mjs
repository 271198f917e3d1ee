// Drives the real VS Code workbench (code-server in headless chromium) with GeoLens loaded as a
// development extension, the way a person uses it: Quick Open, hover, Command Palette, activity bar.
// Each helper waits for the UI state it produces, so steps can be chained and asserted on.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, newAutomationPage } from '../../scripts/vscode-server/browser.mjs';
import { ensureVSCodeServer } from '../../scripts/vscode-server/install.mjs';
import { repoRoot } from '../../scripts/vscode-server/paths.mjs';
import { remoteUri, startServer, workbenchUrl } from '../../scripts/vscode-server/server.mjs';

export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');

/** Upper bound for a UI element to appear: generous, since a cold extension host takes seconds. */
const UI_TIMEOUT_MS = 30_000;
/** How long a hover is given to appear, per nudge of the mouse, before it counts as "no hover". */
const HOVER_TIMEOUT_MS = 3_000;
const HOVER_NUDGES = 2;

// Selectors of VS Code's DOM, in one place: they are the part most likely to move between versions.
const SEL = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget input',
  quickInputRow: '.quick-input-widget .monaco-list-row',
  activeTab: '.tabs-container .tab.active',
  activeEditorLines: '.editor-group-container.active .monaco-editor .view-lines',
  hover: '.monaco-hover:not(.hidden)',
  // The whole item, not its icon link: a badge (the claims count) sits over the link's middle.
  activityBarItem: (title) => `.activitybar .action-item:has(> a[aria-label^="${title}"])`,
  sidebarHeading: '.part.sidebar .composite.title h2',
  sidebarRow: '.part.sidebar .monaco-list-row',
  notificationToast: '.notifications-toasts .notification-toast',
  errorNotification: '.notifications-toasts .notification-toast:has(.codicon-error)',
  // In smoke-test mode the workbench shows a failed command's error as a modal dialog.
  dialog: '.monaco-dialog-box',
};

export class Workbench {
  constructor({ page, browser, server, folder }) {
    this.page = page;
    this.browser = browser;
    this.server = server;
    this.folder = folder;
    this.shots = 0;
    /** The workbench's console, for a failing step's report. */
    this.log = [];
  }

  /** Opens a workspace file by name through Quick Open and waits for its editor to show text. */
  async openFile(name, { attempts = 1 } = {}) {
    // Already open in a tab: Quick Open lists it among the recent editors, not the files; click its tab.
    const tab = this.page.locator('.tabs-container .tab', { hasText: name }).first();
    if (await tab.count() > 0) {
      await tab.click();
      // The overview panel, open beside, is titled after the active article too: its active tab also matches.
    await this.page.locator(SEL.activeTab).filter({ hasText: name }).first().waitFor();
      await this.page.locator(SEL.activeEditorLines).waitFor();
      return;
    }
    // A file created a moment ago may not be in Quick Open's index yet: ask again a few times.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+P');
      await this.page.locator(SEL.quickInputBox).fill(name);
      try {
        await this.page.locator(SEL.quickInputRow).filter({ hasText: name }).first().waitFor({ timeout: attempt < attempts ? 5_000 : undefined });
        break;
      } catch (error) {
        if (attempt >= attempts) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
    await this.page.keyboard.press('Enter');
    // The overview panel, open beside, is titled after the active article too: its active tab also matches.
    await this.page.locator(SEL.activeTab).filter({ hasText: name }).first().waitFor();
    await this.page.locator(SEL.activeEditorLines).waitFor();
  }

  /**
   * Rests the mouse on the first visible occurrence of `text` in the active editor (bringing it into
   * view with Find when it is off screen). Returns the hover's text, or null when no hover appeared.
   */
  async hoverText(text) {
    let box = await this.textBox(text);
    if (!box) {
      await this.findInEditor(text);
      box = await this.textBox(text);
    }
    if (!box) throw new Error(`"${text}" is not visible in the active editor`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // Monaco starts a hover from mouse movement over the word: arrive in a few moves, and nudge the
    // mouse if a move was swallowed (the editor was still scrolling or re-rendering).
    await this.page.mouse.move(x, y + 3 * box.height, { steps: 2 });
    await this.page.mouse.move(x, y, { steps: 4 });
    for (let nudge = 1; nudge <= HOVER_NUDGES; nudge++) {
      const shown = await this.hoverContent();
      if (shown) return shown;
      await this.page.mouse.move(x + (nudge % 2 ? 1 : -1), y);
    }
    return this.hoverContent();
  }

  /** The text of the hover on screen, or null when none with content appears within a few seconds. */
  async hoverContent() {
    // Hover widgets are re-rendered while they settle: poll in the page rather than hold an element.
    const shown = await this.page
      .waitForFunction(
        (selector) => {
          for (const element of document.querySelectorAll(selector)) {
            const { width, height } = element.getBoundingClientRect();
            const text = element.innerText.trim();
            // A provider still computing shows "Loading..." first.
            if (width > 0 && height > 0 && text && !/^Loading\.*$/.test(text)) return text;
          }
          return null;
        },
        SEL.hover,
        { timeout: HOVER_TIMEOUT_MS },
      )
      .catch(() => null);
    return shown ? shown.jsonValue() : null;
  }

  async findInEditor(text) {
    await this.page.locator(SEL.activeEditorLines).click();
    await this.page.keyboard.press('Control+F');
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  /** The on-screen box of the first rendered occurrence of `text` (Monaco splits lines into spans). */
  textBox(text) {
    return this.page.evaluate(
      ({ selector, needle }) => {
        const root = document.querySelector(selector);
        if (!root) return null;
        // Monaco splits a line into spans wherever a token or a decoration changes (a highlight, a
        // find match), so the needle is looked for in each rendered line's text, then mapped back
        // to the text nodes it spans.
        for (const line of root.querySelectorAll('.view-line')) {
          const nodes = [];
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
          // Monaco renders spaces as non-breaking spaces.
          const whole = nodes.map((node) => node.textContent).join('').replace(/\u00a0/g, ' ');
          const index = whole.indexOf(needle);
          if (index < 0) continue;
          const at = (offset) => {
            for (const node of nodes) {
              if (offset <= node.textContent.length) return [node, offset];
              offset -= node.textContent.length;
            }
            return [nodes[nodes.length - 1], nodes[nodes.length - 1].textContent.length];
          };
          const range = document.createRange();
          range.setStart(...at(index));
          range.setEnd(...at(index + needle.length));
          const { x, y, width, height } = range.getClientRects()[0] ?? range.getBoundingClientRect();
          return { x, y, width, height };
        }
        return null;
      },
      { selector: SEL.activeEditorLines, needle: text },
    );
  }

  /**
   * Runs a command by its palette title ("GeoLens: Extract Claims"): F1, type, Enter. Fails when the
   * palette does not list it. Returns once the palette has closed.
   */
  async runCommand(title, { opensInput = false, keepSelection = false } = {}) {
    // A click gives the editor focus, but also moves the cursor: skip it when the selection matters.
    if (!keepSelection) await this.page.locator(SEL.activeEditorLines).click().catch(() => {});
    await this.page.keyboard.press('F1');
    const box = this.page.locator(SEL.quickInputBox);
    await box.fill(`>${title}`);
    const row = this.page.locator(SEL.quickInputRow).filter({ hasText: title }).first();
    try {
      await row.waitFor();
    } catch {
      throw new Error(`the Command Palette does not list "${title}"`);
    }
    await this.page.keyboard.press('Enter');
    // A command that asks something reuses the widget: the caller waits for its question instead.
    if (!opensInput) await this.page.locator(SEL.quickInput).waitFor({ state: 'hidden' });
  }

  /**
   * Clicks an activity-bar icon (GeoLens by default) once and waits for its sidebar to show. The
   * workbench is set to focus, not hide, a container whose icon is clicked while shown (a command
   * run just before may have revealed it), so one click always ends with it shown.
   */
  async openSidebar(title = 'GeoLens') {
    await this.page.locator(SEL.activityBarItem(title)).first().click();
    await this.page.waitForFunction(
      ({ headingSelector, title }) =>
        [...document.querySelectorAll(headingSelector)].some(
          (heading) => heading.getBoundingClientRect().width > 0 && heading.textContent.trim().toLowerCase().startsWith(title.toLowerCase()),
        ),
      { headingSelector: SEL.sidebarHeading, title },
    );
  }

  /** Waits for a row of the sidebar's tree whose text contains `text`, and returns its locator. */
  async treeRow(text) {
    const row = this.page.locator(SEL.sidebarRow).filter({ hasText: text }).first();
    await row.waitFor();
    return row;
  }

  /** Expands a collapsed tree row (a claim, to show its source notes). */
  async expandTreeRow(text) {
    const row = await this.treeRow(text);
    if ((await row.getAttribute('aria-expanded')) === 'false') {
      await row.click();
      await this.page.keyboard.press('ArrowRight');
    }
    await this.page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await row.elementHandle());
  }

  /** Clicks one of a tree row's inline actions (they show while the row is hovered). */
  async treeRowAction(text, action) {
    const row = await this.treeRow(text);
    await row.hover();
    await row.locator(`.action-label[aria-label^="${action}"]`).click();
  }

  /**
   * Waits for the quick input whose title contains `title` (an input box or a quick pick a command
   * opened), types `text` into it unless undefined, and accepts it.
   */
  async answerQuickInput(title, text) {
    await this.page.locator(`${SEL.quickInput}:not(.quick-input-widget-closing)`).filter({ hasText: title }).waitFor();
    const box = this.page.locator(SEL.quickInputBox);
    if (text !== undefined) await box.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /**
   * The content frame of the webview panel whose tab is titled `title`. A webview is an iframe
   * (class "webview", "ready" once loaded) holding the extension's page in an inner iframe.
   */
  async webview(title) {
    await this.page.locator('.tabs-container .tab', { hasText: title }).first().waitFor();
    const frame = this.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    return frame;
  }

  /** The status bar's cursor item ("Ln 3, Col 4 (12 selected)", "24 selections (…)"). */
  async cursorStatus() {
    const item = this.page.locator('#status\\.editor\\.selection').first();
    await item.waitFor();
    return (await item.innerText()).trim();
  }

  /** Texts of the sidebar tree's rows. */
  async treeRows() {
    return (await this.page.locator(SEL.sidebarRow).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** Texts of the error notifications on screen (a failed command, an extension error…). */
  async errorNotifications() {
    return (await this.page.locator(SEL.errorNotification).allInnerTexts()).map((text) => text.trim());
  }

  /**
   * Closes the modal dialogs on screen (they block every click) and returns their texts. A dialog here
   * is nearly always an error, such as "command 'geolens.extractClaims' not found".
   */
  async dismissDialogs() {
    const texts = [];
    const dialog = this.page.locator(SEL.dialog).first();
    while ((await this.page.locator(SEL.dialog).count()) > 0) {
      texts.push((await dialog.innerText()).replace(/\s+/g, ' ').trim());
      await this.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    return texts;
  }

  /** Saves test-results/screenshots/NN-name.png and returns its path. */
  async screenshot(name) {
    await mkdir(screenshotDir, { recursive: true });
    this.shots += 1;
    const file = path.join(screenshotDir, `${String(this.shots).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close() {
    await this.browser.close().catch(() => {});
    await this.server.stop();
  }
}

/**
 * Starts code-server and opens `folder` in a browser with the extension at `extensionDevelopmentPath`
 * (the repo, so dist/extension.js) loaded as in an Extension Development Host, and waits for the
 * workbench and the folder's files to show.
 */
export async function startWorkbench({ folder, extensionDevelopmentPath = repoRoot, settings = {} }) {
  const installation = await ensureVSCodeServer({ browser: true });
  const server = await startServer(installation, {
    settings: {
      // A short hover delay keeps hover steps quick.
      'editor.hover.delay': 150,
      // Clicking the icon of the container shown focuses it instead of hiding the sidebar, so a click
      // has one outcome whatever an earlier step revealed (the icon also ignores a second click
      // within 300 ms, so click-again-to-fix would not work).
      'workbench.activityBar.iconClickBehavior': 'focus',
      ...settings,
    },
  });
  let browser;
  try {
    browser = await launchBrowser();
    const log = [];
    const page = await newAutomationPage(browser, { onLog: (_type, text) => log.push(text) });
    page.on('console', (message) => log.push(`[${message.type()}] ${message.text()}`));
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    const workbench = new Workbench({ page, browser, server, folder });
    workbench.log = log;
    const url = workbenchUrl(server.url, {
      folder,
      payload: [
        ['extensionDevelopmentPath', remoteUri(extensionDevelopmentPath)],
        ['skipWelcome', 'true'],
      ],
    });
    await page.goto(url);
    await page.locator(SEL.workbench).waitFor();
    await page.locator(SEL.explorerRow).first().waitFor();
    return workbench;
  } catch (error) {
    await browser?.close().catch(() => {});
    await server.stop();
    throw error;
  }
}
