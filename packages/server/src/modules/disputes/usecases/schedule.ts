// 预约调解: book the mediation session (date, time and place).
import type { Ctx } from '../../../platform/context.ts';
import { fieldError } from '../errors.ts';
import { changeCase, type VersionedInput } from './common.ts';

export async function scheduleSession(ctx: Ctx, id: string, input: VersionedInput & { sessionAt: string; place: string }) {
  return changeCase(ctx, id, input, 'schedule', (_c, _tx, today) => {
    const at = new Date(input.sessionAt);
    if (Number.isNaN(at.getTime())) throw fieldError('sessionAt', { 'zh-CN': '请填写调解时间', en: 'enter the session date and time' });
    if (at.toISOString().slice(0, 10) < today) throw fieldError('sessionAt', { 'zh-CN': '调解时间不能早于今天', en: 'the session cannot be in the past' });
    if (!input.place?.trim()) throw fieldError('place', { 'zh-CN': '请填写调解地点', en: 'enter the place' });
    return { patch: { sessionAt: at, sessionPlace: input.place.trim() }, note: `${input.sessionAt} ${input.place.trim()}` };
  });
}
