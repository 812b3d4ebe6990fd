// Shared set-up of the browser tests: the real app serving the built web UI (packages/web/dist) on a free port,
// headless chromium driven by playwright-core with a zh-CN / Asia/Shanghai context, and sign-in through the login form.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp, webDist } from '../../src/app.ts';
import { DEMO_PASSWORD } from '../../src/demo/accounts.ts';
import type { TestDatabase } from '../harness.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** Whether the chromium binary is installed; the browser tests are skipped without it. */
export const hasChromium = existsSync(CHROMIUM);

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Throws unless the web UI has been built. */
export function assertWebBuilt(): void {
  if (!existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(`The web UI is not built (${webDist}); run \`npm run build -w @renshe/web\` first.`);
  }
}

export interface WebApp {
  app: FastifyInstance;
  /** e.g. http://127.0.0.1:41234 */
  base: string;
  close(): Promise<void>;
}

/** Builds the app over `database` serving the web UI and listens on 127.0.0.1 at a free port. */
export async function startWebApp(database: TestDatabase): Promise<WebApp> {
  assertWebBuilt();
  const app = await buildApp({ database, serveWeb: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, base, close: () => app.close() };
}

export interface BrowserSession {
  browser: Browser;
  /** The first page, in its own context. */
  page: Page;
  /** Messages of uncaught errors of every page opened through this session. */
  pageErrors: string[];
  /** Opens another page in a fresh context (no shared cookies), collecting its errors into pageErrors. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Launches chromium and opens a page in a zh-CN / Asia/Shanghai context of 1440×900. */
export async function openBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];
  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return page;
  }
  let page: Page;
  try {
    page = await newPage();
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    page,
    pageErrors,
    newPage,
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
    },
  };
}

/** Fills the login form shown on `page` with `username` and the demo password and submits it. */
export async function submitLogin(page: Page, username: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
}

/** Opens the login page, signs in as `username` (demo password) and waits to leave the login page. */
export async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/login`);
  await submitLogin(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

export interface Journey extends BrowserSession {
  base: string;
  /** Closes the browser, then the app, then drops the database. */
  close(): Promise<void>;
}

/** The built web UI served over `database` and a browser on it: what every browser journey starts with. */
export async function startJourney(database: TestDatabase): Promise<Journey> {
  const web = await startWebApp(database);
  const session = await openBrowser().catch(async (err) => { await web.close(); throw err; });
  return {
    ...session,
    base: web.base,
    async close() {
      await session.close();
      await web.close();
      await database.drop();
    },
  };
}

/** afterAll body: end the journey, or — when it never started — at least drop the database. */
export async function endJourney(journey: Journey | undefined, database: TestDatabase | undefined): Promise<void> {
  if (journey) await journey.close();
  else await database?.drop();
}
