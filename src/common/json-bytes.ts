import type { Response } from 'express';

const COMMA = Buffer.from(',');

/**
 * The UTF-8 bytes of JSON.stringify(value), for an object whose arrays hold many large elements (a list's page):
 * each element is stringified and encoded on its own. One JSON.stringify of a 260 kB page with any character outside
 * Latin-1 (ș, ț, —) builds a two-byte string in pieces, which Express then flattens and encodes as a whole; on this
 * machine that took several times as long as the stringify, and its half-megabyte copies fed the GC (issue #16.8).
 */
export function jsonBytes(value: object): Buffer {
  // A plain object (no toJSON of its own), as a controller's view is.
  const parts: Buffer[] = [];
  let opening = '{';
  for (const [key, field] of Object.entries(value)) {
    const head = `${opening}${JSON.stringify(key)}:`;
    if (Array.isArray(field)) {
      parts.push(Buffer.from(`${head}[`));
      for (let n = 0; n < field.length; n++) {
        // The comma apart: prefixed, the element's text would be copied once more to flatten the two.
        if (n > 0) parts.push(COMMA);
        // As in JSON.stringify, an element it cannot write (a hole, undefined) is null.
        parts.push(Buffer.from(JSON.stringify(field[n]) ?? 'null'));
      }
      parts.push(Buffer.from(']'));
    } else {
      const text = JSON.stringify(field);
      // JSON.stringify leaves out a property whose value it cannot write (undefined, a function).
      if (text === undefined) continue;
      parts.push(Buffer.from(head + text));
    }
    opening = ',';
  }
  parts.push(Buffer.from(opening === '{' ? '{}' : '}'));
  return Buffer.concat(parts);
}

/** Answers `value` as JSON the way Nest's res.json would (same bytes, headers and ETag), encoded by jsonBytes. */
export function sendJson(response: Response, value: object): void {
  response.type('application/json; charset=utf-8').send(jsonBytes(value));
}
