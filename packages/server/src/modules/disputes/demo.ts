// `renshe demo` step: the mediation/arbitration network of 闵行区 and its dispute cases from 2021 to today, at the
// seeds' scale (000: 59,754 mediation cases and 39,087 arbitration cases over 2016–2020, i.e. about 12,000 and 7,800 a
// year), with outcome shares near the seed's own figures (000 一(一)3: 调解成功率 82.2%; 表1: 综合调解率 81.31% in 2020). Each case is simulated over its whole
// life and then cut at today, so the data up to a given day is the same for a given seed, whatever day it runs.
// Bulk-loaded with multi-row INSERT statements (thousands of rows each).
import { computeOrganizationCodeCheckChar, computeSocialCreditCheckChar } from '@renshe/shared';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { accounts } from '../../db/schema.ts';
import type { DemoStep, Progress } from '../../demo/index.ts';
import { chineseName, createRng, intBetween, mobile, pick, residentId, weighted, type Rng } from '../../demo/random.ts';
import { systemCtx } from '../../platform/context.ts';
import { orgService } from '../orgs/service.ts';
import { newTrackingCode } from './usecases/create.ts';
import { addStaff, ensureNetwork } from './network.ts';
import type { StaffRow } from './repository.ts';
import {
  acceptanceDeadline, addDays, awardDeadline, finalAwardRule, mediationDeadline, runningDeadline, todayCst, type State,
} from './workflow.ts';

export const DEMO_DISTRICT = '310112';
/** Yearly volumes: mediation applications, and direct arbitration applications (transfers and reviews come on top). */
export const YEARLY = { mediation: 12_000, directArbitration: 6_000 };

const CASE_COLUMNS = [
  'id', 'tracking_code', 'org_code', 'channel', 'entry_path', 'state', 'filed_on', 'applicant_name', 'applicant_resident_id',
  'applicant_mobile', 'respondent_name', 'respondent_uscc', 'collective', 'worker_count', 'claims', 'amount_claimed', 'facts',
  'dispute_arose_on', 'mediation_org_id', 'mediator_id', 'mediation_received_on', 'mediation_deadline', 'session_at',
  'session_place', 'mediation_closed_on', 'mediation_outcome', 'amount_agreed', 'mediation_lapsed_on', 'review_confirmation',
  'transferred_from_mediation', 'commission_id', 'arbitrator_id', 'arb_applied_on', 'acceptance_deadline', 'limitation_expired',
  'arb_accepted_on', 'arb_case_no', 'not_accepted_on', 'not_accepted_reason', 'hearing_at', 'hearing_notice_on', 'hearing_place',
  'award_deadline', 'extension_days', 'extension_approved_by', 'extension_reason', 'arb_closed_on', 'arb_outcome',
  'amount_awarded', 'final_award', 'final_award_basis', 'sued', 'sued_on', 'sued_by', 'current_deadline', 'handler_staff_id',
  'created_at', 'version',
] as const;
type CaseRecord = Partial<Record<(typeof CASE_COLUMNS)[number], unknown>>;
const EVENT_COLUMNS = ['case_id', 'org_code', 'at', 'on_date', 'action', 'from_state', 'to_state', 'actor_name', 'note'] as const;

function lit(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NULL';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'object') return `'${JSON.stringify(v).replace(/'/g, "''")}'::jsonb`;
  return `'${String(v).replace(/'/g, "''")}'`;
}

export function uuidFrom(rng: Rng): string {
  const h = (n: number) => Array.from({ length: n }, () => Math.floor(rng() * 16).toString(16)).join('');
  return `${h(8)}-${h(4)}-4${h(3)}-${'89ab'[Math.floor(rng() * 4)]}${h(3)}-${h(12)}`;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function uscc(rng: Rng, division6: string): string {
  let org8 = '';
  for (let i = 0; i < 8; i++) org8 += '0123456789ABCDEFGHJKLMNPQRTUWXY'[Math.floor(rng() * 31)];
  org8 = org8.replace(/[^0-9A-Z]/g, '0');
  const first17 = `91${division6}${org8}${computeOrganizationCodeCheckChar(org8)}`;
  // the organisation code check char may be 'X' or a digit, both in the USCC charset except when 'X'… keep valid ones only
  if (![...first17].every((c) => USCC_CHARS.includes(c))) return uscc(rng, division6);
  return first17 + computeSocialCreditCheckChar(first17);
}

const FIRMS = ['精密机械', '电子科技', '物流', '餐饮管理', '建筑工程', '物业管理', '信息技术', '汽车零部件', '生物医药', '服装', '商贸', '保洁服务', '人力资源', '包装材料', '新材料', '食品'];
const WORDS = ['闵虹', '莘联', '七星', '春申', '浦江', '紫竹', '吴泾', '华漕', '虹桥', '颛桥', '马桥', '梅陇', '古美', '江川', '新虹', '申都', '恒达', '宏图', '协力', '东方'];
const PLACES = ['调解中心一号调解室', '调解中心二号调解室', '联合调解中心洽谈室'];
const FACTS = [
  '申请人在被申请人处工作，被申请人拖欠申请人工资至今未付。',
  '被申请人单方解除劳动合同，未支付经济补偿。',
  '申请人长期加班，被申请人未依法支付加班费。',
  '被申请人未为申请人缴纳社会保险费。',
  '申请人在工作中受伤，已认定工伤，被申请人未支付工伤待遇。',
  '双方未签订书面劳动合同，申请人请求确认劳动关系并支付双倍工资差额。',
];

interface Ev { on: string; action: string; to: State; actor: string; note?: string }

export interface DemoPeople {
  townCentres: Map<string, { id: string }>;
  districtCentreId: string;
  commissionId: string;
  mediatorsByOrg: Map<string, StaffRow[]>;
  arbitrators: StaffRow[];
  extraOrgs: { id: string; orgCode: string }[];
}

/** Simulate one case's life; returns the row as of `today` and its timeline. Exported for the benchmark. */
export function simulateCase(rng: Rng, p: DemoPeople, town: string, filedOn: string, entry: 'mediation' | 'arbitration', enterprises: { name: string; uscc: string }[], today: string) {
  const id = uuidFrom(rng);
  const collective = rng() < 0.02;
  const workers = collective ? intBetween(rng, 10, 60) : 1;
  const nClaims = weighted(rng, [[1, 60], [2, 30], [3, 10]] as const);
  const claims: { type: string; amount: number | null }[] = [];
  const used = new Set<string>();
  for (let i = 0; i < nClaims; i++) {
    const type = weighted(rng, [['wages', 40], ['overtime', 15], ['severance', 20], ['damages', 10], ['social_insurance', 7], ['work_injury', 4], ['labour_relation', 3], ['other', 1]] as const);
    if (used.has(type)) continue;
    used.add(type);
    const base = type === 'labour_relation' ? null : Math.round(Math.exp(8 + rng() * 2.6) * workers * 100) / 100;
    claims.push({ type, amount: base });
  }
  const claimed = Math.round(claims.reduce((s, c) => s + (c.amount ?? 0), 0) * 100) / 100;
  const ent = pick(rng, enterprises);
  const arose = addDays(filedOn, -intBetween(rng, 5, 300));
  const row: CaseRecord = {
    id, tracking_code: newTrackingCode(filedOn, (n) => Math.floor(rng() * n)), org_code: town,
    channel: rng() < 0.45 ? 'online' : 'walk_in', entry_path: entry, filed_on: filedOn,
    applicant_name: chineseName(rng), applicant_resident_id: residentId(rng, pick(rng, ['310112', '310104', '320581', '341221', '410521', '510623', '430521']), 1965, 2004),
    applicant_mobile: mobile(rng), respondent_name: ent.name, respondent_uscc: ent.uscc, collective, worker_count: workers,
    claims, amount_claimed: claimed, facts: pick(rng, FACTS), dispute_arose_on: arose, review_confirmation: false,
    transferred_from_mediation: false, sued: false, version: 1,
  };
  const evs: Ev[] = [];
  const medPool = () => {
    const r = rng();
    const org = r < 0.8 ? p.townCentres.get(town)?.id ?? p.districtCentreId : r < 0.92 || !p.extraOrgs.length ? p.districtCentreId : pick(rng, p.extraOrgs).id;
    const people = p.mediatorsByOrg.get(org) ?? p.mediatorsByOrg.get(p.districtCentreId)!;
    return { org, mediator: pick(rng, people) };
  };
  const steps: { on: string; apply: () => void; ev: Ev }[] = [];
  const step = (on: string, ev: Omit<Ev, 'on'>, apply: () => void) => steps.push({ on, apply, ev: { ...ev, on } });
  const agreedAmount = () => Math.round(claimed * (0.5 + rng() * 0.45) * 100) / 100;

  const arbitration = (applied: string, transferred: boolean) => {
    step(applied, { action: transferred ? 'applyArbitration' : 'applyOnline', to: 'arb_applied', actor: '申请人' }, () => {
      Object.assign(row, {
        arb_applied_on: applied, acceptance_deadline: acceptanceDeadline(applied), commission_id: p.commissionId,
        transferred_from_mediation: transferred, limitation_expired: false,
      });
    });
    const decided = addDays(applied, rng() < 0.98 ? intBetween(rng, 1, 5) : intBetween(rng, 6, 8));
    if (rng() < 0.04) {
      step(decided, { action: 'notAccept', to: 'arb_not_accepted', actor: '仲裁委员会', note: '不属于劳动人事争议受理范围' }, () => {
        Object.assign(row, { not_accepted_on: decided, not_accepted_reason: '申请事项不属于劳动人事争议处理范围' });
      });
      return;
    }
    const arb = pick(rng, p.arbitrators);
    step(decided, { action: 'accept', to: 'arb_accepted', actor: arb.name }, () => {
      Object.assign(row, {
        arb_accepted_on: decided, arbitrator_id: arb.id, award_deadline: awardDeadline(decided),
        arb_case_no: `（${decided.slice(0, 4)}）劳人仲案字第 ${row.tracking_code} 号`,
      });
    });
    const outcome = weighted(rng, [['award', 45], ['mediated', 35], ['withdrawn', 20]] as const);
    if (outcome === 'withdrawn' && rng() < 0.5) {
      const on = addDays(decided, intBetween(rng, 3, 30));
      step(on, { action: 'arbWithdraw', to: 'arb_withdrawn', actor: arb.name }, () => Object.assign(row, { arb_closed_on: on, arb_outcome: 'withdrawn' }));
      return;
    }
    const notice = addDays(decided, intBetween(rng, 2, 15));
    const hearing = addDays(notice, intBetween(rng, 5, 14));
    step(notice, { action: 'scheduleHearing', to: 'arb_hearing', actor: arb.name }, () => {
      Object.assign(row, { hearing_notice_on: notice, hearing_at: `${hearing}T01:30:00.000Z`, hearing_place: `第${intBetween(rng, 1, 6)}仲裁庭` });
    });
    let deadline = awardDeadline(decided);
    const extend = rng() < 0.08;
    if (extend) {
      const days = intBetween(rng, 5, 15);
      const on = addDays(decided, intBetween(rng, 30, 44));
      deadline = awardDeadline(decided, days);
      const dl = deadline;
      step(on, { action: 'extend', to: 'arb_hearing', actor: arb.name, note: `延长 ${days} 日` }, () => {
        Object.assign(row, { extension_days: days, extension_approved_by: '仲裁委员会主任', extension_reason: '案情复杂', award_deadline: dl });
      });
    }
    let closed = addDays(hearing, intBetween(rng, 0, 12));
    if (closed > deadline && rng() < 0.97) closed = deadline < hearing ? hearing : deadline;
    if (outcome === 'award') {
      const amount = Math.round(claimed * (0.3 + rng() * 0.6) * 100) / 100;
      const fin = finalAwardRule(town, closed, claims);
      step(closed, { action: 'award', to: 'arb_awarded', actor: arb.name }, () => {
        Object.assign(row, { arb_closed_on: closed, arb_outcome: 'award', amount_awarded: amount, final_award: fin.final, final_award_basis: fin.basis['zh-CN'] });
      });
      if (rng() < 0.35) {
        const by = fin.final || rng() < 0.6 ? 'employee' : 'employer';
        const on = addDays(closed, intBetween(rng, 3, 15));
        step(on, { action: 'recordSuit', to: 'arb_sued', actor: arb.name }, () => Object.assign(row, { sued: true, sued_on: on, sued_by: by }));
      }
    } else {
      const to: State = outcome === 'mediated' ? 'arb_mediated' : 'arb_withdrawn';
      step(closed, { action: outcome === 'mediated' ? 'arbMediate' : 'arbWithdraw', to, actor: arb.name }, () => {
        Object.assign(row, { arb_closed_on: closed, arb_outcome: outcome, ...(outcome === 'mediated' ? { amount_agreed: agreedAmount() } : {}) });
      });
    }
  };

  if (entry === 'mediation') {
    step(filedOn, { action: row.channel === 'online' ? 'applyOnline' : 'registerWalkIn', to: 'med_received', actor: '申请人' }, () => {
      Object.assign(row, { mediation_received_on: filedOn, mediation_deadline: mediationDeadline(filedOn) });
    });
    const { org, mediator } = medPool();
    const assigned = addDays(filedOn, intBetween(rng, 0, 2));
    step(assigned, { action: 'assign', to: 'med_assigned', actor: '调解中心' }, () => Object.assign(row, { mediation_org_id: org, mediator_id: mediator.id }));
    let last = assigned;
    if (rng() < 0.7) {
      const booked = addDays(assigned, intBetween(rng, 0, 2));
      const session = addDays(booked, intBetween(rng, 2, 8));
      last = booked;
      step(booked, { action: 'schedule', to: 'med_scheduled', actor: mediator.name }, () => Object.assign(row, { session_at: `${session}T01:00:00.000Z`, session_place: pick(rng, PLACES) }));
    }
    const outcome = weighted(rng, [['agreement', 82], ['failed', 8], ['lapsed', 3], ['withdrawn', 7]] as const);
    const offset = outcome === 'lapsed' ? intBetween(rng, 16, 18) : intBetween(rng, 2, 14);
    let closed = addDays(filedOn, offset);
    if (closed < last) closed = last;
    const c = closed;
    if (outcome === 'agreement') {
      step(c, { action: 'agree', to: 'med_agreed', actor: mediator.name }, () => Object.assign(row, { mediation_closed_on: c, mediation_outcome: 'agreement', amount_agreed: agreedAmount() }));
      if (rng() < 0.036) {
        const req = addDays(c, intBetween(rng, 1, 10));
        step(req, { action: 'requestReview', to: 'review_pending', actor: mediator.name }, () => Object.assign(row, { review_confirmation: true, commission_id: p.commissionId, arb_accepted_on: req }));
        const dec = addDays(req, intBetween(rng, 3, 15));
        if (rng() < 0.95) step(dec, { action: 'confirmReview', to: 'review_confirmed', actor: '仲裁委员会' }, () => Object.assign(row, { arb_closed_on: dec, arb_outcome: 'review_confirmed' }));
        else step(dec, { action: 'rejectReview', to: 'review_rejected', actor: '仲裁委员会' }, () => Object.assign(row, { arb_closed_on: dec, arb_outcome: 'review_rejected' }));
      }
    } else if (outcome === 'withdrawn') {
      step(c, { action: 'withdrawMediation', to: 'med_withdrawn', actor: mediator.name }, () => Object.assign(row, { mediation_closed_on: c, mediation_outcome: 'withdrawn' }));
    } else {
      step(c, { action: outcome === 'lapsed' ? 'lapse' : 'fail', to: 'med_failed', actor: mediator.name }, () => Object.assign(row, {
        mediation_closed_on: c, mediation_outcome: outcome, ...(outcome === 'lapsed' ? { mediation_lapsed_on: c } : {}),
      }));
      if (rng() < 0.75) arbitration(addDays(c, intBetween(rng, 1, 30)), true);
    }
  } else {
    arbitration(filedOn, false);
  }

  // Cut at today: apply the steps that have happened.
  let state: State = entry === 'mediation' ? 'med_received' : 'arb_applied';
  let lastOn = filedOn;
  for (const s of steps) {
    if (s.on > today) break;
    s.apply();
    const from = evs.length ? state : null;
    state = s.ev.to;
    lastOn = s.on;
    evs.push({ ...s.ev, note: s.ev.note ?? (from === null ? undefined : undefined) });
  }
  row.state = state;
  row.current_deadline = runningDeadline(state, {
    mediationDeadline: row.mediation_deadline as string, acceptanceDeadline: row.acceptance_deadline as string, awardDeadline: row.award_deadline as string,
  });
  row.handler_staff_id = state.startsWith('med_') && state !== 'med_received' && row.current_deadline ? row.mediator_id
    : (state === 'arb_accepted' || state === 'arb_hearing') ? row.arbitrator_id : null;
  row.created_at = `${filedOn}T02:00:00.000Z`;
  // updated_at stays now() (the column default): the indicator engine's rollups use it to see new facts.
  void lastOn;
  return { row, events: evs };
}

export function caseValuesSql(rows: CaseRecord[]): string {
  return `INSERT INTO dispute_cases (${CASE_COLUMNS.join(',')}) VALUES ${rows.map((r) => `(${CASE_COLUMNS.map((c) => lit(r[c])).join(',')})`).join(',')}`;
}

export function eventValuesSql(caseId: string, orgCode: string, evs: Ev[]): string[] {
  let from: string | null = null;
  return evs.map((e) => {
    const v = `(${[caseId, orgCode, `${e.on}T06:00:00.000Z`, e.on, e.action, from, e.to, e.actor, e.note ?? null].map(lit).join(',')})`;
    from = e.to;
    return v;
  });
}

/** Organisations beyond the 街镇 centres, the mediators and arbitrators, with the demo accounts linked. */
export async function setupDemoPeople(database: Database, rng: Rng): Promise<DemoPeople> {
  const { db } = database;
  const net = await ensureNetwork(db, DEMO_DISTRICT);
  const existing = await database.query<{ n: number }>('select count(*)::int as n from dispute_staff');
  const people: DemoPeople = {
    townCentres: new Map([...net.townCentres].map(([k, v]) => [k, { id: v.id }])), districtCentreId: net.districtCentre.id,
    commissionId: net.commission.id, mediatorsByOrg: new Map(), arbitrators: [], extraOrgs: [],
  };
  if (Number(existing[0]?.n ?? 0) === 0) {
    const towns = [...net.townCentres.keys()].sort();
    const parks = towns.filter((_, i) => i % 2 === 0).slice(0, 6);
    const extra = await database.db.transaction(async (tx) => {
      const { disputeRepository } = await import('./repository.ts');
      return disputeRepository.insertOrganisations(tx, [
        ...parks.map((t, i) => ({ kind: 'mediation', level: 'park', name: `${pick(rng, ['紫竹高新区', '莘庄工业区', '漕河泾开发区浦江园区', '虹桥商务区', '马桥人工智能创新试验区', '颛桥商圈'])}劳动争议调解工作室${i + 1}`, orgCode: t })),
        ...towns.slice(0, 4).map((t, i) => ({ kind: 'mediation', level: 'enterprise', name: `上海${WORDS[i]}${FIRMS[i]}有限公司劳动争议调解委员会`, orgCode: t })),
      ]);
    });
    const mediatorAcc = (await db.select().from(accounts).where(eq(accounts.username, 'mediator')))[0];
    const arbitratorAcc = (await db.select().from(accounts).where(eq(accounts.username, 'arbitrator')))[0];
    let n = 0;
    const cert = (prefix: string) => `${prefix}-${String(++n).padStart(5, '0')}`;
    const orgs = [net.districtCentre, ...net.townCentres.values(), ...extra];
    for (const o of orgs) {
      const count = o.level === 'district' ? 4 : o.level === 'township' ? 2 : 1;
      for (let i = 0; i < count; i++) {
        const linked = o.level === 'district' && i === 0 ? mediatorAcc : undefined;
        await addStaff(db, { organisationId: o.id, role: 'mediator', name: linked?.displayName.replace(/调解员$/, '') ?? chineseName(rng), certificateNo: cert('沪调解'), orgCode: o.orgCode, accountId: linked?.id ?? null });
      }
    }
    for (let i = 0; i < 12; i++) {
      const linked = i === 0 ? arbitratorAcc : undefined;
      await addStaff(db, { organisationId: net.commission.id, role: 'arbitrator', name: linked?.displayName.replace(/仲裁员$/, '') ?? chineseName(rng), certificateNo: cert('沪仲裁'), orgCode: DEMO_DISTRICT, accountId: linked?.id ?? null });
    }
  }
  const { disputeRepository } = await import('./repository.ts');
  const staff = await disputeRepository.listStaff(db, { orgCode: DEMO_DISTRICT });
  for (const s of staff) {
    if (s.role === 'arbitrator') people.arbitrators.push(s);
    else people.mediatorsByOrg.set(s.organisationId, [...(people.mediatorsByOrg.get(s.organisationId) ?? []), s]);
  }
  people.arbitrators.sort((a, b) => a.certificateNo.localeCompare(b.certificateNo));
  for (const list of people.mediatorsByOrg.values()) list.sort((a, b) => a.certificateNo.localeCompare(b.certificateNo));
  const orgRows = await disputeRepository.listOrganisations(db, { orgCode: DEMO_DISTRICT }, { kind: 'mediation' });
  people.extraOrgs = orgRows.filter((o) => o.level === 'park' || o.level === 'enterprise').map((o) => ({ id: o.id, orgCode: o.orgCode }));
  return people;
}

export function enterprisePool(rng: Rng, n: number): { name: string; uscc: string }[] {
  const out: { name: string; uscc: string }[] = [];
  for (let i = 0; i < n; i++) out.push({ name: `上海${pick(rng, WORDS)}${pick(rng, FIRMS)}有限公司`, uscc: uscc(rng, DEMO_DISTRICT) });
  return out;
}

/** Generate the cases; `scale` multiplies the yearly volumes (the benchmark uses 10). */
export async function generateCases(database: Database, opts: { seed: number; progress: Progress; from?: string; to?: string; scale?: number; withEvents?: boolean }): Promise<number> {
  const rng = createRng(opts.seed ^ 0xd15b);
  const people = await setupDemoPeople(database, rng);
  const towns = (await orgService.listAll(systemCtx(database.db), { under: DEMO_DISTRICT, levels: ['township'] })).map((t) => t.code).sort();
  const weights = towns.map((t) => [t, 1 + Math.floor(rng() * 5)] as const);
  const enterprises = enterprisePool(rng, 3000);
  const from = opts.from ?? '2021-01-01';
  const today = opts.to ?? todayCst();
  const scale = opts.scale ?? 1;
  const days = Math.round((Date.parse(today) - Date.parse(from)) / 86_400_000) + 1;
  const perDay = ((YEARLY.mediation + YEARLY.directArbitration) * scale) / 365;
  const step = opts.progress.step('劳动争议案件 dispute cases', Math.round(days * perDay));
  let caseBuf: CaseRecord[] = [];
  let eventBuf: string[] = [];
  let total = 0;
  const flush = async () => {
    if (caseBuf.length) await database.exec(caseValuesSql(caseBuf));
    for (let i = 0; i < eventBuf.length; i += 5000) {
      await database.exec(`INSERT INTO dispute_case_events (${EVENT_COLUMNS.join(',')}) VALUES ${eventBuf.slice(i, i + 5000).join(',')}`);
    }
    step.tick(caseBuf.length);
    caseBuf = [];
    eventBuf = [];
  };
  for (let d = 0; d < days; d++) {
    const day = addDays(from, d);
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    const factor = dow === 0 || dow === 6 ? 0.35 : 1.26; // weekdays carry most applications; the week averages 1
    const nMed = Math.floor((YEARLY.mediation * scale / 365) * factor + rng());
    const nArb = Math.floor((YEARLY.directArbitration * scale / 365) * factor + rng());
    for (let i = 0; i < nMed + nArb; i++) {
      const town = weighted(rng, weights);
      const { row, events } = simulateCase(rng, people, town, day, i < nMed ? 'mediation' : 'arbitration', enterprises, today);
      caseBuf.push(row);
      if (opts.withEvents !== false) eventBuf.push(...eventValuesSql(row.id as string, town, events));
      total++;
    }
    if (caseBuf.length >= 2000) await flush();
  }
  await flush();
  step.done();
  return total;
}

export const disputesDemoStep: DemoStep = {
  name: 'disputes',
  async run(database, { seed, progress }) {
    const have = await database.query<{ n: number }>(`select count(*)::int as n from dispute_cases where org_code like '${DEMO_DISTRICT}%'`);
    if (Number(have[0]?.n ?? 0) > 0) return;
    await generateCases(database, { seed, progress });
  },
};
