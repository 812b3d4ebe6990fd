import { describe, expect, it } from 'vitest';
import {
  ACTIONS, STATES, TERMINAL_STATES, TRANSITIONS, acceptanceDeadline, addYears, awardDeadline, checkExtension,
  checkHearingNotice, checkLimitation, checkSuit, finalAwardRule, legalActions, mediationDeadline, mediationLapsed,
  minimumWage, nextState, runningDeadline, suitDeadline, todayCst, type Action, type State,
} from './workflow.ts';

describe('state machine', () => {
  it('every transition leads to a known state and every state is reachable or initial', () => {
    const reachable = new Set<State>(['med_received', 'arb_applied']);
    for (const a of ACTIONS) {
      const t = TRANSITIONS[a];
      for (const f of t.from) expect(STATES).toContain(f);
      if (t.to !== 'same') { expect(STATES).toContain(t.to); reachable.add(t.to); }
    }
    for (const s of STATES) expect(reachable.has(s), s).toBe(true);
  });

  it('terminal states allow no action', () => {
    for (const s of TERMINAL_STATES) expect(legalActions(s), s).toEqual([]);
  });

  it('walks the full path from mediation to a suit', () => {
    const path: [Action, State][] = [
      ['assign', 'med_assigned'], ['schedule', 'med_scheduled'], ['fail', 'med_failed'], ['applyArbitration', 'arb_applied'],
      ['accept', 'arb_accepted'], ['scheduleHearing', 'arb_hearing'], ['extend', 'arb_hearing'], ['award', 'arb_awarded'],
      ['recordSuit', 'arb_sued'],
    ];
    let s: State = 'med_received';
    for (const [a, to] of path) { s = nextState(s, a)!; expect(s, a).toBe(to); }
  });

  it('the review path: agreement → review → confirmed, or refused → arbitration', () => {
    expect(nextState('med_agreed', 'requestReview')).toBe('review_pending');
    expect(nextState('review_pending', 'confirmReview')).toBe('review_confirmed');
    expect(nextState('review_pending', 'rejectReview')).toBe('review_rejected');
    expect(nextState('review_rejected', 'applyArbitration')).toBe('arb_applied');
  });

  // Every (state, action) pair not in the table is illegal — checked exhaustively.
  const pairs = STATES.flatMap((s) => ACTIONS.map((a) => [s, a] as const));
  it.each(pairs.filter(([s, a]) => !TRANSITIONS[a].from.includes(s)))('%s --%s--> is refused', (s, a) => {
    expect(nextState(s, a)).toBeNull();
    expect(legalActions(s)).not.toContain(a);
  });

  it('some illegal transitions that matter in practice', () => {
    expect(nextState('med_received', 'agree')).toBeNull(); // no agreement before a mediator is assigned
    expect(nextState('arb_applied', 'award')).toBeNull(); // no award before acceptance
    expect(nextState('arb_accepted', 'award')).toBeNull(); // no award without a hearing
    expect(nextState('med_agreed', 'applyArbitration')).toBeNull();
    expect(nextState('arb_not_accepted', 'accept')).toBeNull();
    expect(nextState('arb_awarded', 'award')).toBeNull();
  });
});

describe('statutory clock', () => {
  it('Art. 14: mediation deadline is 15 days after receipt; lapse only after it', () => {
    expect(mediationDeadline('2025-03-01')).toBe('2025-03-16');
    expect(mediationLapsed('2025-03-01', '2025-03-16')).toBe(false);
    expect(mediationLapsed('2025-03-01', '2025-03-17')).toBe(true);
  });

  it('Art. 29: accept or refuse within 5 days', () => {
    expect(acceptanceDeadline('2025-12-29')).toBe('2026-01-03');
  });

  it('Art. 43: award within 45 days, plus an extension', () => {
    expect(awardDeadline('2025-01-01')).toBe('2025-02-15');
    expect(awardDeadline('2025-01-01', 15)).toBe('2025-03-02');
  });

  it('Art. 43: one extension, at most 15 days, with an approver', () => {
    expect(checkExtension(null, 15, '主任')).toEqual({ ok: true });
    expect(checkExtension(null, 16, '主任')).toMatchObject({ ok: false, field: 'days' });
    expect(checkExtension(null, 0, '主任')).toMatchObject({ ok: false, field: 'days' });
    expect(checkExtension(10, 5, '主任')).toMatchObject({ ok: false, field: 'days' });
    expect(checkExtension(null, 10, ' ')).toMatchObject({ ok: false, field: 'approvedBy' });
  });

  it('Art. 35: hearing notice at least 5 days ahead', () => {
    expect(checkHearingNotice('2025-05-01', '2025-05-06')).toEqual({ ok: true });
    expect(checkHearingNotice('2025-05-01', '2025-05-05')).toMatchObject({ ok: false, field: 'hearingAt' });
  });

  it('Art. 48/49/50: suit within 15 days; the employer cannot sue against a final award', () => {
    expect(suitDeadline('2025-06-01')).toBe('2025-06-16');
    expect(checkSuit('2025-06-01', '2025-06-16', 'employee', true)).toEqual({ ok: true });
    expect(checkSuit('2025-06-01', '2025-06-17', 'employee', false)).toMatchObject({ ok: false, field: 'suedOn' });
    expect(checkSuit('2025-06-01', '2025-05-30', 'employee', false)).toMatchObject({ ok: false, field: 'suedOn' });
    expect(checkSuit('2025-06-01', '2025-06-05', 'employer', true)).toMatchObject({ ok: false, field: 'suedBy' });
    expect(checkSuit('2025-06-01', '2025-06-05', 'employer', false)).toEqual({ ok: true });
  });

  it('the running deadline follows the state', () => {
    const c = { mediationDeadline: 'M', acceptanceDeadline: 'A', awardDeadline: 'W' };
    expect(runningDeadline('med_scheduled', c)).toBe('M');
    expect(runningDeadline('arb_applied', c)).toBe('A');
    expect(runningDeadline('arb_hearing', c)).toBe('W');
    expect(runningDeadline('arb_awarded', c)).toBeNull();
  });

  it('todayCst is the date in UTC+8', () => {
    expect(todayCst(new Date('2025-01-01T16:30:00Z'))).toBe('2025-01-02');
    expect(todayCst(new Date('2025-01-01T15:30:00Z'))).toBe('2025-01-01');
  });
});

describe('Art. 27: one-year limitation, explained not refused', () => {
  it('within the year', () => {
    const r = checkLimitation({ disputeAroseOn: '2024-03-01', appliedOn: '2025-03-01', claimTypes: ['severance'] });
    expect(r.expired).toBe(false);
    expect(r.deadline).toBe('2025-03-01');
  });
  it('after the year: expired, with an explanation that names Art. 27 and the wage rule', () => {
    const r = checkLimitation({ disputeAroseOn: '2024-03-01', appliedOn: '2025-03-02', claimTypes: ['wages'] });
    expect(r.expired).toBe(true);
    expect(r.explanation['zh-CN']).toContain('第二十七条');
    expect(r.explanation['zh-CN']).toContain('劳动报酬');
    expect(r.explanation.en).toContain('Art. 27');
  });
  it('mediation interrupts the period: it restarts when mediation ends', () => {
    const r = checkLimitation({ disputeAroseOn: '2024-01-10', mediationClosedOn: '2024-06-01', appliedOn: '2025-05-01', claimTypes: ['wages'] });
    expect(r.expired).toBe(false);
    expect(r.deadline).toBe('2025-06-01');
  });
  it('29 February + 1 year', () => { expect(addYears('2024-02-29', 1)).toBe('2025-02-28'); });
  it('no date: not computed, said so', () => {
    expect(checkLimitation({ disputeAroseOn: null, appliedOn: '2025-01-01', claimTypes: [] }).expired).toBe(false);
  });
});

describe('Art. 47: final award', () => {
  it('dated minimum-wage table for Shanghai', () => {
    expect(minimumWage('310112101', '2023-06-30')).toBe(2590);
    expect(minimumWage('310112101', '2023-07-01')).toBe(2690);
    expect(minimumWage('310112', '2020-01-01')).toBe(2480);
    expect(minimumWage('330424', '2023-07-01')).toBeNull();
  });
  it('money claims up to 12 months of the minimum wage are final; one cent more is not', () => {
    expect(finalAwardRule('310112101', '2024-01-10', [{ type: 'wages', amount: 32280 }]).final).toBe(true);
    const r = finalAwardRule('310112101', '2024-01-10', [{ type: 'wages', amount: 32280.01 }]);
    expect(r.final).toBe(false);
    expect(r.threshold).toBe(32280);
  });
  it('each item is judged on its own amount', () => {
    expect(finalAwardRule('310112101', '2024-01-10', [{ type: 'wages', amount: 30000 }, { type: 'severance', amount: 30000 }]).final).toBe(true);
  });
  it('labour-standard disputes (social insurance) are final whatever the amount', () => {
    expect(finalAwardRule('310112101', '2024-01-10', [{ type: 'social_insurance', amount: 999999 }]).final).toBe(true);
  });
  it('confirming a labour relationship or other claims are not final', () => {
    expect(finalAwardRule('310112101', '2024-01-10', [{ type: 'labour_relation', amount: null }]).final).toBe(false);
    expect(finalAwardRule('310112101', '2024-01-10', [{ type: 'wages', amount: 100 }, { type: 'other', amount: 100 }]).final).toBe(false);
  });
  it('outside a region with a table: not final, said so', () => {
    expect(finalAwardRule('330424100', '2024-01-10', [{ type: 'wages', amount: 100 }]).final).toBe(false);
  });
});
