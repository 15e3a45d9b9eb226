import { Type, type Schema } from '@google/genai';
import { toolInputJsonSchema, type JsonSchema } from './tool-schema.ts';
import type { ToolSpec } from './types.ts';

/**
 * JSON Schema → Gemini's `Schema` (an OpenAPI 3.0 subset). We convert ourselves, rather than
 * sending `parametersJsonSchema`, so what Gemini receives is decided here and tested.
 *
 * - `type: [x, 'null']` and `anyOf`/`oneOf` with a null branch become `nullable: true`.
 * - `const` becomes a one-value `enum`; enums must be strings (Gemini's enum is `string[]`).
 * - `format` is kept only where Gemini documents it (enum and date-time for strings, int32/int64,
 *   float/double for numbers); any other format is moved into the description as a hint.
 * - `pattern` is dropped: zod emits JavaScript regexes (lookaheads included) that Google's RE2
 *   engine rejects, and zod validates the arguments on our side anyway. So are `default`,
 *   `examples`, `additionalProperties: false` and other annotations.
 * - `$ref`s are inlined; a recursive schema, a record/map with free keys, a tuple or an
 *   untyped value throws at conversion time, naming the tool and the path.
 */
const cache = new WeakMap<ToolSpec, Schema | null>();

/** The tool's `parameters` for a Gemini function declaration; `undefined` when it takes none. */
export function geminiParameters(tool: ToolSpec): Schema | undefined {
  let parameters = cache.get(tool);
  if (parameters === undefined) {
    const json = toolInputJsonSchema(tool);
    // Gemini rejects an OBJECT with no properties, so a tool without arguments sends no parameters.
    const noArguments = Object.keys(asRecord(json['properties']) ?? {}).length === 0;
    parameters = noArguments ? null : toGeminiSchema(json, tool.name);
    cache.set(tool, parameters);
  }
  return parameters ?? undefined;
}

export function toGeminiSchema(root: JsonSchema, toolName: string): Schema {
  return convert(root, 'input', { toolName, root, refs: [] });
}

interface Context {
  readonly toolName: string;
  readonly root: JsonSchema;
  /** `$ref`s being inlined on the current path, to catch recursion. */
  readonly refs: readonly string[];
}

const STRING_FORMATS = new Set(['enum', 'date-time']);
const NUMBER_FORMATS: Record<string, ReadonlySet<string>> = {
  integer: new Set(['int32', 'int64']),
  number: new Set(['float', 'double']),
};
const UNSUPPORTED_KEYWORDS = ['not', 'if', 'then', 'else', 'patternProperties', 'dependencies', 'dependentSchemas'];

function convert(node: unknown, path: string, ctx: Context): Schema {
  const fail = (why: string): never => {
    throw new Error(`Tool "${ctx.toolName}": Gemini cannot express the schema at ${path}: ${why}.`);
  };
  const schema = asRecord(node);
  if (!schema) return fail('it accepts any value (Gemini needs a type)');

  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    if (ctx.refs.includes(ref)) fail('the schema is recursive');
    const { $ref: _ref, ...siblings } = schema;
    return convert({ ...resolveRef(ref, ctx.root, fail), ...siblings }, path, { ...ctx, refs: [...ctx.refs, ref] });
  }
  for (const keyword of UNSUPPORTED_KEYWORDS) if (keyword in schema) fail(`"${keyword}" is not supported`);

  const allOf = schema['allOf'];
  if (Array.isArray(allOf)) {
    if (allOf.length !== 1) fail('intersections (allOf) are not supported');
    const { allOf: _allOf, ...siblings } = schema;
    return convert({ ...asRecord(allOf[0]), ...siblings }, path, ctx);
  }

  const variants = schema['anyOf'] ?? schema['oneOf'];
  if (Array.isArray(variants)) {
    const { anyOf: _anyOf, oneOf: _oneOf, ...siblings } = schema;
    const others = variants.filter((variant) => !isNullSchema(variant));
    const nullable = others.length < variants.length;
    if (others.length === 0) fail('the value can only be null');
    const converted =
      others.length === 1
        ? convert({ ...asRecord(others[0]), ...siblings }, path, ctx)
        : withDescription({ anyOf: others.map((variant, i) => convert(variant, `${path}(variant ${i + 1})`, ctx)) }, siblings);
    return nullable ? { ...converted, nullable: true } : converted;
  }

  const type = schema['type'];
  if (Array.isArray(type)) {
    const others = type.filter((t) => t !== 'null');
    const nullable = others.length < type.length;
    if (others.length === 0) fail('the value can only be null');
    const converted =
      others.length === 1
        ? convert({ ...schema, type: others[0] }, path, ctx)
        : withDescription({ anyOf: others.map((t) => convert({ ...schema, type: t, description: undefined }, path, ctx)) }, schema);
    return nullable ? { ...converted, nullable: true } : converted;
  }

  const values = 'const' in schema ? [schema['const']] : schema['enum'];
  if (Array.isArray(values)) {
    const nonNull = values.filter((value) => value !== null);
    if (!nonNull.every((value): value is string => typeof value === 'string')) fail('only string enums and literals are supported');
    const converted = withDescription({ type: Type.STRING, format: 'enum', enum: nonNull as string[] }, schema);
    return nonNull.length < values.length ? { ...converted, nullable: true } : converted;
  }

  switch (type) {
    case 'string':
      return withFormat({ type: Type.STRING, ...lengths(schema, 'minLength', 'maxLength') }, schema, STRING_FORMATS);
    case 'integer':
    case 'number':
      return withFormat({ type: type === 'integer' ? Type.INTEGER : Type.NUMBER, ...bounds(schema, type) }, schema, NUMBER_FORMATS[type]);
    case 'boolean':
      return withDescription({ type: Type.BOOLEAN }, schema);
    case 'array': {
      const items = schema['items'];
      if (Array.isArray(items) || 'prefixItems' in schema) fail('tuples are not supported; use an array of one type or an object');
      if (items === undefined) fail('the array does not say what its items are');
      const array: Schema = { type: Type.ARRAY, items: convert(items, `${path}[]`, ctx), ...lengths(schema, 'minItems', 'maxItems') };
      return withDescription(array, schema);
    }
    case 'object':
      return convertObject(schema, path, ctx, fail);
    default:
      return fail(type === undefined ? 'it accepts any value (Gemini needs a type)' : `type "${String(type)}" is not supported`);
  }
}

function convertObject(schema: JsonSchema, path: string, ctx: Context, fail: (why: string) => never): Schema {
  const extra = schema['additionalProperties'];
  if ('propertyNames' in schema || (extra !== undefined && typeof extra !== 'boolean')) {
    fail('a record/map with free keys is not supported; declare fixed properties or use an array of objects');
  }
  const properties = asRecord(schema['properties']) ?? {};
  const names = Object.keys(properties);
  if (names.length === 0) fail('an object must declare at least one property');
  const converted: Record<string, Schema> = {};
  for (const name of names) converted[name] = convert(properties[name], `${path}.${name}`, ctx);
  const required = Array.isArray(schema['required']) ? schema['required'].filter((name) => names.includes(String(name))).map(String) : [];
  return withDescription(
    { type: Type.OBJECT, properties: converted, ...(required.length > 0 ? { required } : {}), propertyOrdering: names },
    schema,
  );
}

function withDescription(target: Schema, source: JsonSchema, hint?: string): Schema {
  const description = [source['description'], hint].filter((part) => typeof part === 'string' && part !== '').join(' ');
  return description === '' ? target : { ...target, description };
}

function withFormat(target: Schema, source: JsonSchema, allowed: ReadonlySet<string> | undefined): Schema {
  const format = source['format'];
  if (typeof format !== 'string') return withDescription(target, source);
  if (allowed?.has(format)) return withDescription({ ...target, format }, source);
  return withDescription(target, source, `(format: ${format})`);
}

/** Gemini's length and item counts are int64 fields, which its JSON carries as strings. */
function lengths(schema: JsonSchema, min: 'minLength' | 'minItems', max: 'maxLength' | 'maxItems'): Schema {
  const out: Record<string, string> = {};
  for (const key of [min, max]) if (typeof schema[key] === 'number') out[key] = String(schema[key]);
  return out;
}

function bounds(schema: JsonSchema, type: 'integer' | 'number'): Schema {
  const out: { minimum?: number; maximum?: number } = {};
  const step = type === 'integer' ? 1 : 0; // an exclusive bound on a real number can only be approximated
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema;
  if (typeof minimum === 'number') out.minimum = minimum;
  if (typeof exclusiveMinimum === 'number') out.minimum = exclusiveMinimum + step;
  if (typeof maximum === 'number') out.maximum = maximum;
  if (typeof exclusiveMaximum === 'number') out.maximum = exclusiveMaximum - step;
  // zod's int() bounds are noise to the model.
  if (out.minimum !== undefined && out.minimum <= Number.MIN_SAFE_INTEGER) delete out.minimum;
  if (out.maximum !== undefined && out.maximum >= Number.MAX_SAFE_INTEGER) delete out.maximum;
  return out;
}

function resolveRef(ref: string, root: JsonSchema, fail: (why: string) => never): JsonSchema {
  if (!ref.startsWith('#/')) fail(`the external reference ${ref} cannot be resolved`);
  let target: unknown = root;
  for (const segment of ref.slice(2).split('/')) target = asRecord(target)?.[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
  return asRecord(target) ?? fail(`the reference ${ref} does not resolve`);
}

function isNullSchema(node: unknown): boolean {
  return asRecord(node)?.['type'] === 'null';
}

function asRecord(value: unknown): JsonSchema | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonSchema) : undefined;
}
