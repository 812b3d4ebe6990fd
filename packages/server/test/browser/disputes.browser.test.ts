// Browser test of the whole path: a citizen applies online without an account and gets a tracking code, follows the
// case by code and ID number; the 调解员 assigns it, records the failed mediation and files the arbitration
// application; the 仲裁员 accepts it, schedules the hearing and makes the award; the citizen sees "已裁决" and the
// award document prints with the case's data. The built web UI (packages/web/dist) is served by the real app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { computeResidentIdCheckChar } from '@renshe/shared';
import { accountRepository } from '../../src/modules/accounts/repository.ts';
import { addStaff, ensureNetwork } from '../../src/modules/disputes/network.ts';
import { addDays, todayCst } from '../../src/modules/disputes/workflow.ts';
import { createTestDatabase, seedBasics, type TestDatabase } from '../harness.ts';
import { type Journey, assertWebBuilt, endJourney, hasChromium, signIn, startJourney } from './browserHarness.ts';

const APPLICANT_ID = (() => { const f = '31011219880512341'; return f + computeResidentIdCheckChar(f); })();
const today = todayCst();
const ago = (n: number) => addDays(today, -n);

describe.skipIf(!hasChromium)('dispute from online application to award in the browser (chromium)', () => {
  let database: TestDatabase;
  let session: Journey;
  let base: string;
  let trackingCode = '';
  let caseId = '';

  /** Each actor gets a page in a fresh context (no shared sign-in); errors of all pages go to session.pageErrors. */
  const newPage = (): Promise<Page> => session.newPage();

  async function pickDate(page: Page, modal: ReturnType<Page['locator']>, label: string, value: string) {
    const input = modal.getByLabel(label);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }

  async function select(page: Page, modal: ReturnType<Page['locator']>, label: string, optionText: string) {
    await modal.getByLabel(label).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText }).first().click();
  }

  /** Click an action button of the case page, fill its form, confirm, and wait for the new state. */
  async function act(page: Page, action: string, fill: (modal: ReturnType<Page['locator']>) => Promise<void>, stateLabel: string) {
    await page.locator(`button[data-action="${action}"]`).click();
    const modal = page.locator('.ant-modal:visible');
    await modal.waitFor();
    await fill(modal);
    await modal.getByRole('button', { name: /确\s*定/ }).click();
    await modal.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.page-header .ant-tag').first().textContent()).toBe(stateLabel);
  }

  beforeAll(async () => {
    assertWebBuilt();
    database = await createTestDatabase('pglite');
    await seedBasics(database);
    const net = await ensureNetwork(database.db, '310112');
    const med = await accountRepository.findByUsername(database.db, 'mediator');
    const arb = await accountRepository.findByUsername(database.db, 'arbitrator');
    await addStaff(database.db, { organisationId: net.districtCentre.id, role: 'mediator', name: '赵调解', certificateNo: '沪调解-00001', orgCode: '310112', accountId: med!.id });
    await addStaff(database.db, { organisationId: net.commission.id, role: 'arbitrator', name: '孙仲裁', certificateNo: '沪仲裁-00001', orgCode: '310112', accountId: arb!.id });
    session = await startJourney(database);
    base = session.base;
  });

  afterAll(() => endJourney(session, database));

  it('a citizen applies online without an account and gets a tracking code', async () => {
    const page = await newPage();
    await page.goto(`${base}/portal/disputes/apply`);
    await page.getByRole('heading', { name: '劳动人事争议网上申请' }).waitFor();
    await page.locator('#orgCode').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '七宝镇' }).first().click();
    await page.locator('#applicantName').fill('钱多多');
    await page.locator('#applicantResidentId').fill('310112198805123410'); // wrong check digit: refused in the browser
    await page.locator('#respondentName').fill('上海七宝精密机械有限公司');
    await page.locator('#respondentUscc').fill('91350100M000100Y43');
    await page.locator('.claim-row .ant-input-number-input').first().fill('15000');
    await page.locator('#facts').fill('被申请人拖欠申请人两个月工资。');
    await page.locator('#submit-application').click();
    await expect.poll(() => page.locator('.ant-form-item-has-error').count()).toBeGreaterThan(0);
    await page.locator('#applicantResidentId').fill(APPLICANT_ID);
    await page.locator('#submit-application').click();
    const code = page.locator('.tracking-code');
    await code.waitFor();
    trackingCode = (await code.textContent())!.trim();
    expect(trackingCode).toMatch(/^LD\d{2}-[2-9A-Z]{8}$/);
    const [row] = await database.query<{ id: string; state: string }>('select id, state from dispute_cases where tracking_code = $1', [trackingCode]);
    expect(row!.state).toBe('med_received');
    caseId = row!.id;
    // The case was filed 40 days ago (time travel for a 45-day procedure): shift its dates back.
    await database.exec(`update dispute_cases set filed_on = filed_on - 40, mediation_received_on = mediation_received_on - 40,
      mediation_deadline = mediation_deadline - 40, current_deadline = current_deadline - 40, dispute_arose_on = '${ago(100)}' where id = '${caseId}'`);
    await database.exec(`update dispute_case_events set on_date = on_date - 40 where case_id = '${caseId}'`);
  });

  it('the citizen follows the case by code and ID number; a wrong ID shows nothing', async () => {
    const page = await newPage();
    await page.goto(`${base}/portal/disputes/track`);
    await page.locator('#trackingCode').fill(trackingCode);
    await page.locator('#residentId').fill('11010519491231002X');
    await page.locator('#track-submit').click();
    await page.locator('.track-error').waitFor();
    expect(await page.locator('body').innerText()).not.toContain('钱多多');
    await page.locator('#residentId').fill(APPLICANT_ID);
    await page.locator('#track-submit').click();
    await page.locator('.track-result').waitFor();
    expect(await page.locator('.track-result').innerText()).toContain('调解申请已收到');
  });

  it('the 调解员 assigns the case, records the failed mediation and files the arbitration application', async () => {
    const page = await newPage();
    await signIn(page, base, 'mediator');
    await page.goto(`${base}/disputes?q=${trackingCode}`);
    await page.locator('.ant-table-tbody a', { hasText: trackingCode }).click();
    await page.waitForURL(`${base}/disputes/cases/${caseId}`);
    await act(page, 'assign', async (m) => {
      await select(page, m, '调解组织', '联合调解中心');
      await select(page, m, '调解员', '赵调解');
    }, '已分派调解员');
    await act(page, 'fail', async (m) => { await pickDate(page, m, '日期', ago(30)); }, '调解不成');
    await act(page, 'applyArbitration', async (m) => { await pickDate(page, m, '日期', ago(28)); }, '仲裁申请待审查');
    expect(await page.locator('.dispute-timeline').innerText()).toContain('调解不成');
  });

  it('the 仲裁员 accepts, schedules the hearing, makes the award; the award prints', async () => {
    const page = await newPage();
    await signIn(page, base, 'arbitrator');
    await page.goto(`${base}/disputes/cases/${caseId}`);
    await act(page, 'accept', async (m) => {
      await select(page, m, '仲裁员', '孙仲裁');
      await pickDate(page, m, '日期', ago(27));
    }, '仲裁已立案受理');
    // Art. 35: a notice less than 5 days before the hearing is refused on the field
    await page.locator('button[data-action="scheduleHearing"]').click();
    const modal = page.locator('.ant-modal:visible');
    await pickDate(page, modal, '开庭时间', `${ago(22)} 09:30:00`);
    await pickDate(page, modal, '通知日期', ago(25));
    await modal.getByLabel('地点').fill('第一仲裁庭');
    await modal.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => modal.locator('.ant-form-item-explain-error').allTextContents()).toEqual([expect.stringContaining('第三十五条')]);
    await pickDate(page, modal, '通知日期', ago(27));
    await modal.getByRole('button', { name: /确\s*定/ }).click();
    await modal.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.page-header .ant-tag').first().textContent()).toBe('已排期开庭');
    await act(page, 'award', async (m) => {
      await m.getByLabel('裁决金额').fill('12000');
      await pickDate(page, m, '日期', ago(15));
    }, '已裁决');
    expect(await page.locator('.amount-recovered').textContent()).toBe('12,000.00');
    const res = await page.request.get(`${base}/api/v1/disputes/cases/${caseId}/documents/award`);
    const html = await res.text();
    expect(html).toContain('仲 裁 裁 决 书');
    expect(html).toContain('12,000.00 元');
    expect(html).toContain('终局裁决');
    await page.screenshot({ path: '/tmp/renshe-dispute-awarded.png', fullPage: true });
  });

  it('the citizen sees the award', async () => {
    const page = await newPage();
    await page.goto(`${base}/portal/disputes/track`);
    await page.locator('#trackingCode').fill(trackingCode);
    await page.locator('#residentId').fill(APPLICANT_ID);
    await page.locator('#track-submit').click();
    await page.locator('.track-result').waitFor();
    expect(await page.locator('.track-result').innerText()).toContain('已裁决');
    expect(session.pageErrors).toEqual([]);
  });
});
