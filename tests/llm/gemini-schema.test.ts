import { Type } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { geminiParameters, toGeminiSchema } from '../../src/llm/gemini-schema.ts';
import { toolInputJsonSchema } from '../../src/llm/tool-schema.ts';
import type { ToolSpec } from '../../src/llm/types.ts';

const tool = (input: z.ZodType, name = 'sample_tool'): ToolSpec => ({ name, description: 'A sample.', input });
const convert = (input: z.ZodType) => geminiParameters(tool(input));

describe('zod → JSON Schema for tools', () => {
  it('converts once per tool, without $schema, keeping fields with defaults optional', () => {
    const spec = tool(z.object({ note: z.string().default('') }));
    const schema = toolInputJsonSchema(spec);
    expect(schema).toEqual({ type: 'object', properties: { note: { type: 'string', default: '' } } });
    expect(toolInputJsonSchema(spec)).toBe(schema);
  });

  it('refuses a tool whose input is not an object', () => {
    expect(() => toolInputJsonSchema(tool(z.string(), 'bad_tool'))).toThrow('Tool "bad_tool": its input must be a z.object(...)');
  });
});

describe('JSON Schema → Gemini Schema', () => {
  it('turns enums into STRING enums, keeps descriptions and marks optional fields by omission from required', () => {
    expect(convert(z.object({ category: z.enum(['food', 'rent']).describe('Slug.'), note: z.string().optional() }))).toEqual({
      type: Type.OBJECT,
      properties: {
        category: { type: Type.STRING, format: 'enum', enum: ['food', 'rent'], description: 'Slug.' },
        note: { type: Type.STRING },
      },
      required: ['category'],
      propertyOrdering: ['category', 'note'],
    });
  });

  it('expresses nullable, and a union with null, as nullable: true', () => {
    const schema = convert(
      z.object({
        payer: z.string().nullable().describe('Who paid.'),
        amount: z.union([z.number(), z.null()]),
        kind: z.enum(['a', 'b']).nullable(),
      }),
    );
    expect(schema?.properties).toEqual({
      payer: { type: Type.STRING, nullable: true, description: 'Who paid.' },
      amount: { type: Type.NUMBER, nullable: true },
      kind: { type: Type.STRING, format: 'enum', enum: ['a', 'b'], nullable: true },
    });
  });

  it('keeps a union of several types as anyOf', () => {
    expect(convert(z.object({ value: z.union([z.string(), z.number().int()]).describe('Either.') }))?.properties?.['value']).toEqual({
      anyOf: [{ type: Type.STRING }, { type: Type.INTEGER }],
      description: 'Either.',
    });
  });

  it('converts arrays of nested objects with counts as strings and bounds as numbers', () => {
    const schema = convert(
      z.object({
        splits: z
          .array(z.object({ member: z.object({ id: z.string().describe('Member id.') }), share: z.number().min(0).max(100) }))
          .min(1)
          .max(5),
      }),
    );
    expect(schema?.properties?.['splits']).toEqual({
      type: Type.ARRAY,
      minItems: '1',
      maxItems: '5',
      items: {
        type: Type.OBJECT,
        properties: {
          member: { type: Type.OBJECT, properties: { id: { type: Type.STRING, description: 'Member id.' } }, required: ['id'], propertyOrdering: ['id'] },
          share: { type: Type.NUMBER, minimum: 0, maximum: 100 },
        },
        required: ['member', 'share'],
        propertyOrdering: ['member', 'share'],
      },
    });
  });

  it('keeps field order as propertyOrdering', () => {
    expect(convert(z.object({ zeta: z.string(), alpha: z.string(), mid: z.boolean() }))?.propertyOrdering).toEqual(['zeta', 'alpha', 'mid']);
  });

  it('maps literals to one-value enums and keeps only formats Gemini knows', () => {
    const schema = convert(z.object({ op: z.literal('add'), at: z.iso.datetime(), on: z.iso.date().describe('Day.') }));
    expect(schema?.properties).toEqual({
      op: { type: Type.STRING, format: 'enum', enum: ['add'] },
      at: { type: Type.STRING, format: 'date-time' },
      on: { type: Type.STRING, description: 'Day. (format: date)' },
    });
    const numbers = { type: 'object', properties: { a: { type: 'integer', format: 'int64' }, b: { type: 'number', format: 'float' }, c: { type: 'integer', format: 'float' } } };
    expect(toGeminiSchema(numbers, 't').properties).toEqual({
      a: { type: Type.INTEGER, format: 'int64' },
      b: { type: Type.NUMBER, format: 'float' },
      c: { type: Type.INTEGER, description: '(format: float)' },
    });
  });

  it('turns exclusive integer bounds into inclusive ones and drops zod’s safe-integer noise', () => {
    expect(convert(z.object({ n: z.int().positive(), m: z.int().lt(10) }))?.properties).toEqual({
      n: { type: Type.INTEGER, minimum: 1 },
      m: { type: Type.INTEGER, maximum: 9 },
    });
  });

  it('inlines $ref and refuses recursion, naming tool and path', () => {
    const root = { type: 'object', properties: { a: { $ref: '#/definitions/thing' } }, definitions: { thing: { type: 'string', description: 'T.' } } };
    expect(toGeminiSchema(root, 'ref_tool').properties).toEqual({ a: { type: Type.STRING, description: 'T.' } });

    type Category = { name: string; children: Category[] };
    const category: z.ZodType<Category> = z.object({ name: z.string(), children: z.array(z.lazy(() => category)) });
    expect(() => geminiParameters(tool(z.object({ root: category }), 'tree_tool'))).toThrow(
      'Tool "tree_tool": Gemini cannot express the schema at input.root.children[]: the schema is recursive.',
    );
  });

  it('refuses a record with free keys at conversion time, naming tool and path', () => {
    expect(() => geminiParameters(tool(z.object({ totals: z.object({ byCategory: z.record(z.string(), z.number()) }) }), 'totals_tool'))).toThrow(
      'Tool "totals_tool": Gemini cannot express the schema at input.totals.byCategory: a record/map with free keys is not supported',
    );
  });

  it('refuses tuples, untyped values and non-string enums', () => {
    expect(() => convert(z.object({ pair: z.tuple([z.string(), z.number()]) }))).toThrow('at input.pair: tuples are not supported');
    expect(() => convert(z.object({ anything: z.unknown() }))).toThrow('at input.anything: it accepts any value');
    expect(() => convert(z.object({ level: z.literal(3) }))).toThrow('at input.level: only string enums and literals are supported');
  });

  it('drops pattern, default and additionalProperties: false', () => {
    expect(toGeminiSchema({ type: 'object', additionalProperties: false, properties: { code: { type: 'string', pattern: '^(?!x)', default: 'a', examples: ['b'] } } }, 't')).toEqual({
      type: Type.OBJECT,
      properties: { code: { type: Type.STRING } },
      propertyOrdering: ['code'],
    });
  });
});
