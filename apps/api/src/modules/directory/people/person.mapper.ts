import { Track } from '../../../common/enums';
import { Person } from './models/person.model';
import { PersonRow } from './person-row';

/** A person row as the GraphQL model; other features map people through this too. */
export function toPerson(p: PersonRow): Person {
  return {
    id: p.id,
    name: p.name,
    title: p.title,
    track: p.track as Track,
    levelKey: p.level,
    startDate: p.startDate,
    weeklyCapacityHours: p.weeklyCapacityHours,
    workingDays: p.workingDays,
    active: p.active,
    version: p.version,
    teamId: p.teamId,
    managerId: p.managerId,
  };
}
