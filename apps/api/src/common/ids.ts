import { badInput } from './errors';
import { isUuid } from './validation';

export function requireId(field: string, value: string): string {
  if (!isUuid(value)) throw badInput(field, `${field} is not a valid id.`);
  return value;
}
