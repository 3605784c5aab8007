import { lazy } from 'react';

// The review reports, each its own chunk (charts and all): the router mounts these as they are.
//   { path: paths.reviewCalibration, element: <CalibrationPage /> }   // /reviews/cycles/:cycleId/calibration
//   { path: paths.reviewReport, element: <TeamReportPage /> }         // /reviews/cycles/:cycleId/report
// Both read :cycleId with useParams and take no props.

/** Calibration of a cycle over the viewer's reach: who rates differently, and the reviews behind it. */
export const CalibrationPage = lazy(() => import('./CalibrationPage'));

/** The quarterly team report of a cycle over the viewer's reach, with its CSV and PDF. */
export const TeamReportPage = lazy(() => import('./TeamReportPage'));
