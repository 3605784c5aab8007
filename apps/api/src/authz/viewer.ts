/** An account's one role in its organization. */
export type RoleValue = 'admin' | 'manager' | 'member';

/** The signed-in user a request acts for; the organization always comes from here. */
export interface Viewer {
  userId: string;
  orgId: string;
  email: string;
  role: RoleValue;
  personId: string | null;
}
