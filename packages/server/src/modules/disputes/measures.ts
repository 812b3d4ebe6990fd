// SQL-backed measures of the disputes module, by 街镇 (org_code) and year. Each quotes the words of the seed it
// implements. 000 = 闵行区就业和社会保障"十四五"规划, 附件1 nos. 8 and 9 (统计方法, word for word):
//   8. 劳动争议先行调解率 = 调解受理数/(调解受理数+仲裁受理数-调解组织调解不成由仲裁受理数-审查确认受理数)*100%
//   9. 劳动争议综合调解率 = (调解组织调解成功案件数+仲裁机构调解及撤诉案件数-仲裁结案数中仲裁审查确认案件数)/
//      (调解组织结案数+仲裁机构结案数-仲裁结案数中调解组织调解不成转仲裁案件数-仲裁结案数中仲裁审查确认案件数)*100%
// 003 = 海盐县人力资源和社会保障事业发展"十四五"规划, 专栏2 nos. 16–18 (仲裁结案率, 调解成功率, 仲裁终结率), which
// prints no formula; the definitions chosen are written next to those measures.
//
// How the case columns map to the seed's terms:
//  - a case is 调解受理 on mediation_received_on (the mediation organisation received it: Art. 14's "收到调解申请之日");
//  - 仲裁受理 on arb_accepted_on: arbitration cases accepted (立案受理), including agreements the commission accepted
//    for 审查确认 (review_confirmation) — which is why the seed subtracts 审查确认受理数;
//  - 调解组织结案 on mediation_closed_on (agreement, failure, 15-day lapse, withdrawal);
//  - 仲裁机构结案 on arb_closed_on (award, arbitral mediation, withdrawal, and the closing of a 审查确认 file).
import { registerMeasures, type FactSource, type SqlMeasure } from '../../platform/measures.ts';

export const DISPUTE_CASES: FactSource = { name: 'dispute_cases', table: 'dispute_cases', orgColumn: 'org_code', updatedColumn: 'updated_at' };

const ARB_CLOSED = `arb_closed_on is not null and arb_outcome in ('award','mediated','withdrawn','review_confirmed','review_rejected')`;

function m(name: string, zh: string, en: string, dateColumn: string, where: string, seedWords: string): SqlMeasure {
  return { kind: 'sql', name: `disputes.${name}`, label: { 'zh-CN': zh, en }, unit: '件', source: DISPUTE_CASES, aggregate: 'count', dateColumn, where, seedWords };
}

export const DISPUTE_MEASURES: SqlMeasure[] = [
  m('mediationAccepted', '调解受理数', 'Mediation cases received', 'mediation_received_on',
    `mediation_received_on is not null`,
    '000 附件1 8.劳动争议先行调解率 统计方法: "调解受理数"; 三(三)3 "劳动争议先行调解"'),
  m('arbitrationAccepted', '仲裁受理数', 'Arbitration cases accepted', 'arb_accepted_on',
    `arb_accepted_on is not null`,
    '000 附件1 8.劳动争议先行调解率 统计方法: "仲裁受理数"'),
  m('arbitrationAcceptedAfterMediationFailed', '调解组织调解不成由仲裁受理数', 'Accepted by arbitration after failed mediation', 'arb_accepted_on',
    `arb_accepted_on is not null and transferred_from_mediation`,
    '000 附件1 8.劳动争议先行调解率 统计方法: "调解组织调解不成由仲裁受理数"; 三(三)3 "完善调解与仲裁之间的衔接制度"'),
  m('reviewAccepted', '审查确认受理数', 'Agreements accepted for review and confirmation', 'arb_accepted_on',
    `arb_accepted_on is not null and review_confirmation`,
    '000 附件1 8.劳动争议先行调解率 统计方法: "审查确认受理数"'),
  m('mediationSucceeded', '调解组织调解成功案件数', 'Cases settled by mediation organisations', 'mediation_closed_on',
    `mediation_closed_on is not null and mediation_outcome = 'agreement'`,
    '000 附件1 9.劳动争议综合调解率 统计方法: "调解组织调解成功案件数"; 指标解释 "经劳动人事争议调解组织……调解成功的案件数"; 003 专栏2 17 "劳动人事争议调解成功率"; 000 一(一)3 "其中调解成功50118件,调解成功率从68.9%上升到82.2%"'),
  m('arbitrationMediatedOrWithdrawn', '仲裁机构调解及撤诉案件数', 'Arbitration cases closed by mediation or withdrawal', 'arb_closed_on',
    `arb_closed_on is not null and arb_outcome in ('mediated','withdrawn','review_confirmed')`,
    '000 附件1 9.劳动争议综合调解率 统计方法: "仲裁机构调解及撤诉案件数" (a confirmed agreement closes with a 调解书, so it is counted here and subtracted again as the seed does)'),
  m('arbitrationClosedReview', '仲裁结案数中仲裁审查确认案件数', 'Arbitration closures that were review-confirmation files', 'arb_closed_on',
    `${ARB_CLOSED} and review_confirmation`,
    '000 附件1 9.劳动争议综合调解率 统计方法: "仲裁结案数中仲裁审查确认案件数"'),
  m('mediationClosed', '调解组织结案数', 'Cases closed by mediation organisations', 'mediation_closed_on',
    `mediation_closed_on is not null`,
    '000 附件1 9.劳动争议综合调解率 统计方法: "调解组织结案数"; 000 一(一)3 "各基层调委会……结案59959件"'),
  m('arbitrationClosed', '仲裁机构结案数', 'Cases closed by the arbitration commission', 'arb_closed_on',
    ARB_CLOSED,
    '000 附件1 9.劳动争议综合调解率 统计方法: "仲裁机构结案数"; 003 专栏2 16 "劳动人事争议仲裁结案率"'),
  m('arbitrationClosedAfterMediationFailed', '仲裁结案数中调解组织调解不成转仲裁案件数', 'Arbitration closures transferred from failed mediation', 'arb_closed_on',
    `${ARB_CLOSED} and transferred_from_mediation`,
    '000 附件1 9.劳动争议综合调解率 统计方法: "仲裁结案数中调解组织调解不成转仲裁案件数"'),
  // 003 专栏1 no. 13 "其中:调解结案所占比例" (of arbitration closures): closed by arbitral mediation. 003 专栏2 no. 17
  // 调解成功率 itself follows 000 一(一)3's own use of the word: "结案59959件,其中调解成功50118件,调解成功率…82.2%",
  // i.e. 调解组织调解成功案件数 / 调解组织结案数 (see DISPUTE_FORMULAS.mediationSuccessRate).
  m('arbitrationMediated', '仲裁调解结案数', 'Arbitration cases closed by arbitral mediation', 'arb_closed_on',
    `arb_closed_on is not null and arb_outcome = 'mediated'`,
    '003 专栏1 13 "其中:调解结案所占比例"; 三(六)3 "强化基层劳动争议预防调解工作"'),
  // 003 专栏2 no. 18 仲裁终结率: arbitration closures that ended at arbitration — no party sued within 15 days of
  // the award (劳动争议调解仲裁法 Arts. 47–50); mediated and withdrawn closures end there by nature.
  m('arbitrationEnded', '仲裁终结案件数', 'Arbitration closures that ended at arbitration (no suit)', 'arb_closed_on',
    `${ARB_CLOSED} and not sued`,
    '003 专栏2 18 "劳动人事争议仲裁终结率"; 三(六)3 "深化“仲裁办案质量提升”行动"'),
];

let registered = false;
export function registerDisputeMeasures(): void {
  if (registered) return;
  registerMeasures(DISPUTE_MEASURES);
  registered = true;
}
registerDisputeMeasures();

/** The indicator formulas written into the plan files (checked by measures.test.ts against the seed's words). */
export const DISPUTE_FORMULAS = {
  /** 000 附件1 no. 8 */
  firstMediationRate: 'disputes.mediationAccepted / (disputes.mediationAccepted + disputes.arbitrationAccepted - disputes.arbitrationAcceptedAfterMediationFailed - disputes.reviewAccepted) * 100%',
  /** 000 附件1 no. 9 */
  comprehensiveMediationRate: '(disputes.mediationSucceeded + disputes.arbitrationMediatedOrWithdrawn - disputes.arbitrationClosedReview) / (disputes.mediationClosed + disputes.arbitrationClosed - disputes.arbitrationClosedAfterMediationFailed - disputes.arbitrationClosedReview) * 100%',
  /** 003 专栏2 no. 16: cases closed over cases accepted in the period */
  arbitrationClosureRate: 'disputes.arbitrationClosed / disputes.arbitrationAccepted * 100%',
  /** 003 专栏2 no. 17, as 000 一(一)3 computes 调解成功率: 调解成功 / 结案 of the mediation organisations */
  mediationSuccessRate: 'disputes.mediationSucceeded / disputes.mediationClosed * 100%',
  /** 003 专栏2 no. 18 */
  arbitrationFinalityRate: 'disputes.arbitrationEnded / disputes.arbitrationClosed * 100%',
} as const;
