import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  CalibrationGroupFieldsFragment,
  CalibrationReviewFieldsFragment,
  ReviewCalibrationFieldsFragment,
} from '@web/generated/graphql';
import { calibrateReadinessMutation } from '@web/modules/review-reports/graphql/calibrateReadinessMutation';
import { cycleCalibrationQuery } from '@web/modules/review-reports/graphql/calibrationQuery';
import { apiError } from '@web/test/graphqlResults';
import { renderWithProviders, type Mock } from '@web/test/renderWithProviders';
import { CalibrationPage } from './CalibrationPage';

const ROUTE = '/reviews/cycles/cycle-q4/calibration';
const PATH = '/reviews/cycles/:cycleId/calibration';

const counts = (notYet: number, soon: number, ready: number, unset: number) => ({
  __typename: 'ReadinessCounts' as const,
  notYet,
  soon,
  ready,
  unset,
});

function group(
  key: string,
  name: string,
  againstReach: number | null,
  outlier: string | null,
  overrides: Partial<CalibrationGroupFieldsFragment> = {},
): CalibrationGroupFieldsFragment {
  return {
    __typename: 'CalibrationGroup',
    key,
    name,
    people: 3,
    above: 2,
    meets: 5,
    below: 1,
    averageGap: againstReach === null ? null : 0.1 + againstReach,
    againstReach,
    outlier,
    readiness: counts(1, 1, 1, 0),
    ...overrides,
  };
}

function review(
  reviewId: string,
  name: string,
  managerName: string,
  overrides: Partial<CalibrationReviewFieldsFragment> = {},
): CalibrationReviewFieldsFragment {
  return {
    __typename: 'CalibrationReview',
    reviewId,
    version: 4,
    readiness: 'SOON',
    readinessShare: 0.6,
    averageGap: 0.5,
    person: {
      __typename: 'ReviewPerson',
      id: `person-${reviewId}`,
      name,
      teamName: 'Payments',
      managerName,
    },
    ...overrides,
  };
}

const sam = review('review-sam', 'Sam Okafor', 'Maya Lindqvist', { averageGap: 0.86 });
const priya = review('review-priya', 'Priya Nair', 'Omar Haddad', { readiness: null, averageGap: -0.5 });

function calibration(overrides: Partial<ReviewCalibrationFieldsFragment> = {}): ReviewCalibrationFieldsFragment {
  return {
    __typename: 'ReviewCalibration',
    cycleId: 'cycle-q4',
    quarterLabel: 'FY2026 Q4',
    canAdjust: true,
    reachAverageGap: 0.1,
    byManager: [
      group('m-lee', 'Lee Park', 0.05, null),
      group('m-maya', 'Maya Lindqvist', 0.76, 'lenient', { readiness: counts(0, 1, 3, 0) }),
      group('m-omar', 'Omar Haddad', -0.6, 'harsh'),
    ],
    byTeam: [group('Payments', 'Payments', 0.3, null), group('Platform', 'Platform', -0.3, null)],
    reviews: [sam, priya],
    ...overrides,
  };
}

const calibrationMock = (result: Mock['result']): Mock => ({
  request: { query: cycleCalibrationQuery, variables: { cycleId: 'cycle-q4' } },
  result,
});
const loaded = (data: ReviewCalibrationFieldsFragment) => calibrationMock({ data: { reviewCalibration: data } });

const adjustMock = (reason: string, result: Mock['result'], readiness = 'READY'): Mock => ({
  request: {
    query: calibrateReadinessMutation,
    variables: { input: { id: 'review-sam', version: 4, readiness, reason } },
  },
  result,
});

const render = (mocks: Mock[]) => renderWithProviders(<CalibrationPage />, { route: ROUTE, path: PATH, mocks });

async function openAdjust(name: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Adjust the readiness of ${name}` }));
  return screen.findByRole('dialog', { name: `Adjust the readiness of ${name}` });
}

describe('CalibrationPage', () => {
  it('shows who rates differently first, with the lenient and harsh managers badged', async () => {
    render([loaded(calibration())]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Calibration — FY2026 Q4' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Managers, furthest from the reach’s mean first/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Maya Lindqvist',
      'Omar Haddad',
      'Lee Park',
    ]);

    expect(within(rows[0]).getByText('Lenient')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('+0.76');
    expect(rows[0]).toHaveTextContent('3 ready, 1 soon');
    expect(within(rows[1]).getByText('Harsh')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('\u22120.60');
    expect(within(rows[2]).queryByText(/Lenient|Harsh/)).not.toBeInTheDocument();

    // Said in words before the table, and drawn as a chart with its own description.
    const named = screen.getByRole('list', { name: 'Outlying managers' });
    expect(named).toHaveTextContent('Lenient');
    expect(named).toHaveTextContent('Maya Lindqvist: +0.76 (0.76 levels above the reach’s mean)');
    expect(named).toHaveTextContent('Omar Haddad: \u22120.60 (0.60 levels below the reach’s mean)');
    expect(screen.getByRole('img', { name: /^Bar chart of each of the managers/ })).toHaveAccessibleName(
      expect.stringContaining('Maya Lindqvist 0.76 levels above the reach’s mean'),
    );
  });

  it('compares teams instead of managers', async () => {
    render([loaded(calibration())]);

    fireEvent.click(await screen.findByRole('radio', { name: 'By team' }));
    const table = screen.getByRole('table', { name: /Teams, furthest from the reach’s mean first/ });
    expect(within(table).getByRole('columnheader', { name: 'Team' })).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Payments', 'Platform']);
    expect(screen.getByText(/No team rates far from that/)).toBeInTheDocument();
  });

  it('lists the reviews with a link to each, their call, readiness and mean gap', async () => {
    render([loaded(calibration())]);

    const reviews = await screen.findByRole('table', { name: 'Reviews' });
    const samRow = within(reviews).getByRole('row', { name: /Sam Okafor/ });
    expect(within(samRow).getByRole('link', { name: 'Sam Okafor' })).toHaveAttribute('href', '/reviews/review-sam');
    expect(samRow).toHaveTextContent('Maya Lindqvist');
    expect(samRow).toHaveTextContent('Soon');
    expect(samRow).toHaveTextContent('60%');
    expect(samRow).toHaveTextContent('+0.86');
    expect(within(reviews).getByRole('row', { name: /Priya Nair/ })).toHaveTextContent('Unset');
  });

  it('asks for a reason, and shows the API’s refusal next to the field it names', async () => {
    render([
      loaded(calibration()),
      adjustMock(
        'x'.repeat(12),
        apiError('BAD_USER_INPUT', 'Reason must be shorter than or equal to 1000 characters', {
          field: 'input.reason',
        }),
      ),
    ]);

    const dialog = await openAdjust('Sam Okafor');
    const save = within(dialog).getByRole('button', { name: 'Save the adjustment' });

    // The call the manager made is not an adjustment.
    fireEvent.click(save);
    expect(await within(dialog).findByText('The call is Soon already: choose another.')).toBeInTheDocument();
    expect(within(dialog).getByRole('radiogroup', { name: 'Readiness' })).toHaveAccessibleDescription(
      'The call is Soon already: choose another.',
    );
    const reason = within(dialog).getByRole('textbox', { name: /Reason/ });
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Say why the readiness changes.'));

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Ready' }));
    fireEvent.change(reason, { target: { value: 'x'.repeat(12) } });
    fireEvent.click(save);

    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(
        expect.stringContaining('Reason must be shorter than or equal to 1000 characters'),
      ),
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('saves an adjustment with its reason, reads the calibration again and says so', async () => {
    const after = calibration({ reviews: [{ ...sam, readiness: 'READY', version: 5 }, priya] });
    const { operations } = render([
      loaded(calibration()),
      adjustMock('Led the ledger split across two teams.', {
        data: { adjustReviewReadiness: { __typename: 'Review', id: 'review-sam', readiness: 'READY', version: 5 } },
      }),
      loaded(after),
    ]);

    const dialog = await openAdjust('Sam Okafor');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Ready' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), {
      target: { value: '  Led the ledger split across two teams.  ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the adjustment' }));

    expect(await screen.findByText('The readiness of Sam Okafor is now Ready.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      within(screen.getByRole('table', { name: 'Reviews' })).getByRole('row', { name: /Sam Okafor/ }),
    ).toHaveTextContent('Ready');
    expect(operations).toEqual(['CycleCalibration', 'CalibrateReviewReadiness', 'CycleCalibration']);
  });

  it('says when someone changed the review meanwhile, and reloads it', async () => {
    render([
      loaded(calibration()),
      adjustMock('Promoted scope.', apiError('CONFLICT', 'The review was changed by someone else.'), 'NOT_YET'),
      loaded(calibration()),
    ]);

    const dialog = await openAdjust('Sam Okafor');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Not yet' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Promoted scope.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the adjustment' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Someone changed this review meanwhile — reload');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
  });

  it('offers no adjustment to a manager who is not a director, or once the cycle is closed', async () => {
    render([loaded(calibration({ canAdjust: false }))]);

    expect(await screen.findByRole('table', { name: 'Reviews' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Adjust the readiness/ })).not.toBeInTheDocument();
  });

  it('says who calibration is for when the API refuses it', async () => {
    render([
      calibrationMock(
        apiError('FORBIDDEN', 'Calibration and team reports are for managers, over the people they reach.'),
      ),
    ]);

    expect(await screen.findByText('Calibration is for managers, over the people they reach.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });

  it('says when there is nothing to calibrate', async () => {
    render([loaded(calibration({ reviews: [], byManager: [], byTeam: [] }))]);
    expect(await screen.findByText('No reviews to calibrate')).toBeInTheDocument();
  });

  it('waits for ratings before comparing raters', async () => {
    render([
      loaded(
        calibration({
          reachAverageGap: null,
          byManager: [group('m-lee', 'Lee Park', null, null, { averageGap: null, above: 0, meets: 0, below: 0 })],
        }),
      ),
    ]);
    expect(await screen.findByText('No manager ratings yet')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Bar chart/ })).not.toBeInTheDocument();
  });

  it('offers a retry when the calibration fails to load', async () => {
    render([calibrationMock(apiError('INTERNAL_SERVER_ERROR', 'boom'))]);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the calibration');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
