// Record types and actions offered in the audit filters. Modules writing new audit actions add them here (and
// their labels, `audit.entity.*` / `audit.action.*`, to their messages). The API also accepts an action prefix
// (`person` matches person.create, person.update …).
export const AUDIT_ENTITIES: string[] = ['person', 'account'];

export const AUDIT_ACTIONS: { group: string; actions: string[] }[] = [
  { group: 'auth', actions: ['auth.login', 'auth.logout'] },
  { group: 'account', actions: ['account.create', 'account.update', 'account.disable', 'account.enable', 'account.rescope', 'account.reset_password'] },
  { group: 'person', actions: ['person.create', 'person.update'] },
];

/** Route of a record's page, for linking from the trail (only records that have a page). */
export const AUDIT_RECORD_LINKS: Record<string, (id: string) => string> = {
  person: (id) => `/registry/persons/${id}`,
};
