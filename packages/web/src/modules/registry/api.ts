// 实名制人员 API: GET/POST /persons, GET/PATCH /persons/:id. Reads are scoped by the server to the account's unit.
import { api, type Page } from '../../api/client.ts';

export interface Person {
  id: string;
  orgCode: string;
  orgName: string | null;
  name: string;
  /** Full number only for accounts with ids.unmask; otherwise the masked form. */
  residentId: string;
  residentIdMasked: string;
  sex: 'M' | 'F' | string;
  birthDate: string;
  mobile: string | null;
  address: string | null;
  localHukou: boolean;
  employmentStatus: string;
  keyGroups: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface PersonQuery {
  q?: string;
  orgCode?: string;
  keyGroup?: string;
  employmentStatus?: string;
  page?: number;
  pageSize?: number;
}

export interface PersonInput {
  orgCode: string;
  name: string;
  residentId: string;
  mobile?: string | null;
  address?: string | null;
  localHukou?: boolean;
  employmentStatus?: string;
  keyGroups?: string[];
}

export type PersonPatch = Partial<Omit<PersonInput, 'residentId'>> & { version: number };

export const personApi = {
  list: (q: PersonQuery, signal?: AbortSignal) => api.get<Page<Person>>('/persons', { ...q }, { signal }),
  get: (id: string, signal?: AbortSignal) => api.get<Person>(`/persons/${encodeURIComponent(id)}`, undefined, { signal }),
  create: (input: PersonInput) => api.post<Person>('/persons', input),
  update: (id: string, patch: PersonPatch) => api.patch<Person>(`/persons/${encodeURIComponent(id)}`, patch),
};
