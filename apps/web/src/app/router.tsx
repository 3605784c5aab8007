import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '@web/shared/routes';
import { lazyPage, type RouteHandle } from './lazyPage';

// The signed-in shell reads the user through Apollo: lazy, so the sign-in page loads neither.
const RequireAuth = lazyPage(() => import('./layout/RequireAuth').then((m) => ({ default: m.RequireAuth })));
const RequireRole = lazyPage(() => import('./layout/RequireRole').then((m) => ({ default: m.RequireRole })));

// Each page is its own chunk, loaded when the user first goes there.
const SignInPage = lazyPage(() => import('@web/pages/sign-in/SignInPage').then((m) => ({ default: m.SignInPage })));
const HomePage = lazyPage(() => import('@web/pages/home/HomePage').then((m) => ({ default: m.HomePage })));
const PeoplePage = lazyPage(() => import('@web/pages/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const PersonPage = lazyPage(() => import('@web/pages/person/PersonPage').then((m) => ({ default: m.PersonPage })));
const TeamsPage = lazyPage(() => import('@web/pages/teams/TeamsPage').then((m) => ({ default: m.TeamsPage })));
const TeamPage = lazyPage(() => import('@web/pages/team/TeamPage').then((m) => ({ default: m.TeamPage })));
const FrameworkPage = lazyPage(() =>
  import('@web/pages/framework/FrameworkPage').then((m) => ({ default: m.FrameworkPage })),
);
const TeamGrowthPage = lazyPage(() =>
  import('@web/pages/team-growth/TeamGrowthPage').then((m) => ({ default: m.TeamGrowthPage })),
);
const StaffingPage = lazyPage(() =>
  import('@web/pages/staffing/StaffingPage').then((m) => ({ default: m.StaffingPage })),
);
const BalancePage = lazyPage(() => import('@web/pages/balance/BalancePage').then((m) => ({ default: m.BalancePage })));
const ScenarioPage = lazyPage(() =>
  import('@web/pages/scenario/ScenarioPage').then((m) => ({ default: m.ScenarioPage })),
);
const OneOnOnesPage = lazyPage(() =>
  import('@web/pages/one-on-ones/OneOnOnesPage').then((m) => ({ default: m.OneOnOnesPage })),
);
const SeriesPage = lazyPage(() => import('@web/pages/one-on-ones/SeriesPage').then((m) => ({ default: m.SeriesPage })));
const MeetingPage = lazyPage(() =>
  import('@web/pages/one-on-ones/MeetingPage').then((m) => ({ default: m.MeetingPage })),
);
const ReviewsPage = lazyPage(() =>
  import('@web/pages/quarterly-reviews/ReviewsPage').then((m) => ({ default: m.ReviewsPage })),
);
const ReviewPage = lazyPage(() =>
  import('@web/pages/quarterly-reviews/ReviewPage').then((m) => ({ default: m.ReviewPage })),
);
const CalibrationPage = lazyPage(() => import('@web/pages/review-reports/CalibrationPage'));
const TeamReportPage = lazyPage(() => import('@web/pages/review-reports/TeamReportPage'));
const ProjectsPage = lazyPage(() =>
  import('@web/pages/projects/ProjectsPage').then((m) => ({ default: m.ProjectsPage })),
);
const ProjectPage = lazyPage(() => import('@web/pages/project/ProjectPage').then((m) => ({ default: m.ProjectPage })));
const AdminPage = lazyPage(() => import('@web/pages/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const NotFoundPage = lazyPage(() =>
  import('@web/pages/not-found/NotFoundPage').then((m) => ({ default: m.NotFoundPage })),
);

type PageComponent = ReturnType<typeof lazyPage<ComponentType>>;

function page(path: string, Page: PageComponent, role?: 'MANAGER' | 'ADMIN'): RouteObject {
  const handle: RouteHandle = { preload: () => Promise.all([Page.preload(), role ? RequireRole.preload() : null]) };
  return {
    path,
    handle,
    element: role ? (
      <RequireRole role={role}>
        <Page />
      </RequireRole>
    ) : (
      <Page />
    ),
  };
}

export const signInRoute: RouteObject = page(paths.signIn, SignInPage);

/** Every page behind sign-in. They read the API through Apollo, which App provides for them. */
export const signedInRoute: RouteObject = {
  element: <RequireAuth />,
  handle: { preload: RequireAuth.preload } satisfies RouteHandle,
  children: [
    page(paths.home, HomePage),
    page(paths.people, PeoplePage),
    page(paths.person, PersonPage),
    page(paths.teams, TeamsPage),
    page(paths.team, TeamPage),
    page(paths.framework, FrameworkPage),
    page(paths.teamGrowth, TeamGrowthPage, 'MANAGER'),
    page(paths.staffing, StaffingPage),
    page(paths.balance, BalancePage),
    page(paths.scenario, ScenarioPage),
    page(paths.oneOnOnes, OneOnOnesPage),
    page(paths.oneOnOneSeries, SeriesPage),
    page(paths.meeting, MeetingPage),
    page(paths.reviews, ReviewsPage),
    page(paths.review, ReviewPage),
    page(paths.reviewCalibration, CalibrationPage),
    page(paths.reviewReport, TeamReportPage),
    page(paths.projects, ProjectsPage),
    page(paths.project, ProjectPage),
    page(paths.admin, AdminPage, 'ADMIN'),
    page('*', NotFoundPage),
  ],
};

export const appRoutes: RouteObject[] = [signInRoute, signedInRoute];
