import type { ReactNode } from 'react';
import type { Permission } from '@renshe/shared';
import { useAuth } from '../auth/AuthContext.tsx';
import { ForbiddenResult } from './Results.tsx';

/** Renders children only for accounts holding `permission` (the API checks again; this only avoids dead ends). */
export function RequirePermission({ permission, children }: { permission?: Permission; children: ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? <>{children}</> : <ForbiddenResult />;
}
