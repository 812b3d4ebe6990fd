// Browser test: 区局领导 `leader` signs in, opens the 闵行区"十四五" plan (minhang-14) in the cockpit, opens one
// indicator and finds on the page exactly the numbers the API gives (current value, year-by-year series, 街镇 table).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generatePlanDemo } from '../../src/modules/plans/demo.ts';
import { createTestDatabase, seedBasics, type TestDatabase } from '../harness.ts';
import { type Journey, assertWebBuilt, endJourney, hasChromium, startJourney, submitLogin } from './browserHarness.ts';

/** The page's number format (modules/plans/shared.tsx fmtValue). */
function fmt(v: number | null, unit: string | null): string {
  if (v === null) return '—';
  const r = Math.round(v * 100) / 100;
  return `${r.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ''}`;
}

describe.skipIf(!hasChromium)('plan cockpit in the browser (chromium)', () => {
  let database: TestDatabase;
  let session: Journey;
  let page: Page;
  let base: string;
  let pageErrors: string[];

  beforeAll(async () => {
    assertWebBuilt();
    database = await createTestDatabase('pglite');
    await seedBasics(database);
    await generatePlanDemo(database, 7, ['minhang-14']);
    session = await startJourney(database);
    ({ base, page, pageErrors } = session);
  });

  afterAll(() => endJourney(session, database));

  it('signs in as leader and opens minhang-14 from the plan list', async () => {
    await page.goto(`${base}/plans`);
    await page.waitForURL(/\/login\?redirect=/);
    await submitLogin(page, 'leader');
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
