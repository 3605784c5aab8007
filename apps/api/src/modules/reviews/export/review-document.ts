import type { Review } from '../models/review.model';

/** A part of an exported review: a heading with paragraphs, bullets and at most one table. */
export interface ReviewSection {
  heading: string;
  paragraphs?: string[];
  bullets?: string[];
  table?: { header: string[]; rows: string[][] };
}

/** An exported review, as both the Markdown and the PDF render it. */
export interface ReviewDocument {
  title: string;
  subtitle: string;
  sections: ReviewSection[];
}

// Keyed by the enums' values, as the service hands them over (GraphQL shows their names).
const READINESS: Record<string, string> = { not_yet: 'Not yet', soon: 'Soon', ready: 'Ready' };
const STATE: Record<string, string> = {
  not_started: 'Not started',
  drafted: 'Drafted',
  shared: 'Shared',
  acknowledged: 'Acknowledged',
};

const percent = (share: number) => `${Math.round(share * 100)}%`;
const change = (steps: number | null) =>
  steps === null || steps === 0 ? '' : steps > 0 ? ` (up ${steps})` : ` (down ${-steps})`;
const day = (at: Date | string) => new Date(at).toISOString().slice(0, 10);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What an export of a review holds: exactly what the viewer sees on the review page (the review
 * arrives already trimmed to the viewer), never a one-on-one note.
 */
export function reviewDocument(review: Review): ReviewDocument {
  const p = review.packet;
  const sections: ReviewSection[] = [];
  if (p.highlights.length > 0) sections.push({ heading: 'Highlights', bullets: p.highlights });

  const writing: string[] = [];
  if (review.summary === null) writing.push('Not shared yet.');
  else {
    writing.push(review.summary || 'No summary yet.');
    if (review.strengths) writing.push(`Strengths: ${review.strengths}`);
    if (review.focus) writing.push(`Focus for next quarter: ${review.focus}`);
    if (review.readiness) writing.push(`Promotion readiness: ${READINESS[review.readiness] ?? review.readiness}`);
  }
  sections.push({ heading: 'Manager’s review', paragraphs: writing });
  sections.push({
    heading: `${review.person.name.split(' ')[0]}’s reflection`,
    paragraphs: [review.reflection || 'No reflection yet.'],
  });

  sections.push({
    heading: 'Ratings',
    table: {
      header: ['Competency', 'Self', 'Manager', 'Against level'],
      rows: p.ratings.map((r) => [
        r.competencyName,
        (r.self.nowLabel ?? '–') + change(r.self.change),
        r.manager ? (r.manager.nowLabel ?? '–') + change(r.manager.change) : 'Not shared',
        r.gapToLevel === null ? '–' : r.gapToLevel === 0 ? 'Meets' : r.gapToLevel > 0 ? 'Above' : 'Below',
      ]),
    },
  });

  const goals = [
    ...p.goals.finished.map((g) => `Finished: ${g.title}`),
    ...p.goals.active.map((g) => `Open: ${g.title}${g.progress === null ? '' : ` (${g.progress}%)`}`),
  ];
  sections.push({
    heading: 'Goals',
    paragraphs: [`${plural(p.goals.finished.length, 'goal')} finished, ${p.goals.atRisk} at risk.`],
    bullets: goals,
  });

  sections.push({
    heading: 'Evidence',
    paragraphs: [
      `${plural(p.evidence.total, 'entry', 'entries')} this quarter` +
        (p.evidence.fromStaffing ? `, ${p.evidence.fromStaffing} from staffing history.` : '.'),
    ],
    bullets: [
      ...p.evidence.byCompetency.map((c) => `${c.competencyName}: ${c.count}`),
      ...p.evidence.incidents.map((i) => `Incident: ${i.title}${i.role ? ` (${i.role.replace(/_/g, ' ')})` : ''}`),
    ],
  });

  const o = p.oneOnOnes;
  sections.push({
    heading: 'One-on-ones',
    paragraphs: [
      o.kept === null
        ? 'No one-on-one series with the manager.'
        : `${o.held} of ${o.expected} held (${o.kept ? 'cadence kept' : 'behind the cadence'}); ` +
          `${plural(o.actionItemsDone, 'action item')} done, ${o.actionItemsOverdue} overdue.`,
    ],
  });

  const t = p.time;
  sections.push({
    heading: 'Time',
    paragraphs: [
      t.allocatedDays > 0
        ? `Delivery ${percent(t.deliveryShare)}, development ${percent(t.developmentShare)} (target ${percent(
            t.developmentTarget,
          )}), support ${percent(t.supportShare)}; ${percent(t.growthAlignedShare)} of delivery served a growth goal.`
        : 'No confirmed work planned in the quarter.',
    ],
    bullets: t.stretch.map((s) => `Stretch: ${s.projectName} toward ${s.goalTitles.join(', ')} (${s.from} to ${s.to})`),
  });

  if (p.readiness) {
    const r = p.readiness;
    sections.push({
      heading: 'Promotion readiness',
      paragraphs: [
        r.nextLevelName
          ? `${percent(r.now)} of ${r.nextLevelName}’s expectations met` +
            (r.before === null ? '.' : `, against ${percent(r.before)} last quarter.`)
          : 'At the top of the track.',
      ],
    });
  }
  if (review.adjustments.length > 0) {
    sections.push({
      heading: 'Calibration',
      bullets: review.adjustments.map(
        (a) =>
          `${READINESS[a.from ?? ''] ?? 'Unset'} to ${READINESS[a.to]} by ${a.byName} on ${day(a.at)}: ${a.reason}`,
      ),
    });
  }

  const status = [STATE[review.state] ?? review.state];
  if (review.sharedAt) status.push(`shared ${day(review.sharedAt)}`);
  if (review.acknowledgedAt) status.push(`acknowledged ${day(review.acknowledgedAt)}`);
  if (p.frozen) status.push('quarter closed');
  return {
    title: `${review.person.name}: ${review.quarterLabel} review`,
    subtitle: [review.person.title, review.person.teamName, status.join(', ')].filter(Boolean).join(' · '),
    sections,
  };
}

/** Markdown text of a review document. */
export function reviewMarkdown(doc: ReviewDocument): string {
  const escape = (text: string) => text.replace(/([\\`*_[\]|#<>])/g, '\\$1');
  const lines = [`# ${escape(doc.title)}`, '', `_${escape(doc.subtitle)}_`, ''];
  for (const section of doc.sections) {
    lines.push(`## ${escape(section.heading)}`, '');
    for (const paragraph of section.paragraphs ?? []) lines.push(escape(paragraph), '');
    if (section.bullets?.length) lines.push(...section.bullets.map((b) => `- ${escape(b)}`), '');
    if (section.table) {
      const row = (cells: string[]) => `| ${cells.map(escape).join(' | ')} |`;
      lines.push(row(section.table.header), `|${section.table.header.map(() => ' --- |').join('')}`);
      lines.push(...section.table.rows.map(row), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
