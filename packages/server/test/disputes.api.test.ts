// API tests of the disputes module on both engines: every transition, illegal transitions refused naming the state,
// concurrent changes (one 409), bad input naming the field and writing nothing, the public application and the
// rate-limited, silent tracking lookup, and org-unit scoping (a 莘庄镇 account cannot read or change a 七宝镇 case).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeResidentIdCheckChar } from '@renshe/shared';
import { accountRepository } from '../src/modules/accounts/repository.ts';
import { addStaff, ensureNetwork, type Network } from '../src/modules/disputes/network.ts';
import { addDays, todayCst } from '../src/modules/disputes/workflow.ts';
import { hashPassword } from '../src/platform/passwords.ts';
import { DEMO_PASSWORD } from '../src/demo/accounts.ts';
import { call, createTestApp, engines, login, type Session, type TestApp } from './harness.ts';

const XINZHUANG = '310112101';
const QIBAO = '310112102';
const today = todayCst();
const ago = (n: number) => addDays(today, -n);
const rid = (first17: string) => first17 + computeResidentIdCheckChar(first17);
const APPLICANT_ID = rid('31011219900307123');
const USCC = '91350100M000100Y43';

function application(over: Record<string, unknown> = {}) {
  return {
    orgCode: QIBAO, entryPath: 'mediation', applicantName: '钱多多', applicantResidentId: APPLICANT_ID, applicantMobile: '13812345678',
    respondentName: '上海某某精密机械有限公司', respondentUscc: USCC, workerCount: 1,
    claims: [{ type: 'wages', amount: 12000 }, { type: 'severance', amount: 8000 }],
    facts: '被申请人拖欠申请人三个月工资。', disputeAroseOn: ago(90), ...over,
  };
}

describe.each(await engines())('disputes API on %s', (engine) => {
  let t: TestApp;
  let net: Network;
  let mediator: Session; let arbitrator: Session; let staff: Session; let xzMediator: Session; let xinzhuang: Session;
  let mediatorId: string; let arbitratorId: string; let xzMediatorStaffId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    net = await ensureNetwork(db, '310112');
    const hash = await hashPassword(DEMO_PASSWORD);
    const acc = await accountRepository.insert(db, { username: 'xz_mediator', displayName: '莘庄调解员', role: 'mediator', orgCode: XINZHUANG, passwordHash: hash });
    const med = await accountRepository.findByUsername(db, 'mediator');
    const arb = await accountRepository.findByUsername(db, 'arbitrator');
    mediatorId = (await addStaff(db, { organisationId: net.districtCentre.id, role: 'mediator', name: '赵调解', certificateNo: 'T-1', orgCode: '310112', accountId: med!.id })).id;
    arbitratorId = (await addStaff(db, { organisationId: net.commission.id, role: 'arbitrator', name: '孙仲裁', certificateNo: 'A-1', orgCode: '310112', accountId: arb!.id })).id;
    xzMediatorStaffId = (await addStaff(db, { organisationId: net.townCentres.get(XINZHUANG)!.id, role: 'mediator', name: '莘庄调解', certificateNo: 'T-2', orgCode: XINZHUANG, accountId: acc.id })).id;
    [mediator, arbitrator, staff, xzMediator, xinzhuang] = await Promise.all(['mediator', 'arbitrator', 'staff', 'xz_mediator', 'xinzhuang'].map((u) => login(t.app, u)));
  });
  afterAll(async () => { await t?.close(); });

  const counts = async () => {
    const [c] = await t.database.query<{ cases: number; events: number; audit: number }>(
      `select (select count(*)::int from dispute_cases) as cases, (select count(*)::int from dispute_case_events) as events,
              (select count(*)::int from audit_log where entity = 'dispute_case') as audit`);
    return c!;
  };
  const walkIn = async (over: Record<string, unknown> = {}) => {
    const res = await call(t.app, staff, 'POST', '/api/v1/disputes/cases', { ...application(over), receivedOn: over.receivedOn ?? today });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const act = async (s: Session, id: string, action: string, body: Record<string, unknown>, lang?: string) => {
    const res = await call(t.app, s, 'POST', `/api/v1/disputes/cases/${id}/${action}`, body, lang ? { 'accept-language': lang } : {});
    return res;
  };
  const ok = async (s: Session, id: string, action: string, body: Record<string, unknown>) => {
    const res = await act(s, id, action, body);
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    return res.json();
  };

  describe('online application (public) and tracking lookup', () => {
    it('a visitor without an account applies and gets a tracking code; the case is audited', async () => {
      const res = await call(t.app, null, 'POST', '/api/v1/disputes/applications', application());
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body.trackingCode).toMatch(/^LD\d{2}-[2-9A-Z]{8}$/);
      expect(body.state).toBe('med_received');
      const [a] = await t.database.query<{ actor_name: string; after: { applicantResidentId: string } }>(
        `select actor_name, after from audit_log where action = 'dispute.applyOnline' order by id desc limit 1`);
      expect(a!.actor_name).toContain('匿名');
      expect(a!.after.applicantResidentId).not.toBe(APPLICANT_ID); // masked in the trail
    });

    it.each([
      ['applicantResidentId', { applicantResidentId: '310112199003071230' }, 'INVALID_RESIDENT_ID'],
      ['respondentUscc', { respondentUscc: '91350100M000100Y44' }, 'INVALID_CREDIT_CODE'],
      ['applicantMobile', { applicantMobile: '1234' }, 'INVALID_MOBILE'],
      ['claims', { claims: [] }, 'VALIDATION_FAILED'],
      ['claims.0.type', { claims: [{ type: 'bonus', amount: 1 }] }, 'VALIDATION_FAILED'],
      ['claims.0.amount', { claims: [{ type: 'wages' }] }, 'VALIDATION_FAILED'],
      ['orgCode', { orgCode: '310112' }, 'VALIDATION_FAILED'],
      ['facts', { facts: undefined }, 'FIELD_REQUIRED'],
    ])('bad %s is refused naming the field and writes nothing', async (field, over, code) => {
      const before = await counts();
      const res = await call(t.app, null, 'POST', '/api/v1/disputes/applications', application(over));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code, field });
      expect(await counts()).toEqual(before);
    });

    it('a collective dispute (≥10 workers) is flagged', async () => {
      const res = await call(t.app, null, 'POST', '/api/v1/disputes/applications', application({ workerCount: 12 }));
      expect(res.json().collective).toBe(true);
    });

    it('a late arbitration application is received with the limitation explained (Art. 27), not refused', async () => {
      const res = await call(t.app, null, 'POST', '/api/v1/disputes/applications', application({ entryPath: 'arbitration', disputeAroseOn: ago(800) }));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().state).toBe('arb_applied');
      expect(res.json().limitation.expired).toBe(true);
      expect(res.json().limitation.explanation['zh-CN']).toContain('第二十七条');
    });

    it('lookup by code and ID shows progress; a wrong ID or code reveals nothing (same 404)', async () => {
      const { trackingCode } = (await call(t.app, null, 'POST', '/api/v1/disputes/applications', application())).json();
      const addr = { remoteAddress: '10.77.0.1' };
      const good = await t.app.inject({ method: 'POST', url: '/api/v1/disputes/track', payload: { trackingCode, residentId: APPLICANT_ID }, ...addr });
      expect(good.statusCode, good.body).toBe(200);
      expect(good.json()).toMatchObject({ trackingCode, state: 'med_received' });
      expect(good.body).not.toContain(APPLICANT_ID);
      const otherId = rid('11010519491231002');
      const wrongId = await t.app.inject({ method: 'POST', url: '/api/v1/disputes/track', payload: { trackingCode, residentId: otherId }, ...addr });
      const wrongCode = await t.app.inject({ method: 'POST', url: '/api/v1/disputes/track', payload: { trackingCode: 'LD26-AAAAAAAA', residentId: APPLICANT_ID }, ...addr });
      const badId = await t.app.inject({ method: 'POST', url: '/api/v1/disputes/track', payload: { trackingCode, residentId: '123' }, ...addr });
      expect(wrongId.statusCode).toBe(404);
      expect(wrongId.body).toBe(wrongCode.body);
      expect(badId.body).toBe(wrongCode.body);
    });

    it('the lookup is rate-limited per address', async () => {
      const addr = { remoteAddress: '10.77.0.2' };
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const r = await t.app.inject({ method: 'POST', url: '/api/v1/disputes/track', payload: { trackingCode: 'LD26-XXXXXXXX', residentId: APPLICANT_ID }, ...addr });
        statuses.push(r.statusCode);
      }
      expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
      expect(statuses[10]).toBe(429);
      const other = await t.app.inject({ method: 'POST', url: '/api/v1/disputes/track', payload: { trackingCode: 'LD26-XXXXXXXX', residentId: APPLICANT_ID }, remoteAddress: '10.77.0.3' });
      expect(other.statusCode).toBe(404);
    });
  });

  describe('mediation → arbitration → award', () => {
    it('takes a case through every step of the path, each audited and on the timeline', async () => {
      const c = await walkIn({ receivedOn: ago(70), disputeAroseOn: ago(120) });
      expect(c.state).toBe('med_received');
      expect(c.mediation.deadline).toBe(addDays(ago(70), 15));
      let v = await ok(mediator, c.id, 'assign', { version: c.version, organisationId: net.districtCentre.id, mediatorId });
      expect(v.state).toBe('med_assigned');
      v = await ok(mediator, c.id, 'schedule', { version: v.version, sessionAt: `${today}T02:00:00.000Z`, place: '一号调解室' });
      expect(v.state).toBe('med_scheduled');
      v = await ok(mediator, c.id, 'fail', { version: v.version, on: ago(60) });
      expect(v).toMatchObject({ state: 'med_failed', mediation: { outcome: 'failed', closedOn: ago(60) } });
      v = await ok(staff, c.id, 'apply-arbitration', { version: v.version, on: ago(58) });
      expect(v).toMatchObject({ state: 'arb_applied', arbitration: { transferredFromMediation: true, acceptanceDeadline: addDays(ago(58), 5) } });
      expect(v.limitation.expired).toBe(false);
      expect(v.claims).toHaveLength(2); // the whole file is carried over
      v = await ok(arbitrator, c.id, 'accept', { version: v.version, on: ago(55), arbitratorId });
      expect(v).toMatchObject({ state: 'arb_accepted', arbitration: { awardDeadline: addDays(ago(55), 45) } });
      v = await ok(arbitrator, c.id, 'schedule-hearing', { version: v.version, noticeOn: ago(50), hearingAt: `${ago(40)}T01:30:00.000Z`, place: '第一仲裁庭' });
      expect(v.state).toBe('arb_hearing');
      v = await ok(arbitrator, c.id, 'extend', { version: v.version, days: 15, approvedBy: '王主任', reason: '案情复杂' });
      expect(v.arbitration.awardDeadline).toBe(addDays(ago(55), 60));
      const again = await act(arbitrator, c.id, 'extend', { version: v.version, days: 5, approvedBy: '王主任' });
      expect(again.statusCode).toBe(400);
      expect(again.json().field).toBe('days');
      v = await ok(arbitrator, c.id, 'award', { version: v.version, on: ago(20), amountAwarded: 15000 });
      expect(v).toMatchObject({ state: 'arb_awarded', amountAwarded: 15000, arbitration: { outcome: 'award', finalAward: true } });
      const late = await act(arbitrator, c.id, 'suit', { version: v.version, suedOn: ago(1), suedBy: 'employee' });
      expect(late.statusCode).toBe(400);
      expect(late.json().field).toBe('suedOn');
      const employer = await act(arbitrator, c.id, 'suit', { version: v.version, suedOn: ago(10), suedBy: 'employer' });
      expect(employer.json().field).toBe('suedBy'); // Art. 49: no suit by the employer against a final award
      v = await ok(arbitrator, c.id, 'suit', { version: v.version, suedOn: ago(10), suedBy: 'employee' });
      expect(v.state).toBe('arb_sued');
      expect(v.actions).toEqual([]);
      const page = (await call(t.app, staff, 'GET', `/api/v1/disputes/cases/${c.id}`)).json();
      expect(page.timeline.map((e: { action: string }) => e.action)).toEqual([
        'registerWalkIn', 'assign', 'schedule', 'fail', 'applyArbitration', 'accept', 'scheduleHearing', 'extend', 'award', 'recordSuit',
      ]);
      const [a] = await t.database.query<{ n: number }>(`select count(*)::int n from audit_log where entity = 'dispute_case' and entity_id = $1`, [c.id]);
      expect(a!.n).toBe(10);
      const doc = await call(t.app, staff, 'GET', `/api/v1/disputes/cases/${c.id}/documents/award`);
      expect(doc.statusCode).toBe(200);
      expect(doc.headers['content-type']).toContain('text/html');
      expect(doc.body).toContain('仲 裁 裁 决 书');
      expect(doc.body).toContain('15,000.00 元');
      expect(doc.body).toContain(v.arbitration.caseNo);
    });

    it('agreement → 审查确认 → confirmed; the 调解协议书 prints', async () => {
      const c = await walkIn({ receivedOn: ago(10) });
      let v = await ok(mediator, c.id, 'assign', { version: c.version, organisationId: net.districtCentre.id, mediatorId });
      v = await ok(mediator, c.id, 'agree', { version: v.version, amountAgreed: 18000, on: ago(5) });
      expect(v).toMatchObject({ state: 'med_agreed', amountAgreed: 18000 });
      v = await ok(mediator, c.id, 'request-review', { version: v.version, on: ago(4) });
      expect(v).toMatchObject({ state: 'review_pending', reviewConfirmation: true });
      v = await ok(arbitrator, c.id, 'confirm-review', { version: v.version, on: ago(1) });
      expect(v).toMatchObject({ state: 'review_confirmed', arbitration: { outcome: 'review_confirmed' } });
      const doc = await call(t.app, staff, 'GET', `/api/v1/disputes/cases/${c.id}/documents/mediation-agreement`);
      expect(doc.body).toContain('调 解 协 议 书');
      expect(doc.body).toContain('18,000.00 元');
      const none = await call(t.app, staff, 'GET', `/api/v1/disputes/cases/${c.id}/documents/not-accepted`);
      expect(none.statusCode).toBe(409);
    });

    it('refused confirmation → arbitration; not accepted (不予受理) with its notice; arbitral mediation and withdrawal', async () => {
      const c = await walkIn({ receivedOn: ago(10) });
      let v = await ok(mediator, c.id, 'assign', { version: c.version, organisationId: net.districtCentre.id, mediatorId });
      v = await ok(mediator, c.id, 'agree', { version: v.version, amountAgreed: 1000 });
      v = await ok(mediator, c.id, 'request-review', { version: v.version });
      v = await ok(arbitrator, c.id, 'reject-review', { version: v.version, reason: '协议内容违反法律规定' });
      expect(v.state).toBe('review_rejected');
      v = await ok(staff, c.id, 'apply-arbitration', { version: v.version });
      expect(v).toMatchObject({ state: 'arb_applied', arbitration: { transferredFromMediation: false } });
      v = await ok(arbitrator, c.id, 'not-accept', { version: v.version, reason: '申请事项不属于劳动人事争议处理范围' });
      expect(v.state).toBe('arb_not_accepted');
      const doc = await call(t.app, staff, 'GET', `/api/v1/disputes/cases/${c.id}/documents/not-accepted`);
      expect(doc.body).toContain('不 予 受 理 通 知 书');
      expect(doc.body).toContain('申请事项不属于劳动人事争议处理范围');

      const d = await walkIn({ entryPath: 'arbitration', receivedOn: ago(3) });
      let w = await ok(arbitrator, d.id, 'accept', { version: d.version, arbitratorId });
      w = await ok(arbitrator, d.id, 'arb-mediate', { version: w.version, amountAgreed: 5000 });
      expect(w).toMatchObject({ state: 'arb_mediated', arbitration: { outcome: 'mediated' } });
      const e = await walkIn({ entryPath: 'arbitration', receivedOn: ago(3) });
      let x = await ok(arbitrator, e.id, 'accept', { version: e.version, arbitratorId });
      x = await ok(arbitrator, e.id, 'arb-withdraw', { version: x.version });
      expect(x.state).toBe('arb_withdrawn');
      const f = await walkIn({ receivedOn: ago(2) });
      const y = await ok(mediator, f.id, 'withdraw-mediation', { version: f.version });
      expect(y).toMatchObject({ state: 'med_withdrawn', mediation: { outcome: 'withdrawn' } });
    });

    it('Art. 14: the 15-day lapse can be marked only after the 15 days', async () => {
      const early = await walkIn({ receivedOn: ago(15) });
      const r = await act(mediator, early.id, 'lapse', { version: early.version });
      expect(r.statusCode).toBe(400);
      const late = await walkIn({ receivedOn: ago(16) });
      const v = await ok(mediator, late.id, 'lapse', { version: late.version });
      expect(v).toMatchObject({ state: 'med_failed', mediation: { outcome: 'lapsed', lapsedOn: today } });
      expect(v.actions.map((a: { action: string }) => a.action)).toContain('applyArbitration');
      const more = await walkIn({ receivedOn: ago(20) });
      const sweep = await call(t.app, mediator, 'POST', '/api/v1/disputes/clock/lapse', {});
      expect(sweep.statusCode, sweep.body).toBe(200);
      expect(sweep.json().trackingCodes).toContain(more.trackingCode);
      expect(sweep.json().trackingCodes).not.toContain(early.trackingCode);
      const again = await call(t.app, mediator, 'POST', '/api/v1/disputes/clock/lapse', {});
      expect(again.json().trackingCodes).not.toContain(more.trackingCode);
    });
  });

  describe('refusals', () => {
    it('an illegal transition is refused with the current state named, in the request language, and changes nothing', async () => {
      const c = await walkIn();
      const before = await counts();
      const zh = await act(arbitrator, c.id, 'accept', { version: c.version, arbitratorId });
      expect(zh.statusCode).toBe(409);
      expect(zh.json()).toMatchObject({ code: 'INVALID_TRANSITION' });
      expect(zh.json().message).toContain('调解申请已收到');
      const en = await act(mediator, c.id, 'agree', { version: c.version, amountAgreed: 1 }, 'en');
      expect(en.json().message).toContain('Mediation application received');
      expect(await counts()).toEqual(before);
    });

    it('two people changing one case at once: exactly one wins, the other gets 409', async () => {
      const c = await walkIn();
      const body = { version: c.version, organisationId: net.districtCentre.id, mediatorId };
      const [a, b] = await Promise.all([act(mediator, c.id, 'assign', body), act(mediator, c.id, 'assign', body)]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      expect([a, b].find((r) => r.statusCode === 409)!.json().code).toBe('VERSION_CONFLICT');
      const page = (await call(t.app, staff, 'GET', `/api/v1/disputes/cases/${c.id}`)).json();
      expect(page.version).toBe(c.version + 1);
      expect(page.timeline).toHaveLength(2);
    });

    it('a stale version is refused with 409 even for a legal step', async () => {
      const c = await walkIn();
      await ok(mediator, c.id, 'assign', { version: c.version, organisationId: net.districtCentre.id, mediatorId });
      const r = await act(mediator, c.id, 'withdraw-mediation', { version: c.version });
      expect(r.statusCode).toBe(409);
    });

    it('bad input on a step names the field and writes nothing (hearing notice < 5 days, Art. 35)', async () => {
      const c = await walkIn({ entryPath: 'arbitration', receivedOn: ago(5) });
      const v = await ok(arbitrator, c.id, 'accept', { version: c.version, arbitratorId });
      const before = await counts();
      const r = await act(arbitrator, c.id, 'schedule-hearing', { version: v.version, noticeOn: today, hearingAt: `${addDays(today, 3)}T02:00:00.000Z`, place: '第一仲裁庭' });
      expect(r.statusCode).toBe(400);
      expect(r.json().field).toBe('hearingAt');
      const r2 = await act(arbitrator, c.id, 'extend', { version: v.version, days: 30, approvedBy: '主任' });
      expect(r2.json().field).toBe('days');
      const r3 = await act(arbitrator, c.id, 'award', { version: v.version, amountAwarded: -1 });
      expect(r3.statusCode).toBe(400);
      expect(await counts()).toEqual(before);
    });

    it('mediation steps are for mediators, arbitration steps for arbitrators', async () => {
      const c = await walkIn();
      const r = await act(arbitrator, c.id, 'assign', { version: c.version, organisationId: net.districtCentre.id, mediatorId });
      expect(r.statusCode).toBe(403);
    });
  });

  describe('case work', () => {
    it('lists with filters and amounts; queues of overdue and due-soon cases', async () => {
      const c = await walkIn({ entryPath: 'arbitration', receivedOn: ago(60), workerCount: 15 });
      await ok(arbitrator, c.id, 'accept', { version: c.version, on: ago(50), arbitratorId }); // award due 5 days ago
      const d = await walkIn({ entryPath: 'arbitration', receivedOn: ago(44) });
      await ok(arbitrator, d.id, 'accept', { version: d.version, on: ago(43), arbitratorId }); // due in 2 days
      const list = (await call(t.app, staff, 'GET', '/api/v1/disputes/cases?stage=arbitration&collective=true&deadline=overdue')).json();
      expect(list.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
      expect(list.hasMore).toBe(false);
      const sum = (await call(t.app, staff, 'GET', '/api/v1/disputes/cases/summary?stage=arbitration&collective=true&deadline=overdue')).json();
      expect(sum).toEqual({ total: 1, amountClaimed: 20000, amountRecovered: 0 });
      const byState = (await call(t.app, staff, 'GET', `/api/v1/disputes/cases?state=arb_accepted&orgCode=${QIBAO}&from=${ago(61)}&to=${ago(40)}&pageSize=1`)).json();
      expect(byState.items).toHaveLength(1);
      expect(byState.hasMore).toBe(true);
      // Several states are read per state and merged: pages must still follow one order, without gaps or repeats.
      await walkIn({ entryPath: 'arbitration', receivedOn: ago(10) });
      await walkIn({ entryPath: 'arbitration', receivedOn: ago(55) });
      const all = (await call(t.app, staff, 'GET', '/api/v1/disputes/cases?stage=arbitration&pageSize=100')).json().items as { id: string; filedOn: string; state: string }[];
      expect(new Set(all.map((i) => i.state)).size).toBeGreaterThan(1);
      expect([...all].sort((a, b) => (b.filedOn + b.id).localeCompare(a.filedOn + a.id)).map((i) => i.id)).toEqual(all.map((i) => i.id));
      const paged: string[] = [];
      for (let page = 1; page <= all.length; page++) {
        const p = (await call(t.app, staff, 'GET', `/api/v1/disputes/cases?stage=arbitration&pageSize=1&page=${page}`)).json();
        paged.push(...p.items.map((i: { id: string }) => i.id));
        expect(p.hasMore).toBe(page < all.length);
      }
      expect(paged).toEqual(all.map((i) => i.id));
      const kw = (await call(t.app, staff, 'GET', `/api/v1/disputes/cases/summary?q=${encodeURIComponent(c.trackingCode)}`)).json();
      expect(kw.total).toBe(1);
      const q = (await call(t.app, arbitrator, 'GET', '/api/v1/disputes/queues')).json();
      expect(q.overdue.map((i: { id: string }) => i.id)).toContain(c.id);
      expect(q.due.map((i: { id: string }) => i.id)).toContain(d.id);
      expect(q.overdue.find((i: { id: string }) => i.id === c.id).deadlineStatus).toBe('overdue');
      const orgs = (await call(t.app, staff, 'GET', '/api/v1/disputes/organisations?kind=mediation')).json();
      expect(orgs.items.length).toBeGreaterThan(10);
      const people = (await call(t.app, staff, 'GET', '/api/v1/disputes/staff?role=arbitrator')).json();
      expect(people.items[0]).toMatchObject({ certificateNo: 'A-1', status: 'active' });
      const csv = await call(t.app, staff, 'GET', '/api/v1/disputes/export.csv');
      expect(csv.body.split('\n')[0]).toContain('tracking_code,org_code');
      expect(csv.body).not.toContain(APPLICANT_ID);
    });
  });

  describe('scoping: a 莘庄镇 account cannot read or change a 七宝镇 case through any endpoint', () => {
    it('reads: 404 and absent from lists, queues and export', async () => {
      const c = await walkIn({ orgCode: QIBAO });
      for (const s of [xzMediator, xinzhuang]) {
        expect((await call(t.app, s, 'GET', `/api/v1/disputes/cases/${c.id}`)).statusCode).toBe(404);
        expect((await call(t.app, s, 'GET', `/api/v1/disputes/cases/${c.id}/documents/award`)).statusCode).toBe(404);
        const list = (await call(t.app, s, 'GET', '/api/v1/disputes/cases?pageSize=500')).json();
        expect(list.items.every((i: { orgCode: string }) => i.orgCode.startsWith(XINZHUANG))).toBe(true);
        const filtered = (await call(t.app, s, 'GET', `/api/v1/disputes/cases/summary?orgCode=${QIBAO}`)).json();
        expect(filtered.total).toBe(0);
        const csv = (await call(t.app, s, 'GET', '/api/v1/disputes/export.csv')).body;
        expect(csv).not.toContain(c.trackingCode);
      }
    });

    it('changes: every state-change endpoint answers 404 and the case stays as it was', async () => {
      const c = await walkIn({ orgCode: QIBAO });
      const actions = ['assign', 'schedule', 'agree', 'fail', 'lapse', 'withdraw-mediation', 'request-review', 'confirm-review',
        'reject-review', 'apply-arbitration', 'accept', 'not-accept', 'schedule-hearing', 'extend', 'award', 'arb-mediate', 'arb-withdraw', 'suit'];
      const bodies: Record<string, Record<string, unknown>> = {
        assign: { organisationId: net.townCentres.get(XINZHUANG)!.id, mediatorId: xzMediatorStaffId },
        schedule: { sessionAt: `${today}T02:00:00.000Z`, place: 'x' }, agree: { amountAgreed: 1 }, 'reject-review': { reason: 'x' },
        accept: { arbitratorId }, 'not-accept': { reason: 'x' }, 'schedule-hearing': { hearingAt: `${addDays(today, 9)}T02:00:00.000Z`, place: 'x' },
        extend: { days: 5, approvedBy: 'x' }, award: { amountAwarded: 1 }, 'arb-mediate': { amountAgreed: 1 }, suit: { suedBy: 'employee' },
      };
      for (const a of actions) {
        const r = await act(xzMediator, c.id, a, { version: c.version, ...(bodies[a] ?? {}) });
        expect([403, 404], `${a}: ${r.body}`).toContain(r.statusCode);
        if (a === 'assign' || a === 'apply-arbitration') expect(r.statusCode, a).toBe(404);
      }
      const r = await act(xinzhuang, c.id, 'apply-arbitration', { version: c.version });
      expect(r.statusCode).toBe(404);
      const page = (await call(t.app, staff, 'GET', `/api/v1/disputes/cases/${c.id}`)).json();
      expect(page).toMatchObject({ state: 'med_received', version: c.version });
      expect(page.timeline).toHaveLength(1);
    });

    it('a 莘庄镇 account cannot register a walk-in case into 七宝镇', async () => {
      const r = await call(t.app, xinzhuang, 'POST', '/api/v1/disputes/cases', application({ orgCode: QIBAO }));
      expect(r.statusCode).toBe(403);
      expect(r.json().code).toBe('ORG_OUT_OF_SCOPE');
      const own = await call(t.app, xinzhuang, 'POST', '/api/v1/disputes/cases', application({ orgCode: XINZHUANG }));
      expect(own.statusCode).toBe(201);
    });
  });
});
