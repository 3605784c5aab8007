import type { ReactNode } from 'react';
import type { Role } from '@web/generated/graphql';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { AccessDeniedContent } from '@web/shared/components/StatusContent';

interface RequireRoleProps {
  role: Role;
  children: ReactNode;
}

/**
 * Shows the page only to users with the role, and a plain refusal to others.
 * The API enforces the same rule; this spares users a page of errors.
 */
export function RequireRole({ role, children }: RequireRoleProps) {
  const { user } = useCurrentUser();
  if (!user || user.role !== role) return <AccessDeniedContent />;
  return <>{children}</>;
}
