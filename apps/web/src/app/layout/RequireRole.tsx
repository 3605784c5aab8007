import type { ReactNode } from 'react';
import type { Role } from '@web/generated/graphql';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { AccessDeniedContent } from '@web/shared/components/StatusContent';
import { pageForRoleMessage } from '@web/shared/utils/accessMessages';

interface RequireRoleProps {
  role: Role;
  children: ReactNode;
}

/**
 * Shows the page only to users with the role; others learn who it is for and what they see instead.
 * The API enforces the same rule; this spares users a page of errors.
 */
export function RequireRole({ role, children }: RequireRoleProps) {
  const { user } = useCurrentUser();
  if (!user || user.role !== role) return <AccessDeniedContent message={pageForRoleMessage(role, user?.role)} />;
  return <>{children}</>;
}
