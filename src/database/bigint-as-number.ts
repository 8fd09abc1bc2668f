import type { ValueTransformer } from 'typeorm';

/** pg returns bigint as a string (it may exceed 2^53); our ids and counters stay far below, so use numbers. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
