import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '@web/shared/routes';

// The signed-in shell reads the user through Apollo: lazy, so the sign-in page loads neither.
const RequireAuth = lazy(() => import('./layout/RequireAuth').then((m) => ({ default: m.RequireAuth })));
const RequireRole = lazy(() => import('./layout/RequireRole').then((m) => ({ default: m.RequireRole })));

// Each page is its own chunk, loaded when the user first goes there.
const SignInPage = lazy(() => import('@web/pages/sign-in/SignInPage').then((m) => ({ default: m.SignInPage })));
const HomePage = lazy(() => import('@web/pages/home/HomePage').then((m) => ({ default: m.HomePage })));
const PeoplePage = lazy(() => import('@web/pages/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const PersonPage = lazy(() => import('@web/pages/person/PersonPage').then((m) => ({ default: m.PersonPage })));
const TeamsPage = lazy(() => import('@web/pages/teams/TeamsPage').then((m) => ({ default: m.TeamsPage })));
const TeamPage = lazy(() => import('@web/pages/team/TeamPage').then((m) => ({ default: m.TeamPage })));
const FrameworkPage = lazy(() =>
  import('@web/pages/framework/FrameworkPage').then((m) => ({ default: m.FrameworkPage })),
);
const TeamGrowthPage = lazy(() =>
  import('@web/pages/team-growth/TeamGrowthPage').then((m) => ({ default: m.TeamGrowthPage })),
);
const StaffingPage = lazy(() => import('@web/pages/staffing/StaffingPage').then((m) => ({ default: m.StaffingPage })));
const BalancePage = lazy(() => import('@web/pages/balance/BalancePage').then((m) => ({ default: m.BalancePage })));
const ScenarioPage = lazy(() => import('@web/pages/scenario/ScenarioPage').then((m) => ({ default: m.ScenarioPage })));
const OneOnOnesPage = lazy(() =>
  import('@web/pages/one-on-ones/OneOnOnesPage').then((m) => ({ default: m.OneOnOnesPage })),
);
const SeriesPage = lazy(() => import('@web/pages/one-on-ones/SeriesPage').then((m) => ({ default: m.SeriesPage })));
const MeetingPage = lazy(() => import('@web/pages/one-on-ones/MeetingPage').then((m) => ({ default: m.MeetingPage })));
const ReviewsPage = lazy(() =>
  import('@web/pages/quarterly-reviews/ReviewsPage').then((m) => ({ default: m.ReviewsPage })),
);
const ReviewPage = lazy(() =>
  import('@web/pages/quarterly-reviews/ReviewPage').then((m) => ({ default: m.ReviewPage })),
);
const CalibrationPage = lazy(() => import('@web/pages/review-reports/CalibrationPage'));
const TeamReportPage = lazy(() => import('@web/pages/review-reports/TeamReportPage'));
const ProjectsPage = lazy(() => import('@web/pages/projects/ProjectsPage').then((m) => ({ default: m.ProjectsPage })));
const ProjectPage = lazy(() => import('@web/pages/project/ProjectPage').then((m) => ({ default: m.ProjectPage })));
const AdminPage = lazy(() => import('@web/pages/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const NotFoundPage = lazy(() => import('@web/pages/not-found/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

export const signInRoute: RouteObject = { path: paths.signIn, element: <SignInPage /> };

/** Every page behind sign-in. They read the API through Apollo, which App provides for them. */
export const signedInRoute: RouteObject = {
  element: <RequireAuth />,
  children: [
    { path: paths.home, element: <HomePage /> },
    { path: paths.people, element: <PeoplePage /> },
    { path: paths.person, element: <PersonPage /> },
    { path: paths.teams, element: <TeamsPage /> },
    { path: paths.team, element: <TeamPage /> },
    { path: paths.framework, element: <FrameworkPage /> },
    {
      path: paths.teamGrowth,
      element: (
        <RequireRole role="MANAGER">
          <TeamGrowthPage />
        </RequireRole>
      ),
    },
    { path: paths.staffing, element: <StaffingPage /> },
    { path: paths.balance, element: <BalancePage /> },
    { path: paths.scenario, element: <ScenarioPage /> },
    { path: paths.oneOnOnes, element: <OneOnOnesPage /> },
    { path: paths.oneOnOneSeries, element: <SeriesPage /> },
    { path: paths.meeting, element: <MeetingPage /> },
    { path: paths.reviews, element: <ReviewsPage /> },
    { path: paths.review, element: <ReviewPage /> },
    { path: paths.reviewCalibration, element: <CalibrationPage /> },
    { path: paths.reviewReport, element: <TeamReportPage /> },
    { path: paths.projects, element: <ProjectsPage /> },
    { path: paths.project, element: <ProjectPage /> },
    {
      path: paths.admin,
      element: (
        <RequireRole role="ADMIN">
          <AdminPage />
        </RequireRole>
      ),
    },
    { path: '*', element: <NotFoundPage /> },
  ],
};

export const appRoutes: RouteObject[] = [signInRoute, signedInRoute];
