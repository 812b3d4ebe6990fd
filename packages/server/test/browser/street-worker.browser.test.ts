// Browser test: a 街镇经办员 of 莘庄镇 signs in through the real login form of the built web UI (packages/web/dist,
// built by `npm test` before the tests run) served by the real app, sees only 莘庄镇 residents, and gets
// "记录不存在或无权查看" — and nothing of the record — when opening a 七宝镇 resident by URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { computeResidentIdCheckChar } from '@renshe/shared';
import { registryService } from '../../src/modules/registry/service.ts';
import { systemCtx } from '../../src/platform/context.ts';
import { createTestDatabase, seedBasics, type TestDatabase } from '../harness.ts';
import { type Journey, assertWebBuilt, endJourney, hasChromium, startJourney, submitLogin } from './browserHarness.ts';

const XINZHUANG = '310112101'; // 莘庄镇
const QIBAO = '310112102'; // 七宝镇

function residentId(birth: string, seq: number): string {
  const first17 = `310112${birth}${String(seq).padStart(3, '0')}`;
  return first17 + computeResidentIdCheckChar(first17);
}

const PEOPLE = [
  { orgCode: XINZHUANG, name: '王晓明', residentId: residentId('19850312', 11), employmentStatus: 'employed', keyGroups: [] },
  { orgCode: XINZHUANG, name: '李秀英', residentId: residentId('19900705', 22), employmentStatus: 'unemployed', keyGroups: ['hard_to_employ'] },
  { orgCode: XINZHUANG, name: '张建国', residentId: residentId('19780101', 33), employmentStatus: 'flexible', keyGroups: ['veteran'] },
  { orgCode: QIBAO, name: '陈静怡', residentId: residentId('20010920', 44), employmentStatus: 'student', keyGroups: ['graduate'] },
  { orgCode: QIBAO, name: '赵德胜', residentId: residentId('19681130', 55), employmentStatus: 'retired', keyGroups: [] },
];

describe.skipIf(!hasChromium)('街镇经办员 in the browser (chromium)', () => {
  let database: TestDatabase;
  let session: Journey;
  let page: Page;
  let base: string;
  let pageErrors: string[];
  const ids = new Map<string, string>();

  beforeAll(async () => {
    assertWebBuilt();
    database = await createTestDatabase('pglite');
    await seedBasics(database);
    // systemCtx acts as 系统管理员, which may not write the registry (roles.ts); register the residents as a
    // 区局业务人员 of 闵行区 would, through the real service (validation, scoping, audit).
    const sys = systemCtx(database.db, 'test', '310112');
    const ctx = { ...sys, actor: { ...sys.actor, role: 'district_staff' as const } };
    for (const p of PEOPLE) ids.set(p.name, (await registryService.create(ctx, p)).id);

    session = await startJourney(database);
    ({ base, page, pageErrors } = session);
  });

  afterAll(() => endJourney(session, database));

  it('signs in as xinzhuang through the login form', async () => {
    await page.goto(`${base}/registry/persons`);
    // Not signed in: the app sends the visitor to the login page, remembering where they wanted to go.
    await page.waitForURL(/\/login\?redirect=/);
    await submitLogin(page, 'xinzhuang');
    await page.waitForURL(`${base}/registry/persons`);
    await expect.poll(() => page.getByTestId('header-unit').textContent()).toBe('莘庄镇');
    expect(await page.getByTestId('header-user').textContent()).toContain('王经办（莘庄镇）');
  });

  it('lists only 莘庄镇 residents', async () => {
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(3);
    const towns = await page.locator('.ant-table-tbody tr.ant-table-row td.col-org').allTextContents();
    expect(towns).toEqual(['莘庄镇', '莘庄镇', '莘庄镇']);
    const names = await page.locator('.ant-table-tbody tr.ant-table-row td.col-name').allTextContents();
    expect(names.sort()).toEqual(['张建国', '李秀英', '王晓明'].sort());
    // The ID column shows masked numbers only.
    for (const id of await page.locator('.ant-table-tbody tr.ant-table-row td.col-resident-id').allTextContents()) {
      expect(id).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
    }
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('陈静怡');
    expect(body).not.toContain('赵德胜');
    expect(body).not.toContain('七宝镇');
    await page.screenshot({ path: '/tmp/renshe-street-worker-persons.png', fullPage: true });
  });

  it('opens an own 莘庄镇 resident with the full ID number', async () => {
    await page.locator('.ant-table-tbody td.col-name a', { hasText: '王晓明' }).click();
    await page.waitForURL(`${base}/registry/persons/${ids.get('王晓明')}`);
    await expect.poll(() => page.getByTestId('resident-id').textContent()).toBe(PEOPLE[0]!.residentId);
  });

  it('refuses a 七宝镇 resident opened by URL and shows nothing of it', async () => {
    await page.goto(`${base}/registry/persons/${ids.get('陈静怡')}`);
    const refusal = page.getByTestId('record-not-found');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('记录不存在或无权查看');
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('陈静怡');
    expect(body).not.toContain(PEOPLE[3]!.residentId.slice(-4));
    await page.screenshot({ path: '/tmp/renshe-street-worker-refused.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
