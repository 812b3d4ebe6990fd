// 排期开庭: the hearing date and place, notified to the parties at least 5 days before (Art. 35).
import type { Ctx } from '../../../platform/context.ts';
import { fieldError, ruleError } from '../errors.ts';
import { checkHearingNotice } from '../workflow.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function scheduleHearing(ctx: Ctx, id: string, input: VersionedInput & { hearingAt: string; noticeOn?: string; place: string }) {
  return changeCase(ctx, id, input, 'scheduleHearing', (c, _tx, today) => {
    const noticeOn = businessDate('noticeOn', input.noticeOn, today, c.arbAcceptedOn);
    const at = new Date(input.hearingAt);
    if (Number.isNaN(at.getTime())) throw fieldError('hearingAt', { 'zh-CN': '请填写开庭时间', en: 'enter the hearing date and time' });
    const hearingDay = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const err = ruleError(checkHearingNotice(noticeOn, hearingDay));
    if (err) throw err;
    if (!input.place?.trim()) throw fieldError('place', { 'zh-CN': '请填写开庭地点', en: 'enter the place' });
    const afterDeadline = c.awardDeadline && hearingDay > c.awardDeadline;
    return {
      onDate: noticeOn, note: `${hearingDay} ${input.place.trim()}${afterDeadline ? '（开庭日晚于裁决期限，请注意延期审批）' : ''}`,
      patch: { hearingAt: at, hearingNoticeOn: noticeOn, hearingPlace: input.place.trim() },
    };
  });
}
