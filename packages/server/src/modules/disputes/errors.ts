// Errors of the disputes module, each rendered in the request's language with the case's current state named.
import type { Lang } from '@renshe/shared';
import { AppError, LocalisedDetailError, renderMessage, type ErrorBody } from '../../platform/errors.ts';
import { ACTION_LABELS, STATE_LABELS, type Action, type Bilingual, type RuleResult, type State } from './workflow.ts';

export const CASE_ENTITY = { 'zh-CN': '争议案件', en: 'Dispute case' };
export const ORGANISATION_ENTITY = { 'zh-CN': '调解组织', en: 'Mediation organisation' };
export const STAFF_ENTITY = { 'zh-CN': '调解员/仲裁员', en: 'Mediator/arbitrator' };

/** INVALID_TRANSITION (409) naming the current state and the refused action in the request's language. */
export class TransitionRefused extends AppError {
  constructor(readonly state: State, readonly action: Action) {
    super('INVALID_TRANSITION', { params: { state: STATE_LABELS[state].en, action: ACTION_LABELS[action].en } });
  }

  override toBody(lang: Lang): ErrorBody & { state: string } {
    return {
      code: this.code,
      message: renderMessage('INVALID_TRANSITION', lang, { state: STATE_LABELS[this.state][lang], action: ACTION_LABELS[this.action][lang] }),
      state: this.state,
    };
  }
}

/** A statutory rule refused the input: 400 naming the field, with the rule's own bilingual reason. */
export function ruleError(result: RuleResult): LocalisedDetailError | null {
  return result.ok ? null : new LocalisedDetailError(result.field, result.reason);
}

export function fieldError(field: string, reason: Bilingual): LocalisedDetailError {
  return new LocalisedDetailError(field, reason);
}

/** 409 with a bilingual detail (e.g. a document that does not exist yet in this state). */
export class DisputeConflict extends AppError {
  constructor(readonly detail: Bilingual) { super('CONFLICT', { params: { detail: detail.en } }); }
  override toBody(lang: Lang): ErrorBody { return { code: this.code, message: this.detail[lang] }; }
}

/** 409 naming the field, with a bilingual detail (e.g. a certificate number already on record). */
export class FieldConflict extends AppError {
  constructor(field: string, readonly detail: Bilingual) { super('CONFLICT', { field, params: { detail: detail.en } }); }
  override toBody(lang: Lang): ErrorBody { return { code: this.code, message: this.detail[lang], field: this.field }; }
}
