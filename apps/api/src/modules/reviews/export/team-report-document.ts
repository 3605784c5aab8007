import type { ReviewTeamReport } from '../models/review-report.model';
import type { ReviewDocument, ReviewSection } from './review-document';

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const gap = (value: number | null) => (value === null ? '–' : `${value > 0 ? '+' : ''}${value.toFixed(2)}`);

/** The team report as a document for the PDF: the same figures as its page, in tables. */
export function teamReportDocument(report: ReviewTeamReport, reachName: string): ReviewDocument {
  const sections: ReviewSection[] = [];
  if (report.highlights.length > 0) sections.push({ heading: 'Highlights', bullets: report.highlights });
  sections.push({
    heading: 'Quarter by quarter',
    table: {
      header: ['Quarter', 'People', 'Development', 'Meeting target', 'Goals finished', 'Cadence kept', 'Ready / soon'],
      rows: report.quarters.map((q) => [
        `${q.label}${q.frozen ? '' : ' (open)'}`,
        String(q.people),
        percent(q.averageDevelopmentShare),
        String(q.meetingDevelopmentTarget),
        String(q.goalsFinished),
        `${q.oneOnOnesKept} of ${q.withOneOnOnes}`,
        `${q.readiness.ready} / ${q.readiness.soon}`,
      ]),
    },
  });
  const areas = [...new Set(report.quarters.flatMap((q) => q.byArea.map((a) => a.areaName)))];
  if (areas.length > 0) {
    sections.push({
      heading: 'Average rating against the level, by area',
      paragraphs: ['0 meets the level; +1 is a level above it.'],
      table: {
        header: ['Area', ...report.quarters.map((q) => q.label)],
        rows: areas.map((area) => [
          area,
          ...report.quarters.map((q) => gap(q.byArea.find((a) => a.areaName === area)?.averageGap ?? null)),
        ]),
      },
    });
  }
  const moved = report.competencyChanges.filter((c) => c.change !== null && c.change !== 0).slice(0, 8);
  if (moved.length > 0) {
    sections.push({
      heading: 'Largest changes since last quarter, by competency',
      table: {
        header: ['Competency', 'Last quarter', 'This quarter', 'Change'],
        rows: moved.map((c) => [`${c.competencyName} (${c.areaName})`, gap(c.before), gap(c.now), gap(c.change)]),
      },
    });
  }
  sections.push({
    heading: 'Skill coverage since last quarter',
    bullets: [
      `Gained: ${report.coverageGained.length ? report.coverageGained.join(', ') : 'none'}`,
      `Lost: ${report.coverageLost.length ? report.coverageLost.join(', ') : 'none'}`,
    ],
  });
  sections.push({
    heading: 'People',
    table: {
      header: ['Person', 'Ratings up / down', 'Goals', 'Evidence', 'One-on-ones', 'Development', 'Readiness'],
      rows: report.people.map((p) => [
        `${p.person.name}${p.person.teamName ? ` (${p.person.teamName})` : ''}`,
        `${p.ratingsImproved} / ${p.ratingsDeclined}`,
        String(p.goalsFinished),
        String(p.evidence),
        `${p.oneOnOnesHeld} of ${p.oneOnOnesExpected}`,
        `${percent(p.developmentShare)}${p.meetsDevelopmentTarget ? '' : ' (under)'}`,
        percent(p.readinessShare),
      ]),
    },
  });
  return {
    title: `Team report: ${report.quarterLabel}`,
    subtitle: `${reachName} · ${report.people.length} people · development target ${percent(report.developmentTarget)}`,
    sections,
  };
}
