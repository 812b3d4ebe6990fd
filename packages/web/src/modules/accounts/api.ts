// 账号管理 API (permission accounts.manage): list/create accounts, PATCH with optimistic `version`, reset password.
import type { AccountView, Role } from '@renshe/shared';
import { api, type Page } from '../../api/client.ts';

export type Account = AccountView;

export interface AccountQuery { q?: string; role?: string; orgCode?: string; disabled?: boolean; page?: number; pageSize?: number }

export interface CreateAccountInput {
  username: string; displayName: string; role: Role; orgCode: string; password: string; mobile?: string | null;
}

export interface UpdateAccountInput {
  displayName?: string; role?: Role; orgCode?: string; disabled?: boolean; mobile?: string | null; version: number;
}

export const accountApi = {
  list: (q: AccountQuery, signal?: AbortSignal) => api.get<Page<Account>>('/accounts', { ...q }, { signal }),
  create: (input: CreateAccountInput) => api.post<Account>('/accounts', input),
  update: (id: string, input: UpdateAccountInput) => api.patch<Account>(`/accounts/${encodeURIComponent(id)}`, input),
  resetPassword: (id: string, password: string) => api.post<void>(`/accounts/${encodeURIComponent(id)}/password`, { password }),
};
