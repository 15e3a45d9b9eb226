import { z } from 'zod';
import type { ToolSpec } from './types.ts';

/** A JSON Schema document as plain data (what `z.toJSONSchema` returns, minus `$schema`). */
export type JsonSchema = { readonly [key: string]: unknown };

// Keyed by the spec object: tools are module-level constants, so each converts once per process.
const cache = new WeakMap<ToolSpec, JsonSchema>();

/**
 * The tool's input as draft-7 JSON Schema, the dialect Anthropic and OpenAI-compatible servers
 * take as-is (and the input to the Gemini conversion). `io: 'input'` so fields with defaults
 * stay optional for the model. Reused sub-schemas are inlined; only recursion leaves `$ref`s.
 */
export function toolInputJsonSchema(tool: ToolSpec): JsonSchema {
  const cached = cache.get(tool);
  if (cached) return cached;
  let converted: Record<string, unknown>;
  try {
    converted = z.toJSONSchema(tool.input, { target: 'draft-7', io: 'input', reused: 'inline', unrepresentable: 'throw' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Tool "${tool.name}": its input schema cannot be expressed as JSON Schema (${reason}).`);
  }
  const { $schema: _dialect, ...schema } = converted;
  if (schema['type'] !== 'object') {
    throw new Error(`Tool "${tool.name}": its input must be a z.object(...) (providers take an object of named arguments).`);
  }
  cache.set(tool, schema);
  return schema;
}
