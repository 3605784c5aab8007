/** Every route path of the web app; build links with the helpers, never by hand. */
export const paths = {
  signIn: '/sign-in',
  home: '/',
  people: '/people',
  person: '/people/:personId',
  teams: '/teams',
  team: '/teams/:teamId',
  framework: '/framework',
  teamGrowth: '/team-growth',
  staffing: '/staffing',
  balance: '/staffing/balance',
  scenario: '/staffing/scenarios/:scenarioId',
  projects: '/projects',
  project: '/projects/:projectId',
  oneOnOnes: '/one-on-ones',
  oneOnOneSeries: '/one-on-ones/series/:seriesId',
  meeting: '/one-on-ones/meetings/:meetingId',
  reviews: '/reviews',
  review: '/reviews/:reviewId',
  reviewCalibration: '/reviews/cycles/:cycleId/calibration',
  reviewReport: '/reviews/cycles/:cycleId/report',
  admin: '/admin',
} as const;

export type PersonTab = 'profile' | 'growth' | 'goals' | 'evidence' | 'time';
export const personPath = (personId: string, tab?: PersonTab): string =>
  `/people/${encodeURIComponent(personId)}${tab && tab !== 'profile' ? `?tab=${tab}` : ''}`;
/** The person's own Growth tab with the self-rating flow open: Home's "Rate yourself". */
export const rateYourselfPath = (personId: string): string => `${personPath(personId, 'growth')}&rate=self`;
export const teamPath = (teamId: string): string => `/teams/${encodeURIComponent(teamId)}`;

export type AdminTab = 'users' | 'audit-log' | 'settings' | 'calendars' | 'templates';
export const adminPath = (tab?: AdminTab): string => (tab ? `/admin?tab=${tab}` : '/admin');

export type FrameworkTab = 'browse' | 'compare' | 'edit' | 'import-export';
export const frameworkPath = (tab?: FrameworkTab): string =>
  tab && tab !== 'browse' ? `/framework?tab=${tab}` : '/framework';

/** The Team growth heatmap, optionally narrowed to one team and quarter (e.g. "FY2026-Q4"). */
export const teamGrowthPath = (options: { teamId?: string; quarter?: string } = {}): string => {
  const search = new URLSearchParams();
  if (options.teamId) search.set('team', options.teamId);
  if (options.quarter) search.set('quarter', options.quarter);
  const query = search.toString();
  return query ? `/team-growth?${query}` : '/team-growth';
};

export const projectPath = (projectId: string, needId?: string): string =>
  `/projects/${encodeURIComponent(projectId)}${needId ? `?need=${encodeURIComponent(needId)}` : ''}`;

/** The staffing timeline, optionally narrowed (team, project) and starting on a given Monday. */
export const staffingPath = (
  options: { teamId?: string; projectId?: string; from?: string; scenarioId?: string } = {},
): string => {
  const search = new URLSearchParams();
  if (options.scenarioId) search.set('scenario', options.scenarioId);
  if (options.teamId) search.set('team', options.teamId);
  if (options.projectId) search.set('project', options.projectId);
  if (options.from) search.set('from', options.from);
  const query = search.toString();
  return query ? `/staffing?${query}` : '/staffing';
};

export const balancePath = (options: { teamId?: string; quarter?: string } = {}): string => {
  const search = new URLSearchParams();
  if (options.teamId) search.set('team', options.teamId);
  if (options.quarter) search.set('quarter', options.quarter);
  const query = search.toString();
  return query ? `/staffing/balance?${query}` : '/staffing/balance';
};

/** A scenario's comparison with today's plan, where it is applied or discarded. */
export const scenarioPath = (scenarioId: string): string => `/staffing/scenarios/${encodeURIComponent(scenarioId)}`;

/** A one-on-one series: its meetings, mood over time and search. */
export const oneOnOneSeriesPath = (seriesId: string): string => `/one-on-ones/series/${encodeURIComponent(seriesId)}`;
/** A meeting's page: agenda, notes, action items. */
export const meetingPath = (meetingId: string): string => `/one-on-ones/meetings/${encodeURIComponent(meetingId)}`;

/** Quarterly reviews, on one cycle when given. */
export const reviewsPath = (cycleId?: string): string =>
  cycleId ? `/reviews?cycle=${encodeURIComponent(cycleId)}` : '/reviews';
/** One person's review: packet, writing, reflection. */
export const reviewPath = (reviewId: string): string => `/reviews/${encodeURIComponent(reviewId)}`;
/** A cycle's calibration over the viewer's reach. */
export const reviewCalibrationPath = (cycleId: string): string =>
  `/reviews/cycles/${encodeURIComponent(cycleId)}/calibration`;
/** A cycle's team report over the viewer's reach. */
export const reviewReportPath = (cycleId: string): string => `/reviews/cycles/${encodeURIComponent(cycleId)}/report`;
