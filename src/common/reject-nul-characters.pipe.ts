import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

/**
 * PostgreSQL cannot store U+0000 in text or jsonb, so such input would fail at the database. Refused at
 * the edge instead, with the path of every field that holds one.
 */
@Injectable()
export class RejectNulCharactersPipe implements PipeTransform {
  transform(value: unknown): unknown {
    const paths = nulPaths(value, '');
    if (paths.length) throw new BadRequestException(paths.map((path) => `${path || 'body'} must not contain NUL (\\u0000) characters`));
    return value;
  }
}

export function nulPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulPaths(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes('\u0000') ? [path ? `${path}.${JSON.stringify(key)}` : JSON.stringify(key)] : []),
      ...nulPaths(item, path ? `${path}.${key}` : key),
    ]);
  }
  return [];
}
