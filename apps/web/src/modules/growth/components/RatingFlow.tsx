import { Button, Grid, Group, Modal, NavLink, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconChevronLeft, IconChevronRight, IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AssessmentSource, PersonGrowthFieldsFragment } from '@web/generated/graphql';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { useLeaveGuard } from '@web/shared/hooks/useLeaveGuard';
import { getApiErrors, getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import type { PersonGrowthVariables } from '../hooks/usePersonGrowth';
import { useSaveAssessments } from '../hooks/useSaveAssessments';
import { firstName, groupByArea } from '../utils/growthView';
import {
  changedRatings,
  competencyOfField,
  countRated,
  type DraftEntry,
  type DraftErrors,
  initialDraft,
  type RatingDraft,
  validateDraft,
} from '../utils/ratingDraft';
import { CompetencyRatingField, ratingFieldId } from './CompetencyRatingField';
import classes from './growth.module.css';

interface RatingFlowProps {
  growth: PersonGrowthFieldsFragment;
  source: AssessmentSource;
  /** The rated person's full name. */
  personName: string;
  view: PersonGrowthVariables;
  onClose: () => void;
  /** Loads the latest ratings after a conflict. */
  onReload: () => Promise<PersonGrowthFieldsFragment | undefined>;
}

type Problem = { title: string; message: string } | null;

/** Rating every competency, area by area, as the person (SELF) or their manager (MANAGER). */
export function RatingFlow({ growth, source, personName, view, onClose, onReload }: RatingFlowProps) {
  const [base, setBase] = useState(growth);
  const [draft, setDraft] = useState<RatingDraft>(() => initialDraft(growth.competencies, source));
  const [areaIndex, setAreaIndex] = useState(0);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [problem, setProblem] = useState<Problem>(null);
  /** The server's words when someone else changed these ratings first; null otherwise. */
  const [conflict, setConflict] = useState<string | null>(null);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const areaHeading = useRef<HTMLHeadingElement>(null);
  const { save, saving } = useSaveAssessments(view);

  const areas = useMemo(() => groupByArea(base.competencies), [base.competencies]);
  const area = areas[Math.min(areaIndex, areas.length - 1)];
  const total = base.competencies.length;
  const rated = countRated(draft);
  const pending = changedRatings(draft, base.competencies, source);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initialDraft(base.competencies, source));
  // Leaving the page (the back button, say) with unsaved ratings asks the same question as closing.
  const leaving = useLeaveGuard(dirty);
  const asking = confirmingClose || leaving.state === 'blocked';
  const keepRating = () => {
    setConfirmingClose(false);
    leaving.reset?.();
  };
  const discard = () => (leaving.state === 'blocked' ? leaving.proceed() : onClose());
  const question = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) question.current?.scrollIntoView?.({ block: 'nearest' });
  }, [asking]);
  const first = firstName(personName);
  const title = `${source === 'SELF' ? 'Rate yourself' : `Rate ${first}`} · ${base.quarter.label}`;

  const goTo = (index: number, focusKey?: string) => {
    setAreaIndex(index);
    // Focus moves with the step, so keyboard and screen-reader users land on the new area.
    requestAnimationFrame(() => {
      if (focusKey) document.getElementById(ratingFieldId(focusKey))?.focus();
      else areaHeading.current?.focus();
    });
  };

  const showErrors = (found: DraftErrors) => {
    setErrors(found);
    const firstKey = base.competencies.find((c) => found[c.competencyKey])?.competencyKey;
    if (!firstKey) return;
    const index = areas.findIndex((group) => group.competencies.some((c) => c.competencyKey === firstKey));
    if (index >= 0) goTo(index, firstKey);
  };

  const change = (key: string, entry: DraftEntry) => {
    setDraft((current) => ({ ...current, [key]: entry }));
    setErrors((current) => {
      if (!current[key]) return current;
      const { [key]: _removed, ...rest } = current;
      return rest;
    });
    setConfirmingClose(false);
  };

  const submit = async () => {
    setProblem(null);
    const found = validateDraft(draft);
    if (Object.keys(found).length > 0) {
      setProblem({ title: 'Some ratings need a look', message: 'Fix the fields marked in red.' });
      showErrors(found);
      return;
    }
    if (pending.length === 0) {
      setProblem({
        title: 'Nothing to save',
        message: 'Choose a rating, or change one, before saving.',
      });
      return;
    }
    try {
      const saved = await save(source, base.quarter.key, pending);
      const count = saved ? (source === 'SELF' ? saved.selfCount : saved.managerCount) : rated;
      notifications.show({
        color: 'teal',
        title: 'Ratings saved',
        message:
          source === 'SELF'
            ? `Your self-assessment for ${base.quarter.label}: ${count} of ${total} competencies rated.`
            : `Your ratings of ${first} for ${base.quarter.label}: ${count} of ${total} competencies rated.`,
      });
      onClose();
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        setConflict(getUserMessage(error, 'Someone else changed these ratings since you opened them.'));
        return;
      }
      const placed: DraftErrors = {};
      const unplaced: string[] = [];
      for (const item of getApiErrors(error)) {
        if (item.code !== 'BAD_USER_INPUT') continue;
        const key = item.field ? competencyOfField(item.field, pending) : null;
        if (key) placed[key] = item.message;
        else unplaced.push(item.message);
      }
      setProblem({
        title: 'Could not save the ratings',
        message:
          unplaced.join(' ') ||
          (Object.keys(placed).length > 0
            ? 'Nothing was saved: fix the field marked in red, then save again.'
            : getUserMessage(error, 'The ratings could not be saved. Please try again.')),
      });
      if (Object.keys(placed).length > 0) showErrors(placed);
    }
  };

  const reload = async () => {
    try {
      const fresh = await onReload();
      if (fresh) {
        setBase(fresh);
        setDraft(initialDraft(fresh.competencies, source));
        setErrors({});
        setProblem(null);
        setConflict(null);
      }
    } catch {
      setProblem({ title: 'Could not reload', message: 'The latest ratings could not be loaded.' });
    }
  };

  const requestClose = () => {
    if (dirty && !confirmingClose) setConfirmingClose(true);
    else onClose();
  };

  const areaRated = (index: number) =>
    areas[index].competencies.filter((c) => draft[c.competencyKey]?.rating !== '').length;

  return (
    <Modal.Root opened onClose={requestClose} size={1100} closeOnClickOutside={false}>
      <Modal.Overlay />
      <Modal.Content>
        {/* A <header> outside the main landmark would count as a second banner of the page. */}
        <Modal.Header role="none">
          <Modal.Title fw={650} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label="Close dialog" />
        </Modal.Header>
        <Modal.Body>
          <Stack gap="md">
            <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
              <Text size="sm" c="dimmed" maw={560}>
                {source === 'SELF'
                  ? 'Rate each competency against what your level expects. Save whenever you like: you can rate the rest later.'
                  : `Rate ${first} on each competency against what the level expects. ${first} sees these ratings only once you share them.`}
              </Text>
              <Stack gap={4} miw={220}>
                <Text size="sm" fw={600} role="status">
                  {rated} of {total} rated
                </Text>
                <Progress value={total ? Math.round((rated / total) * 100) : 0} aria-label="Ratings given" size="sm" />
              </Stack>
            </Group>

            {conflict !== null ? (
              <ConflictAlert
                title="These ratings were changed by someone else"
                onReload={reload}
                reloadLabel="Reload the latest ratings"
              >
                {`${conflict} Reloading shows the latest ratings and discards your unsaved changes.`}
              </ConflictAlert>
            ) : null}
            {problem ? (
              <FormAlert tone="error" title={problem.title}>
                {problem.message}
              </FormAlert>
            ) : null}

            <Grid gap="lg">
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <nav aria-label="Areas" className={classes.areaNavSticky}>
                  <ul className={classes.areaNav}>
                    {areas.map((group, index) => {
                      const done = areaRated(index);
                      const complete = done === group.competencies.length;
                      return (
                        <li key={group.areaKey}>
                          <NavLink
                            component="button"
                            type="button"
                            label={group.areaName}
                            description={`${done} of ${group.competencies.length} rated`}
                            active={index === areaIndex}
                            aria-current={index === areaIndex ? 'step' : undefined}
                            rightSection={
                              complete ? (
                                <IconCircleCheck size={16} color="var(--mantine-color-teal-9)" aria-hidden />
                              ) : null
                            }
                            onClick={() => goTo(index)}
                            // Mantine's indigo description on the active tint is 4.4:1; the dimmed grey passes.
                            styles={{ description: { color: 'var(--mantine-color-dimmed)' } }}
                          />
                        </li>
                      );
                    })}
                  </ul>
                </nav>
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 9 }}>
                {area ? (
                  <Stack gap="md">
                    <Group justify="space-between" align="baseline">
                      <Title order={3} size="h4" ref={areaHeading} tabIndex={-1} style={{ outline: 'none' }}>
                        {area.areaName}
                      </Title>
                      <Text size="sm" c="dimmed">
                        Area {areaIndex + 1} of {areas.length}
                      </Text>
                    </Group>
                    {area.competencies.map((competency) => (
                      <CompetencyRatingField
                        key={competency.competencyKey}
                        competency={competency}
                        source={source}
                        entry={draft[competency.competencyKey] ?? { rating: '', comment: '' }}
                        error={errors[competency.competencyKey]}
                        scale={base.scale}
                        level={base.level}
                        personFirstName={first}
                        onChange={(entry) => change(competency.competencyKey, entry)}
                      />
                    ))}
                  </Stack>
                ) : null}
              </Grid.Col>
            </Grid>

            <div ref={question}>
              {asking ? (
                <FormAlert tone="conflict" title="Discard your unsaved ratings?">
                  <Stack gap="xs" align="flex-start">
                    <span>
                      {leaving.state === 'blocked'
                        ? 'You are leaving this page with ratings that are not saved yet. Save them, or discard them and leave.'
                        : 'You changed ratings that are not saved yet. Save them, or discard them and close.'}
                    </span>
                    <Group gap="xs">
                      <Button size="xs" variant="default" onClick={keepRating}>
                        Keep rating
                      </Button>
                      <Button size="xs" color="red.8" onClick={discard}>
                        {leaving.state === 'blocked' ? 'Discard and leave' : 'Discard and close'}
                      </Button>
                    </Group>
                  </Stack>
                </FormAlert>
              ) : null}
            </div>

            <Group justify="space-between" gap="sm" wrap="wrap" className={classes.flowFooter}>
              <Group gap="sm">
                <Button
                  variant="default"
                  leftSection={<IconChevronLeft size={16} aria-hidden />}
                  disabled={areaIndex === 0}
                  onClick={() => goTo(areaIndex - 1)}
                >
                  Previous area
                </Button>
                <Button
                  variant="default"
                  rightSection={<IconChevronRight size={16} aria-hidden />}
                  disabled={areaIndex >= areas.length - 1}
                  onClick={() => goTo(areaIndex + 1)}
                >
                  Next area
                </Button>
              </Group>
              <Group gap="sm">
                <Text size="sm" c="dimmed">
                  {pending.length === 0
                    ? 'No unsaved changes'
                    : `${pending.length} unsaved ${pending.length === 1 ? 'change' : 'changes'}`}
                </Text>
                <Button variant="default" onClick={requestClose}>
                  Cancel
                </Button>
                <Button
                  leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                  onClick={() => void submit()}
                  loading={saving}
                  disabled={conflict !== null}
                >
                  Save ratings
                </Button>
              </Group>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
