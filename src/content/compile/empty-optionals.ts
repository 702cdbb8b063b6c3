import { z } from 'zod'

/**
 * An empty value is how YAML writes "nothing here": `logos:`, `logos: null`,
 * `subtitle: ''`. In every collection an optional field left empty is read as
 * absent, at any depth (`cover: { alt: }`, `podcast:` and so on). A required
 * field left empty stays, so that validation reports it.
 */
export function withoutEmptyOptionals(schema: z.ZodType, data: unknown): unknown {
  const shape = objectShape(schema)
  if (shape && isMapping(data)) return stripMapping(shape, data)
  const element = arrayElement(schema)
  if (element && Array.isArray(data)) {
    const items = data.map((item) => withoutEmptyOptionals(element, item))
    return items.some((item, index) => item !== data[index]) ? items : data
  }
  return data
}

function stripMapping(
  shape: Record<string, z.ZodType>,
  data: Record<string, unknown>,
): Record<string, unknown> {
  let changed = false
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    const field = shape[key]
    if (!field) {
      result[key] = value
      continue
    }
    if (isEmpty(value) && acceptsAbsence(field)) {
      changed = true
      continue
    }
    const inner = withoutEmptyOptionals(field, value)
    if (inner !== value) changed = true
    result[key] = inner
  }
  return changed ? result : data
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const isEmpty = (value: unknown): boolean =>
  value === null || (typeof value === 'string' && value.trim() === '')

const absenceCache = new WeakMap<z.ZodType, boolean>()

function acceptsAbsence(field: z.ZodType): boolean {
  let known = absenceCache.get(field)
  if (known === undefined) {
    known = field.safeParse(undefined).success
    absenceCache.set(field, known)
  }
  return known
}

/** The schema under `.optional()`, `.default()`, `.nullable()` wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema
  for (;;) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodNullable
    ) {
      current = current.unwrap() as z.ZodType
      continue
    }
    return current
  }
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const inner = unwrap(schema)
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : undefined
}

function arrayElement(schema: z.ZodType): z.ZodType | undefined {
  const inner = unwrap(schema)
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined
}
