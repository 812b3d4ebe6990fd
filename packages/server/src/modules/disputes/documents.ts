// Printable documents filled with the case's data: 调解协议书, 仲裁裁决书, 不予受理通知书 — plain HTML pages with print
// styles, served by the API (GET /api/v1/disputes/cases/:id/documents/:kind) so the browser prints them as they are.
import type { CaseView } from './views.ts';

export const DOCUMENT_KINDS = ['mediation-agreement', 'award', 'not-accepted'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const esc = (v: unknown): string => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const yuan = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`);
const cn = (d: string | null | undefined) => (d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : '____年__月__日');

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:"SimSun","Songti SC",serif;max-width:720px;margin:40px auto;line-height:2;font-size:16px;color:#000}
h1{text-align:center;font-size:26px;letter-spacing:4px;margin-bottom:4px}.no{text-align:right}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:4px 8px;text-align:left}
.sign{margin-top:48px;text-align:right}.noprint{margin:16px 0}@media print{.noprint{display:none}body{margin:0 auto}}
</style></head><body><div class="noprint"><button onclick="window.print()">打印 Print</button></div>${body}</body></html>`;
}

function parties(c: CaseView): string {
  return `<p>申请人：${esc(c.applicant.name)}，公民身份号码 ${esc(c.applicant.residentIdMasked)}</p>
<p>被申请人：${esc(c.respondent.name)}，统一社会信用代码 ${esc(c.respondent.uscc)}</p>`;
}

function claims(c: CaseView): string {
  return `<table><tr><th>请求事项</th><th>金额</th></tr>${c.claims.map((x) => `<tr><td>${esc(x.label?.['zh-CN'] ?? x.type)}</td><td>${yuan(x.amount)}</td></tr>`).join('')}
<tr><th>合计</th><th>${yuan(c.amountClaimed)}</th></tr></table>`;
}

export function renderDocument(kind: DocumentKind, c: CaseView): string | null {
  if (kind === 'mediation-agreement') {
    const byArbitration = c.arbitration.outcome === 'mediated';
    if (!c.mediation.outcome && !byArbitration) return null;
    if (!byArbitration && c.mediation.outcome !== 'agreement') return null;
    const org = byArbitration ? c.arbitration.commissionName : c.mediation.organisationName;
    return page(byArbitration ? '仲裁调解书' : '调解协议书', `<h1>${byArbitration ? '仲 裁 调 解 书' : '调 解 协 议 书'}</h1>
<p class="no">${esc(byArbitration ? c.arbitration.caseNo : `调协字 ${c.trackingCode} 号`)}</p>${parties(c)}
<p>争议事项：${c.collective ? `（集体争议，劳动者 ${c.workerCount} 人）` : ''}</p>${claims(c)}
<p>事实与经过：${esc(c.facts)}</p>
<p>经${esc(org)}主持调解，双方当事人自愿达成如下协议：被申请人于协议生效之日起十五日内向申请人支付 <b>${yuan(c.amountAgreed)}</b>；双方就本争议再无其他争议。</p>
<p>${byArbitration ? '本调解书经双方当事人签收后，发生法律效力（《劳动争议调解仲裁法》第四十二条）。' : '本协议书由双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力，当事人应当履行（《劳动争议调解仲裁法》第十四条）。'}</p>
<p>申请人（签名）：__________　　被申请人（盖章）：__________</p>
<p class="sign">${esc(byArbitration ? c.arbitration.arbitratorName : c.mediation.mediatorName)}（${byArbitration ? '仲裁员' : '调解员'}）<br>${esc(org)}（印章）<br>${cn(byArbitration ? c.arbitration.closedOn : c.mediation.closedOn)}</p>`);
  }
  if (kind === 'award') {
    if (c.arbitration.outcome !== 'award') return null;
    return page('仲裁裁决书', `<h1>仲 裁 裁 决 书</h1><p class="no">${esc(c.arbitration.caseNo)}</p>${parties(c)}
<p>申请人于${cn(c.arbitration.appliedOn)}向本委申请仲裁，本委于${cn(c.arbitration.acceptedOn)}立案受理，依法组成仲裁庭，于${cn(c.arbitration.hearingAt?.slice(0, 10))}在${esc(c.arbitration.hearingPlace)}公开开庭审理。本案现已审理终结。</p>
<p>申请人的仲裁请求：</p>${claims(c)}
<p>本委查明：${esc(c.facts)}</p>
<p>裁决如下：被申请人应于本裁决书生效之日起七日内支付申请人 <b>${yuan(c.amountAwarded)}</b>。</p>
<p>${c.arbitration.finalAward
      ? `本裁决为终局裁决（《劳动争议调解仲裁法》第四十七条：${esc(c.arbitration.finalAwardBasis)}）。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼（第四十八条）；用人单位有证据证明本裁决有第四十九条规定情形之一的，可以自收到本裁决书之日起三十日内向劳动争议仲裁委员会所在地的中级人民法院申请撤销裁决。`
      : `当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，本裁决书发生法律效力（第五十条）。${esc(c.arbitration.finalAwardBasis ?? '')}`}</p>
<p class="sign">仲裁员：${esc(c.arbitration.arbitratorName)}<br>${esc(c.arbitration.commissionName)}（印章）<br>${cn(c.arbitration.closedOn)}</p>`);
  }
  if (kind === 'not-accepted') {
    if (c.state !== 'arb_not_accepted') return null;
    return page('不予受理通知书', `<h1>不 予 受 理 通 知 书</h1><p class="no">不受字 ${esc(c.trackingCode)} 号</p>
<p>${esc(c.applicant.name)}：</p>
<p>你于${cn(c.arbitration.appliedOn)}提出的与${esc(c.respondent.name)}之间的劳动人事争议仲裁申请，经审查，${esc(c.arbitration.notAcceptedReason)}。根据《中华人民共和国劳动争议调解仲裁法》第二十九条的规定，决定不予受理。</p>
<p>你对本决定不服的，可以就该劳动争议事项向人民法院提起诉讼。</p>
<p class="sign">${esc(c.arbitration.commissionName)}（印章）<br>${cn(c.arbitration.notAcceptedOn)}</p>`);
  }
  return null;
}
