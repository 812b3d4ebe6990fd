
export type { SessionUser } from '@renshe/shared';
