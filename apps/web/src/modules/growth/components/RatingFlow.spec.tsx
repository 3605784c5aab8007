import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Link } from 'react-router';
import type { SaveAssessmentsMutationVariables } from '@web/generated/graphql';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { saveAssessmentsMutation } from '../graphql/saveAssessmentsMutation';
import { buildAssessment, buildCompetency, buildPersonGrowth } from '../testing/growthBuilders';
import { RatingFlow } from './RatingFlow';

// Modals and Mantine comboboxes render slowly on a busy two-core machine.
jest.setTimeout(20_000);

const view = { personId: 'p-sam', quarter: null };

const growth = buildPersonGrowth({
  competencies: [
    buildCompetency({
      competencyKey: 'code_quality',
      competencyName: 'Code quality',
      self: buildAssessment({
        competencyKey: 'code_quality',
        rating: 'engineer',
        comment: 'Wrote the tests.',
        version: 4,
      }),
    }),
    buildCompetency({ competencyKey: 'reading_the_source', competencyName: 'Reading the source' }),
    buildCompetency({
      competencyKey: 'incident_response',
      competencyName: 'Incident response',
      areaKey: 'problem_solving',
      areaName: 'Problem solving',
      self: null,
    }),
  ],
});

function renderFlow(options: { mocks?: readonly Mock[]; source?: 'SELF' | 'MANAGER'; data?: typeof growth } = {}) {
  const props = {
    onClose: jest.fn(),
    onReload: jest.fn(() => Promise.resolve(options.data ?? growth)),
  };
  const rendered = renderWithProviders(
    <RatingFlow
      growth={options.data ?? growth}
      source={options.source ?? 'SELF'}
      personName="Sam Okafor"
      view={view}
      {...props}
    />,
    { mocks: options.mocks },
  );
  return { ...rendered, ...props };
}

const dialog = () => within(screen.getByRole('dialog'));
const rating = (competency: string, who = 'Your rating') =>
  dialog().getByRole('combobox', { name: `${who} for ${competency}` });
const openArea = (name: string) =>
  fireEvent.click(
    within(dialog().getByRole('navigation', { name: 'Areas' })).getByRole('button', { name: new RegExp(`^${name}`) }),
  );
const save = () => fireEvent.click(dialog().getByRole('button', { name: 'Save ratings' }));

function captureSave(result: Mock['result']) {
  const sent: SaveAssessmentsMutationVariables[] = [];
  const mock: Mock = {
    request: {
      query: saveAssessmentsMutation,
      variables: (variables: SaveAssessmentsMutationVariables) => {
        sent.push(variables);
        return true;
      },
    },
    result,
  };
  return { sent, mock };
}

describe('RatingFlow', () => {
  it('offers the scale without retired rungs, and shows both expectations', () => {
    renderFlow();

    expect(screen.getByRole('dialog', { name: 'Rate yourself · FY2026 Q4' })).toBeInTheDocument();
    const options = within(rating('Reading the source'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Not rated yet',
      'Below expectations',
      'Engineer (your level)',
      'Senior Engineer (next level)',
      'Architect',
    ]);
    // A saved rating can be changed but not taken back.
    expect(within(rating('Code quality')).queryByRole('option', { name: 'Not rated yet' })).not.toBeInTheDocument();
    expect(dialog().getByText('Engineer expectation of code_quality.')).toBeInTheDocument();
    expect(dialog().getByText('Senior Engineer expectation of code_quality.')).toBeInTheDocument();
    expect(dialog().getByText('1 of 3 rated')).toBeInTheDocument();
  });

  it('saves only new and changed ratings, with the versions they were read at', async () => {
    const saved = buildPersonGrowth({ selfCount: 2 });
    const { sent, mock } = captureSave({ data: { saveAssessments: saved } });
    const { onClose } = renderFlow({ mocks: [mock] });

    fireEvent.change(rating('Code quality'), { target: { value: 'senior_engineer' } });
    openArea('Problem solving');
    expect(dialog().getByRole('heading', { name: 'Problem solving' })).toBeInTheDocument();
    fireEvent.change(rating('Incident response'), { target: { value: 'engineer' } });
    fireEvent.change(dialog().getByRole('textbox', { name: 'Comment on Incident response' }), {
      target: { value: '  Paged twice and led the fix.  ' },
    });
    expect(dialog().getByText('2 of 3 rated')).toBeInTheDocument();
    expect(dialog().getByText('2 unsaved changes')).toBeInTheDocument();
    save();

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent).toEqual([
      {
        input: {
          personId: 'p-sam',
          source: 'SELF',
          quarter: 'FY2026-Q4',
          ratings: [
            { competencyKey: 'code_quality', rating: 'senior_engineer', comment: 'Wrote the tests.', version: 4 },
            {
              competencyKey: 'incident_response',
              rating: 'engineer',
              comment: 'Paged twice and led the fix.',
              version: null,
            },
          ],
        },
      },
    ]);
  });

  it('puts a BAD_USER_INPUT message on the rating it names and goes to its area', async () => {
    const { mock } = captureSave(
      apiError('BAD_USER_INPUT', '"architect" is not a rating for Incident response.', { field: 'ratings.1.rating' }),
    );
    const { onClose } = renderFlow({ mocks: [mock] });

    fireEvent.change(rating('Code quality'), { target: { value: 'senior_engineer' } });
    openArea('Problem solving');
    fireEvent.change(rating('Incident response'), { target: { value: 'architect' } });
    openArea('Craft');
    save();

    expect(await dialog().findByRole('alert')).toHaveTextContent('Could not save the ratings');
    expect(await dialog().findByText('"architect" is not a rating for Incident response.')).toBeInTheDocument();
    expect(rating('Incident response')).toHaveAttribute('aria-invalid', 'true');
    expect(dialog().getByRole('heading', { name: 'Problem solving' })).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('explains a conflict and reloads the latest ratings', async () => {
    const { mock } = captureSave(
      apiError('CONFLICT', 'Someone else changed these ratings since you opened them: Code quality.'),
    );
    const fresh = buildPersonGrowth({
      competencies: growth.competencies.map((c) =>
        c.competencyKey === 'code_quality'
          ? { ...c, self: buildAssessment({ competencyKey: 'code_quality', rating: 'architect', version: 5 }) }
          : c,
      ),
    });
    const { onReload } = renderFlow({ mocks: [mock] });
    onReload.mockResolvedValue(fresh);

    fireEvent.change(rating('Code quality'), { target: { value: 'senior_engineer' } });
    save();

    const alert = await dialog().findByRole('alert');
    expect(alert).toHaveTextContent('These ratings were changed by someone else');
    expect(alert).toHaveTextContent('Code quality');
    expect(dialog().getByRole('button', { name: 'Save ratings' })).toBeDisabled();

    fireEvent.click(within(alert).getByRole('button', { name: 'Reload the latest ratings' }));

    await waitFor(() => expect(rating('Code quality')).toHaveValue('architect'));
    expect(onReload).toHaveBeenCalled();
    expect(dialog().queryByRole('alert')).not.toBeInTheDocument();
    expect(dialog().getByRole('button', { name: 'Save ratings' })).toBeEnabled();
  });

  it('sends nothing when nothing changed or a comment has no rating', () => {
    const { operations } = renderFlow();

    save();
    expect(dialog().getByRole('alert')).toHaveTextContent('Nothing to save');

    fireEvent.change(dialog().getByRole('textbox', { name: 'Comment on Reading the source' }), {
      target: { value: 'Read the ORM' },
    });
    save();
    expect(dialog().getByText('Choose a rating to save this comment with.')).toBeInTheDocument();
    expect(operations).toEqual([]);
  });

  it("shows the manager the person's self rating and where they differ, and saves as MANAGER", async () => {
    const managerView = buildPersonGrowth({
      canSelfAssess: false,
      canManagerAssess: true,
      managerRatingsVisible: true,
      competencies: [
        buildCompetency({
          competencyKey: 'code_quality',
          competencyName: 'Code quality',
          self: buildAssessment({
            competencyKey: 'code_quality',
            rating: 'senior_engineer',
            comment: 'Led the rewrite.',
          }),
        }),
      ],
    });
    const { sent, mock } = captureSave({ data: { saveAssessments: managerView } });
    const { onClose } = renderFlow({ mocks: [mock], source: 'MANAGER', data: managerView });

    expect(screen.getByRole('dialog', { name: 'Rate Sam · FY2026 Q4' })).toBeInTheDocument();
    expect(dialog().getByText("Sam's self rating:")).toBeInTheDocument();
    expect(dialog().getByText('“Led the rewrite.”')).toBeInTheDocument();
    fireEvent.change(rating('Code quality', 'Your rating of Sam'), { target: { value: 'engineer' } });
    expect(dialog().getByText("Differs by 1 level from Sam's rating")).toBeInTheDocument();
    save();

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent[0]?.input).toMatchObject({
      source: 'MANAGER',
      ratings: [{ competencyKey: 'code_quality', rating: 'engineer', comment: '', version: null }],
    });
  });

  it('asks before discarding unsaved ratings', () => {
    const { onClose } = renderFlow();

    fireEvent.change(rating('Reading the source'), { target: { value: 'engineer' } });
    fireEvent.click(dialog().getByRole('button', { name: 'Cancel' }));
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog().getByRole('alert')).toHaveTextContent('Discard your unsaved ratings?');

    fireEvent.click(dialog().getByRole('button', { name: 'Discard and close' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('asks the same before another page discards unsaved ratings, and leaves when told to', async () => {
    const onClose = jest.fn();
    renderWithProviders(
      <>
        <Link to="/people">People</Link>
        <RatingFlow
          growth={growth}
          source="SELF"
          personName="Sam Okafor"
          view={view}
          onClose={onClose}
          onReload={jest.fn()}
        />
      </>,
      { route: '/people/p-sam?tab=growth', path: '/people/:id' },
    );
    const location = () => screen.getByTestId('location').textContent;

    fireEvent.change(rating('Reading the source'), { target: { value: 'engineer' } });
    fireEvent.click(screen.getByRole('link', { name: 'People', hidden: true }));
    expect(await dialog().findByRole('alert')).toHaveTextContent(
      'You are leaving this page with ratings that are not saved yet.',
    );
    fireEvent.click(dialog().getByRole('button', { name: 'Keep rating' }));
    expect(dialog().queryByRole('alert')).toBeNull();
    expect(location()).toBe('/people/p-sam');

    fireEvent.click(screen.getByRole('link', { name: 'People', hidden: true }));
    fireEvent.click(await dialog().findByRole('button', { name: 'Discard and leave' }));
    await waitFor(() => expect(location()).toBe('/people'));
    expect(onClose).not.toHaveBeenCalled();
  });
});
