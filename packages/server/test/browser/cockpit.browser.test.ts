// Browser test: 区局领导 `leader` signs in, opens the 闵行区"十四五" plan (minhang-14) in the cockpit, opens one
// indicator and finds on the page exactly the numbers the API gives (current value, year-by-year series, 街镇 table).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp, webDist } from '../../src/app.ts';
import { DEMO_PASSWORD } from '../../src/demo/accounts.ts';
import { generatePlanDemo } from '../../src/modules/plans/demo.ts';
import { createTestDatabase, seedBasics, type TestDatabase } from '../harness.ts';

const CHROMIUM = '/usr/bin/chromium';

/** The page's number format (modules/plans/shared.tsx fmtValue). */
function fmt(v: number | null, unit: string | null): string {
  if (v === null) return '—';
  const r = Math.round(v * 100) / 100;
  return `${r.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ''}`;
}

describe.skipIf(!existsSync(CHROMIUM))('plan cockpit in the browser (chromium)', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html'))) {
      throw new Error(`The web UI is not built (${webDist}); run \`npm run build -w @renshe/web\` first.`);
    }
    database = await createTestDatabase('pglite');
    await seedBasics(database);
    await generatePlanDemo(database, 7, ['minhang-14']);
    app = await buildApp({ database, serveWeb: true });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  it('signs in as leader and opens minhang-14 from the plan list', async () => {
    await page.goto(`${base}/plans`);
    await page.waitForURL(/\/login\?redirect=/);
    await page.getByLabel('用户名').fill('leader');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${base}/plans`);
    await page.getByRole('link', { name: '闵行区就业和社会保障“十四五”规划' }).click();
    await page.waitForURL(`${base}/plans/minhang-14`);
    const rows = page.locator('[data-testid="indicator-table"] .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(11);
    const api = await page.evaluate(async () => (await fetch('/api/v1/plans/minhang-14')).json()) as {
      indicators: Array<{ id: string; current: number | null; unit: string | null; target: { kind: string } }>;
    };
    for (const r of api.indicators.filter((x) => x.target.kind !== 'milestone')) {
      expect(await page.getByTestId(`current-${r.id}`).textContent(), r.id).toBe(fmt(r.current, r.unit));
    }
    expect(await page.locator('[data-testid="indicator-table"]').textContent()).toContain('约束性');
  });

  it('opens one indicator and shows the numbers the API gives', async () => {
    await page.getByTestId('indicator-link-startups-supported').click();
    await page.waitForURL(/\/plans\/minhang-14\/indicators\/startups-supported/);
    await page.getByTestId('indicator-current').waitFor();
    const api = await page.evaluate(async () => (await fetch('/api/v1/plans/minhang-14/indicators/startups-supported?org=310112')).json()) as {
      indicator: { current: number; unit: string; yearValue: number; formulaText: string };
      series: Array<{ year: number; value: number | null }>;
      byUnit: Array<{ name: string; value: number | null }>;
    };
    expect(api.indicator.current).toBeGreaterThan(0);
    expect(await page.getByTestId('indicator-current').textContent()).toBe(fmt(api.indicator.current, api.indicator.unit));
    expect(await page.getByTestId('indicator-year-value').textContent()).toBe(fmt(api.indicator.yearValue, api.indicator.unit));
    expect(await page.getByTestId('indicator-formula').textContent()).toBe(api.indicator.formulaText);
    for (const s of api.series) {
      expect(await page.getByTestId(`series-${s.year}`).textContent(), String(s.year)).toBe(fmt(s.value, api.indicator.unit));
    }
    const unitRows = page.locator('[data-testid="by-unit-table"] .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => unitRows.count()).toBe(api.byUnit.length);
    const first = unitRows.first().locator('td');
    expect(await first.nth(0).textContent()).toBe(api.byUnit[0]!.name);
    expect(await first.nth(1).textContent()).toBe(fmt(api.byUnit[0]!.value, api.indicator.unit));
    // the charts rendered
    expect(await page.locator('[data-testid="chart-by-unit"] canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="chart-series"] canvas').count()).toBeGreaterThan(0);
    // 区局领导 reads only: no entry form
    expect(await page.getByTestId('entry-form').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
