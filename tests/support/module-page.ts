// A Chromium page on Vite's dev server for a package's own modules: a test imports the real source files
// into a real browser (WebCodecs, Web Audio) with no build. Code for the page goes in as text (addScript),
// as the test runner rewrites import() in functions it would hand to page.evaluate.
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { createServer, defaultClientConditions, type ViteDevServer } from 'vite';

import { launchChromium } from './browser.ts';

export interface ModulePage {
  readonly page: Page;
  /** Runs `script` as a module in the page (its imports are the package's files, from its root: "/src/x.ts"). */
  addScript(script: string): Promise<void>;
  close(): Promise<void>;
}

/** Serves `root` (a package folder) with Vite and opens a page of its origin in Debian's Chromium. */
export async function openModulePage(
  root: string,
  options: { configFile?: string; dependencies?: string[]; flags?: readonly string[] } = {},
): Promise<ModulePage> {
  let vite: ViteDevServer | undefined;
  let browser: Browser | undefined;
  try {
    vite = await createServer({
      root,
      configFile: options.configFile ? path.join(root, options.configFile) : false,
      logLevel: 'silent',
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // Bundled before the page asks, so Vite never reloads the page to add one.
      optimizeDeps: { include: options.dependencies ?? [] },
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    });
    await vite.listen();
    const address = vite.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('Vite did not say where it listens.');
    browser = await launchChromium(options.flags);
    const page = await browser.newPage();
    // Any page of the origin will do: the modules are imported into it.
    await page.goto(`http://127.0.0.1:${address.port}/package.json`);
    const server = vite;
    const opened = browser;
    return {
      page,
      async addScript(script) {
        await page.addScriptTag({ type: 'module', content: script });
      },
      async close() {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await vite?.close();
    throw error;
  }
}
