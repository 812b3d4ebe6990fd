import type { Permission, Role } from '@renshe/shared';

/** GET /api/v1/auth/session and POST /api/v1/auth/login answer with this. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgCode: string;
  orgName: string | null;
  permissions: Permission[];
  csrfToken: string;
}
