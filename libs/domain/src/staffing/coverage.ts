/** A competency some work needs at a level, and the work that needs it. */
export interface Requirement {
  competencyKey: string;
  name: string;
  /** The projects whose needs ask for it. */
  projects: readonly { id: string; name: string }[];
}

export interface Holder {
  personId: string;
  name: string;
  /** Competencies this person's latest manager rating meets at the level the work asks. */
  meets: ReadonlySet<string>;
}

export interface ProjectStaff {
  id: string;
  name: string;
  /** The competencies the project's needs ask for. */
  competencyKeys: readonly string[];
  /** The people allocated to it now or later. */
  personIds: readonly string[];
}

export interface CompetencyCoverage {
  competencyKey: string;
  name: string;
  holders: { personId: string; name: string }[];
  projects: { id: string; name: string }[];
}

export interface ProjectRisk {
  projectId: string;
  projectName: string;
  competencyKey: string;
  name: string;
  /** The one allocated person who holds it, or null when nobody on the project does. */
  restsOn: { personId: string; name: string } | null;
}

export interface Coverage {
  /** Competencies the work needs that one person or nobody holds at the level asked: fewest first. */
  thin: CompetencyCoverage[];
  /** Projects where a competency they need rests on one allocated person, or on nobody on the project. */
  risks: ProjectRisk[];
}

/**
 * Skill coverage: which needed competencies rest on one person (or nobody) among the people
 * considered, and which projects would lose a needed competency if one of their people left.
 */
export function skillCoverage(
  requirements: readonly Requirement[],
  holders: readonly Holder[],
  projects: readonly ProjectStaff[],
): Coverage {
  const thin = requirements
    .map((r) => ({
      competencyKey: r.competencyKey,
      name: r.name,
      holders: holders.filter((h) => h.meets.has(r.competencyKey)).map((h) => ({ personId: h.personId, name: h.name })),
      projects: [...r.projects],
    }))
    .filter((c) => c.holders.length <= 1)
    .sort((a, b) => a.holders.length - b.holders.length || a.name.localeCompare(b.name));
  const byId = new Map(holders.map((h) => [h.personId, h]));
  const nameOf = new Map(requirements.map((r) => [r.competencyKey, r.name]));
  const risks: ProjectRisk[] = [];
  for (const project of projects) {
    for (const key of new Set(project.competencyKeys)) {
      const onIt = project.personIds.map((id) => byId.get(id)).filter((h): h is Holder => !!h && h.meets.has(key));
      if (onIt.length <= 1) {
        risks.push({
          projectId: project.id,
          projectName: project.name,
          competencyKey: key,
          name: nameOf.get(key) ?? key,
          restsOn: onIt[0] ? { personId: onIt[0].personId, name: onIt[0].name } : null,
        });
      }
    }
  }
  risks.sort(
    (a, b) => Number(a.restsOn !== null) - Number(b.restsOn !== null) || a.projectName.localeCompare(b.projectName),
  );
  return { thin, risks };
}
