// The life of a dispute case as data: its states, the legal transitions between them, and the statutory clock of
// 《中华人民共和国劳动争议调解仲裁法》 (Labour Dispute Mediation and Arbitration Law, 2008) next to them.
// Pure functions only — no database — so every rule is unit-tested on its own (workflow.test.ts).

export const STATES = [
  // 调解 (mediation at a mediation organisation)
  'med_received', 'med_assigned', 'med_scheduled', 'med_agreed', 'med_failed', 'med_withdrawn',
  // 审查确认 of a mediation agreement by the arbitration commission
  'review_pending', 'review_confirmed', 'review_rejected',
  // 仲裁 (arbitration)
  'arb_applied', 'arb_not_accepted', 'arb_accepted', 'arb_hearing', 'arb_awarded', 'arb_mediated', 'arb_withdrawn', 'arb_sued',
] as const;
export type State = (typeof STATES)[number];

export const STATE_LABELS: Record<State, { 'zh-CN': string; en: string }> = {
  med_received: { 'zh-CN': '调解申请已收到', en: 'Mediation application received' },
  med_assigned: { 'zh-CN': '已分派调解员', en: 'Assigned to a mediator' },
  med_scheduled: { 'zh-CN': '已预约调解', en: 'Mediation session booked' },
  med_agreed: { 'zh-CN': '调解成功', en: 'Mediation agreement reached' },
  med_failed: { 'zh-CN': '调解不成', en: 'Mediation failed' },
  med_withdrawn: { 'zh-CN': '撤回调解申请', en: 'Mediation application withdrawn' },
  review_pending: { 'zh-CN': '审查确认中', en: 'Under review for confirmation' },
  review_confirmed: { 'zh-CN': '已审查确认', en: 'Agreement confirmed' },
  review_rejected: { 'zh-CN': '不予确认', en: 'Confirmation refused' },
  arb_applied: { 'zh-CN': '仲裁申请待审查', en: 'Arbitration applied for' },
  arb_not_accepted: { 'zh-CN': '不予受理', en: 'Not accepted' },
  arb_accepted: { 'zh-CN': '仲裁已立案受理', en: 'Arbitration accepted' },
  arb_hearing: { 'zh-CN': '已排期开庭', en: 'Hearing scheduled' },
  arb_awarded: { 'zh-CN': '已裁决', en: 'Award made' },
  arb_mediated: { 'zh-CN': '仲裁调解结案', en: 'Closed by arbitral mediation' },
  arb_withdrawn: { 'zh-CN': '撤诉结案', en: 'Closed by withdrawal' },
  arb_sued: { 'zh-CN': '当事人已起诉', en: 'A party sued in court' },
};

export const STAGE_OF: Record<State, 'mediation' | 'review' | 'arbitration'> = {
  med_received: 'mediation', med_assigned: 'mediation', med_scheduled: 'mediation', med_agreed: 'mediation',
  med_failed: 'mediation', med_withdrawn: 'mediation',
  review_pending: 'review', review_confirmed: 'review', review_rejected: 'review',
  arb_applied: 'arbitration', arb_not_accepted: 'arbitration', arb_accepted: 'arbitration', arb_hearing: 'arbitration',
  arb_awarded: 'arbitration', arb_mediated: 'arbitration', arb_withdrawn: 'arbitration', arb_sued: 'arbitration',
};

export const ACTIONS = [
  'assign', 'schedule', 'agree', 'fail', 'lapse', 'withdrawMediation',
  'requestReview', 'confirmReview', 'rejectReview',
  'applyArbitration', 'accept', 'notAccept', 'scheduleHearing', 'extend', 'award', 'arbMediate', 'arbWithdraw', 'recordSuit',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_LABELS: Record<Action, { 'zh-CN': string; en: string }> = {
  assign: { 'zh-CN': '分派调解组织和调解员', en: 'assign organisation and mediator' },
  schedule: { 'zh-CN': '预约调解', en: 'book a mediation session' },
  agree: { 'zh-CN': '记录调解协议', en: 'record an agreement' },
  fail: { 'zh-CN': '记录调解不成', en: 'record failed mediation' },
  lapse: { 'zh-CN': '标记15日未达成协议', en: 'mark the 15-day lapse' },
  withdrawMediation: { 'zh-CN': '撤回调解申请', en: 'withdraw the mediation application' },
  requestReview: { 'zh-CN': '申请审查确认', en: 'send for review and confirmation' },
  confirmReview: { 'zh-CN': '审查确认', en: 'confirm the agreement' },
  rejectReview: { 'zh-CN': '不予确认', en: 'refuse confirmation' },
  applyArbitration: { 'zh-CN': '申请仲裁（转仲裁）', en: 'apply for arbitration' },
  accept: { 'zh-CN': '立案受理', en: 'accept the arbitration application' },
  notAccept: { 'zh-CN': '不予受理', en: 'refuse the arbitration application' },
  scheduleHearing: { 'zh-CN': '排期开庭', en: 'schedule the hearing' },
  extend: { 'zh-CN': '延长审理期限', en: 'extend the time limit' },
  award: { 'zh-CN': '作出裁决', en: 'make the award' },
  arbMediate: { 'zh-CN': '仲裁调解结案', en: 'close by arbitral mediation' },
  arbWithdraw: { 'zh-CN': '撤诉结案', en: 'close by withdrawal' },
  recordSuit: { 'zh-CN': '记录当事人起诉', en: 'record a suit in court' },
};

/**
 * The legal transitions: action → (from states → to state). `extend` and re-assignment keep the state.
 * Anything not listed here is refused with INVALID_TRANSITION naming the current state.
 */
export const TRANSITIONS: Record<Action, { from: readonly State[]; to: State | 'same' }> = {
  assign: { from: ['med_received', 'med_assigned'], to: 'med_assigned' },
  schedule: { from: ['med_assigned', 'med_scheduled'], to: 'med_scheduled' },
  agree: { from: ['med_assigned', 'med_scheduled'], to: 'med_agreed' },
  fail: { from: ['med_assigned', 'med_scheduled'], to: 'med_failed' },
  lapse: { from: ['med_received', 'med_assigned', 'med_scheduled'], to: 'med_failed' },
  withdrawMediation: { from: ['med_received', 'med_assigned', 'med_scheduled'], to: 'med_withdrawn' },
  requestReview: { from: ['med_agreed'], to: 'review_pending' },
  confirmReview: { from: ['review_pending'], to: 'review_confirmed' },
  rejectReview: { from: ['review_pending'], to: 'review_rejected' },
  applyArbitration: { from: ['med_failed', 'review_rejected'], to: 'arb_applied' },
  accept: { from: ['arb_applied'], to: 'arb_accepted' },
  notAccept: { from: ['arb_applied'], to: 'arb_not_accepted' },
  scheduleHearing: { from: ['arb_accepted', 'arb_hearing'], to: 'arb_hearing' },
  extend: { from: ['arb_accepted', 'arb_hearing'], to: 'same' },
  award: { from: ['arb_hearing'], to: 'arb_awarded' },
  arbMediate: { from: ['arb_accepted', 'arb_hearing'], to: 'arb_mediated' },
  arbWithdraw: { from: ['arb_accepted', 'arb_hearing'], to: 'arb_withdrawn' },
  recordSuit: { from: ['arb_awarded'], to: 'arb_sued' },
};

/** Who may take an action: mediation steps by mediators, arbitration steps by arbitrators (both hold disputes.handle). */
export const ACTION_STAGE: Record<Action, 'mediation' | 'arbitration'> = {
  assign: 'mediation', schedule: 'mediation', agree: 'mediation', fail: 'mediation', lapse: 'mediation',
  withdrawMediation: 'mediation', requestReview: 'mediation', applyArbitration: 'arbitration',
  confirmReview: 'arbitration', rejectReview: 'arbitration', accept: 'arbitration', notAccept: 'arbitration',
  scheduleHearing: 'arbitration', extend: 'arbitration', award: 'arbitration', arbMediate: 'arbitration',
  arbWithdraw: 'arbitration', recordSuit: 'arbitration',
};

export const TERMINAL_STATES: readonly State[] = ['med_withdrawn', 'review_confirmed', 'arb_not_accepted', 'arb_mediated', 'arb_withdrawn', 'arb_sued'];

export function isState(s: string): s is State { return (STATES as readonly string[]).includes(s); }
export function isAction(a: string): a is Action { return (ACTIONS as readonly string[]).includes(a); }

/** The state an action leads to from `from`, or null when the transition is illegal. */
export function nextState(from: State, action: Action): State | null {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) return null;
  return t.to === 'same' ? from : t.to;
}

/** The actions legal in a state (the case page shows one button per action). */
export function legalActions(state: State): Action[] {
  return ACTIONS.filter((a) => TRANSITIONS[a].from.includes(state));
}

// ---------------------------------------------------------------------------------------------------------------
// The statutory clock. Periods are counted in calendar days from the day after the starting day (the starting day
// itself is not counted), so "within 15 days of receipt on 1 March" ends on 16 March.
// ---------------------------------------------------------------------------------------------------------------

export const LAW = {
  /** Art. 14: 自劳动争议调解组织收到调解申请之日起十五日内未达成调解协议的，当事人可以依法申请仲裁。 */
  MEDIATION_DAYS: 15,
  /** Art. 27: 劳动争议申请仲裁的时效期间为一年。仲裁时效期间从当事人知道或者应当知道其权利被侵害之日起计算。 */
  LIMITATION_YEARS: 1,
  /** Art. 29: 劳动争议仲裁委员会收到仲裁申请之日起五日内，认为符合受理条件的，应当受理……不予受理的，应当书面通知申请人。 */
  ACCEPTANCE_DAYS: 5,
  /** Art. 35: 仲裁庭应当在开庭五日前，将开庭日期、地点书面通知双方当事人。 */
  HEARING_NOTICE_DAYS: 5,
  /** Art. 43: 仲裁庭裁决劳动争议案件，应当自劳动争议仲裁委员会受理仲裁申请之日起四十五日内结束。 */
  AWARD_DAYS: 45,
  /** Art. 43: 案情复杂需要延期的，经劳动争议仲裁委员会主任批准，可以延期并书面通知当事人，但是延长期限不得超过十五日。 */
  MAX_EXTENSION_DAYS: 15,
  /** Art. 48: 劳动者对本法第四十七条规定的仲裁裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼。
   *  Art. 50: 当事人对本法第四十七条规定以外的其他劳动争议案件的仲裁裁决不服的，可以自收到仲裁裁决书之日起十五日内提起诉讼。 */
  SUIT_DAYS: 15,
  /** Art. 47(1): 不超过当地月最低工资标准十二个月金额的争议 */
  FINAL_AWARD_MONTHS: 12,
} as const;

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // 29 February + 1 year → 28 February (the last day of that month).
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** Today's calendar date in China Standard Time (UTC+8), as YYYY-MM-DD. */
export function todayCst(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Art. 14: the mediation deadline, 15 days after the mediation organisation received the application. */
export function mediationDeadline(receivedOn: string): string { return addDays(receivedOn, LAW.MEDIATION_DAYS); }

/** Art. 14: may the 15-day lapse be marked on `today`? Only once the 15 days are over. */
export function mediationLapsed(receivedOn: string, today: string): boolean { return today > mediationDeadline(receivedOn); }

/** Art. 29: the commission decides to accept or not within 5 days of receiving the application. */
export function acceptanceDeadline(appliedOn: string): string { return addDays(appliedOn, LAW.ACCEPTANCE_DAYS); }

/** Art. 43: the award deadline, 45 days after acceptance, plus an approved extension of at most 15 days. */
export function awardDeadline(acceptedOn: string, extensionDays = 0): string {
  return addDays(acceptedOn, LAW.AWARD_DAYS + extensionDays);
}

/** Art. 48/50: the last day a party may sue after receiving the award. */
export function suitDeadline(awardOn: string): string { return addDays(awardOn, LAW.SUIT_DAYS); }

export interface Bilingual { 'zh-CN': string; en: string }
export type RuleResult = { ok: true } | { ok: false; field: string; reason: Bilingual };

/** Art. 35: the hearing notice must go out at least 5 days before the hearing. */
export function checkHearingNotice(noticeOn: string, hearingOn: string): RuleResult {
  const gap = daysBetween(noticeOn, hearingOn);
  if (gap < LAW.HEARING_NOTICE_DAYS) {
    return {
      ok: false, field: 'hearingAt',
      reason: {
        'zh-CN': `开庭日期须在通知之日五日以后（《劳动争议调解仲裁法》第三十五条），现仅相隔 ${gap} 日`,
        en: `the hearing must be at least 5 days after the notice (Art. 35); it is only ${gap} days`,
      },
    };
  }
  return { ok: true };
}

/** Art. 43: one extension only, of at most 15 days, approved by the commission's director. */
export function checkExtension(alreadyExtendedDays: number | null | undefined, days: number, approvedBy: string | undefined): RuleResult {
  if (alreadyExtendedDays) {
    return { ok: false, field: 'days', reason: { 'zh-CN': '审理期限只能延长一次（第四十三条）', en: 'the time limit can be extended only once (Art. 43)' } };
  }
  if (!Number.isInteger(days) || days < 1 || days > LAW.MAX_EXTENSION_DAYS) {
    return { ok: false, field: 'days', reason: { 'zh-CN': '延长期限为 1 至 15 日（第四十三条）', en: 'the extension is 1 to 15 days (Art. 43)' } };
  }
  if (!approvedBy?.trim()) {
    return { ok: false, field: 'approvedBy', reason: { 'zh-CN': '延期须经仲裁委员会主任批准，请填写批准人', en: 'an extension needs the approval of the commission\'s director: name the approver' } };
  }
  return { ok: true };
}

/** Art. 48/49: suit within 15 days of the award; against a final award only the worker may sue. */
export function checkSuit(awardOn: string, suedOn: string, suedBy: 'employee' | 'employer', finalAward: boolean): RuleResult {
  if (suedOn < awardOn) {
    return { ok: false, field: 'suedOn', reason: { 'zh-CN': '起诉日期不能早于裁决日期', en: 'the suit cannot precede the award' } };
  }
  if (suedOn > suitDeadline(awardOn)) {
    return {
      ok: false, field: 'suedOn',
      reason: {
        'zh-CN': `已超过收到裁决书之日起十五日的起诉期限（截至 ${suitDeadline(awardOn)}，第四十八条、第五十条），裁决已发生法律效力`,
        en: `the 15 days to sue after the award ended on ${suitDeadline(awardOn)} (Arts. 48, 50); the award is in force`,
      },
    };
  }
  if (finalAward && suedBy === 'employer') {
    return {
      ok: false, field: 'suedBy',
      reason: {
        'zh-CN': '终局裁决下用人单位不能起诉，只能自收到裁决书之日起三十日内向中级人民法院申请撤销裁决（第四十九条）',
        en: 'against a final award the employer cannot sue; it may apply to the intermediate court to set it aside within 30 days (Art. 49)',
      },
    };
  }
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------------------------
// Art. 27: the one-year limitation — checked and explained, never a silent refusal. By the law the commission
// still receives the application; whether the limitation bars the claim is decided in the case, and the applicant
// is told why (and about interruption and the rule for unpaid wages).
// ---------------------------------------------------------------------------------------------------------------

export interface LimitationCheck {
  expired: boolean;
  /** the last day of the period, after any interruption */
  deadline: string | null;
  explanation: Bilingual;
}

export function checkLimitation(input: {
  disputeAroseOn: string | null; appliedOn: string; mediationClosedOn?: string | null; claimTypes: string[];
}): LimitationCheck {
  if (!input.disputeAroseOn) {
    return {
      expired: false, deadline: null,
      explanation: { 'zh-CN': '未填写权利被侵害之日，无法计算仲裁时效（第二十七条：一年）', en: 'no date of the infringement given: the one-year limitation (Art. 27) could not be computed' },
    };
  }
  // Art. 27 para 2: 因当事人一方向对方当事人主张权利，或者向有关部门请求权利救济……而中断。从中断时起，仲裁时效期间重新计算。
  const start = input.mediationClosedOn && input.mediationClosedOn > input.disputeAroseOn ? input.mediationClosedOn : input.disputeAroseOn;
  const interrupted = start !== input.disputeAroseOn;
  const deadline = addYears(start, LAW.LIMITATION_YEARS);
  const wagesOnly = input.claimTypes.length > 0 && input.claimTypes.every((t) => t === 'wages' || t === 'overtime');
  if (input.appliedOn <= deadline) {
    return {
      expired: false, deadline,
      explanation: {
        'zh-CN': `在一年仲裁时效内（第二十七条，${interrupted ? '调解结束后时效中断重新计算，' : ''}截至 ${deadline}）`,
        en: `within the one-year limitation (Art. 27${interrupted ? ', restarted after mediation ended' : ''}; until ${deadline})`,
      },
    };
  }
  return {
    expired: true, deadline,
    explanation: {
      'zh-CN': `申请日已超过一年仲裁时效（第二十七条，截至 ${deadline}）。申请仍予接收：如有时效中断（向对方主张权利、向有关部门请求救济或对方同意履行）或中止（不可抗力等正当理由）的情形，请补充证据；劳动关系存续期间因拖欠劳动报酬发生争议的，不受一年时效限制，但劳动关系终止的应自终止之日起一年内提出（第二十七条第四款）。${wagesOnly ? '本案请求为劳动报酬，请核实劳动关系是否存续。' : ''}`,
      en: `The application comes after the one-year limitation (Art. 27; it ended on ${deadline}). It is still received: give evidence of any interruption (a claim made to the other party, a request to an authority, or the other party agreeing to perform) or suspension (force majeure or other good cause). Claims for unpaid wages during employment are not bound by the one-year limit, but after the employment ends they must be made within a year of its end (Art. 27 para 4).${wagesOnly ? ' This claim is for wages: check whether the employment continues.' : ''}`,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Art. 47: final awards (终局裁决). A dated table of the local monthly minimum wage: the rule uses the standard in
// force on the day of the award.
// ---------------------------------------------------------------------------------------------------------------

/** 上海市月最低工资标准 (元/月), each from the date it took effect (沪人社规 notices). */
export const MINIMUM_WAGE_TABLE: Record<string, { from: string; yuan: number }[]> = {
  '31': [
    { from: '2019-04-01', yuan: 2480 },
    { from: '2021-07-01', yuan: 2590 },
    { from: '2023-07-01', yuan: 2690 },
    { from: '2025-07-01', yuan: 2740 },
  ],
};

/** The monthly minimum wage in force on `onDate` in the province of `orgCode` (first two digits), or null. */
export function minimumWage(orgCode: string, onDate: string): number | null {
  const rows = MINIMUM_WAGE_TABLE[orgCode.slice(0, 2)];
  if (!rows) return null;
  let found: number | null = null;
  for (const r of rows) if (r.from <= onDate) found = r.yuan;
  return found;
}

export const CLAIM_TYPES = [
  'wages', 'overtime', 'severance', 'damages', 'social_insurance', 'work_injury', 'labour_relation', 'other',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_LABELS: Record<ClaimType, { 'zh-CN': string; en: string }> = {
  wages: { 'zh-CN': '劳动报酬', en: 'Wages' },
  overtime: { 'zh-CN': '加班费', en: 'Overtime pay' },
  severance: { 'zh-CN': '经济补偿', en: 'Severance (economic compensation)' },
  damages: { 'zh-CN': '赔偿金', en: 'Damages' },
  social_insurance: { 'zh-CN': '社会保险', en: 'Social insurance' },
  work_injury: { 'zh-CN': '工伤待遇', en: 'Work-injury benefits' },
  labour_relation: { 'zh-CN': '确认劳动关系', en: 'Confirm the labour relationship' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** Art. 47(1): 追索劳动报酬、工伤医疗费、经济补偿或者赔偿金 — money claims judged against 12 months' minimum wage. */
const MONEY_CLAIMS: readonly ClaimType[] = ['wages', 'overtime', 'severance', 'damages', 'work_injury'];
/** Art. 47(2): 因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议. */
const LABOUR_STANDARD_CLAIMS: readonly ClaimType[] = ['social_insurance'];

export interface FinalAwardResult { final: boolean; threshold: number | null; basis: Bilingual }

/**
 * Is the award final (终局裁决)? Every claim must fall under Art. 47: a money claim of at most 12 months of the local
 * minimum wage (each item judged on its own amount), or a labour-standard dispute. Any other claim makes it non-final.
 */
export function finalAwardRule(orgCode: string, awardOn: string, claims: { type: string; amount: number | null }[]): FinalAwardResult {
  const wage = minimumWage(orgCode, awardOn);
  const threshold = wage === null ? null : wage * LAW.FINAL_AWARD_MONTHS;
  if (claims.length === 0) {
    return { final: false, threshold, basis: { 'zh-CN': '无仲裁请求，非终局裁决', en: 'no claims: not final' } };
  }
  for (const c of claims) {
    const t = c.type as ClaimType;
    if (LABOUR_STANDARD_CLAIMS.includes(t)) continue;
    if (MONEY_CLAIMS.includes(t)) {
      if (threshold === null) {
        return { final: false, threshold, basis: { 'zh-CN': '当地最低工资标准未载入，按非终局处理', en: 'no local minimum wage on file: treated as not final' } };
      }
      if ((c.amount ?? 0) > threshold) {
        return {
          final: false, threshold,
          basis: {
            'zh-CN': `“${CLAIM_LABELS[t]['zh-CN']}”请求 ${c.amount} 元超过当地月最低工资标准 ${wage} 元的十二个月金额 ${threshold} 元，非终局裁决（第四十七条）`,
            en: `the ${CLAIM_LABELS[t].en} claim of ${c.amount} yuan exceeds 12 months of the local minimum wage (${wage} × 12 = ${threshold} yuan): not final (Art. 47)`,
          },
        };
      }
      continue;
    }
    return {
      final: false, threshold,
      basis: {
        'zh-CN': `“${CLAIM_LABELS[t]?.['zh-CN'] ?? c.type}”请求不属于第四十七条规定的终局裁决事项`,
        en: `the "${CLAIM_LABELS[t]?.en ?? c.type}" claim is not among the final-award matters of Art. 47`,
      },
    };
  }
  return {
    final: true, threshold,
    basis: {
      'zh-CN': `各项请求均不超过当地月最低工资标准 ${wage ?? '—'} 元的十二个月金额 ${threshold ?? '—'} 元或属劳动标准争议，为终局裁决（第四十七条）`,
      en: `every claim is within 12 months of the local minimum wage (${wage ?? '—'} × 12 = ${threshold ?? '—'} yuan) or a labour-standard dispute: final award (Art. 47)`,
    },
  };
}

/** The deadline that runs in a state (what the queues watch), given the case's dates. */
export function runningDeadline(state: State, c: {
  mediationDeadline?: string | null; acceptanceDeadline?: string | null; awardDeadline?: string | null;
}): string | null {
  switch (state) {
    case 'med_received': case 'med_assigned': case 'med_scheduled': return c.mediationDeadline ?? null;
    case 'arb_applied': return c.acceptanceDeadline ?? null;
    case 'arb_accepted': case 'arb_hearing': return c.awardDeadline ?? null;
    default: return null;
  }
}
