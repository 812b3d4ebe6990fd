// Shapes of API answers that the server produces and the web app reads: one definition for both sides.
import type { Permission, Role } from './roles.ts';

/** An account as `/api/v1/accounts` answers it (never with its password hash). */
export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgCode: string;
  orgName: string | null;
  disabled: boolean;
  mobile: string | null;
  enterpriseCode: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** GET /api/v1/auth/session and POST /api/v1/auth/login answer with this. */
export interface SessionUser extends Pick<AccountView, 'id' | 'username' | 'displayName' | 'role' | 'orgCode' | 'orgName'> {
  permissions: Permission[];
  csrfToken: string;
}
