import { ValueTransformer } from 'typeorm';

/** pg returns numeric as a string to keep precision; our numerics are small (hours, shares). */
export const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** `date` columns stay ISO strings ("2024-03-01"), never shifted by a time zone. */
export const isoDate: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | Date | null) =>
    value === null ? null : typeof value === 'string' ? value : value.toISOString().slice(0, 10),
};
