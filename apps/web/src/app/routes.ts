/** Every route path of the web app; build links with the helpers, never by hand. */
export const paths = {
  signIn: '/sign-in',
  home: '/',
  people: '/people',
  person: '/people/:personId',
  teams: '/teams',
  team: '/teams/:teamId',
  framework: '/framework',
  admin: '/admin',
} as const;

export const personPath = (personId: string): string => `/people/${encodeURIComponent(personId)}`;
export const teamPath = (teamId: string): string => `/teams/${encodeURIComponent(teamId)}`;

export type AdminTab = 'users' | 'audit-log' | 'settings';
export const adminPath = (tab?: AdminTab): string => (tab ? `/admin?tab=${tab}` : '/admin');

export type FrameworkTab = 'browse' | 'compare' | 'import-export';
export const frameworkPath = (tab?: FrameworkTab): string =>
  tab && tab !== 'browse' ? `/framework?tab=${tab}` : '/framework';
