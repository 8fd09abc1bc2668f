// Reading the service's OpenAPI document in tests: what it leaves undocumented, and what an answer carries
// that its schema does not declare.
type Schema = Record<string, any>;
type Document = { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, Schema> } };

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/** Each place where /docs-json leaves a request or an answer without a real schema, as a readable line. */
export function undocumented(document: Document): string[] {
  const problems: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS.filter((m) => item[m])) {
      const operation = item[method];
      const where = `${method.toUpperCase()} ${path}`;
      const successes = Object.entries<any>(operation.responses ?? {}).filter(([status]) => /^2/.test(status));
      if (!successes.length) problems.push(`${where}: no 2xx answer documented`);
      for (const [status, response] of successes) {
        if (status === '204') {
          if (response.content) problems.push(`${where} ${status}: a 204 documented with a body`);
          continue;
        }
        const media = Object.entries<any>(response.content ?? {});
        if (!media.length) problems.push(`${where} ${status}: answer without a schema`);
        for (const [type, { schema }] of media) checkSchema(schema, `${where} ${status} ${type}`, problems);
      }
      for (const [type, { schema }] of Object.entries<any>(operation.requestBody?.content ?? {}))
        checkSchema(schema, `${where} body ${type}`, problems);
      for (const parameter of operation.parameters ?? []) checkSchema(parameter.schema, `${where} parameter ${parameter.name}`, problems);
    }
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {}))
    checkSchema(schema, `#/components/schemas/${name}`, problems);
  return problems;
}

/** A schema must say what it is: an object names its properties (or, for a free-form map, its additionalProperties), an array its items. */
function checkSchema(schema: Schema | undefined, where: string, problems: string[]): void {
  if (!schema) return void problems.push(`${where}: no schema`);
  if (schema.$ref) return;
  for (const combinator of ['allOf', 'oneOf', 'anyOf'] as const)
    schema[combinator]?.forEach((s: Schema, i: number) => checkSchema(s, `${where}.${combinator}[${i}]`, problems));
  if (schema.allOf || schema.oneOf || schema.anyOf) return;
  if (!schema.type && !schema.enum) return void problems.push(`${where}: no type`);
  if (schema.type === 'object') {
    const named = schema.properties && Object.keys(schema.properties).length > 0;
    if (!named && schema.additionalProperties === undefined)
      problems.push(`${where}: an object without properties or additionalProperties`);
    for (const [name, property] of Object.entries<Schema>(schema.properties ?? {})) checkSchema(property, `${where}.${name}`, problems);
    if (typeof schema.additionalProperties === 'object') checkSchema(schema.additionalProperties, `${where}.*`, problems);
  }
  if (schema.type === 'array') {
    if (!schema.items) problems.push(`${where}: an array without items`);
    else checkSchema(schema.items, `${where}[]`, problems);
  }
}

/** The fields of `value` that `schema` does not declare (a free-form map declares any key). */
export function undeclaredFields(document: Document, schema: Schema, value: unknown, at = '$'): string[] {
  if (value === null || value === undefined) return [];
  const resolved = resolve(document, schema);
  const parts = [resolved, ...(resolved.allOf ?? []).map((s: Schema) => resolve(document, s))];
  if (Array.isArray(value)) {
    const items = parts.find((s) => s.items)?.items;
    return items ? value.flatMap((item, i) => undeclaredFields(document, items, item, `${at}[${i}]`)) : [];
  }
  if (typeof value !== 'object') return [];
  const properties: Record<string, Schema> = Object.assign({}, ...parts.map((s) => s.properties ?? {}));
  const rest = parts.find((s) => s.additionalProperties)?.additionalProperties;
  return Object.entries(value).flatMap(([key, field]) => {
    const declared = properties[key] ?? (rest === true ? {} : rest);
    if (!declared) return [`${at}.${key}`];
    return undeclaredFields(document, declared, field, `${at}.${key}`);
  });
}

function resolve(document: Document, schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = String(schema.$ref).replace('#/components/schemas/', '');
  return resolve(document, document.components?.schemas?.[name] ?? {});
}
