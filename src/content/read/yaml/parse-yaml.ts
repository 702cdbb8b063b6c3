import { CORE_SCHEMA, load, YAMLException } from 'js-yaml'
import type { YAMLError } from 'yaml'
import { exceedsNesting } from './nesting-depth.ts'
import { formatFieldPath, type Position, YamlLocator } from './yaml-locator.ts'

export interface YamlProblem extends Position {
  field: string
  message: string
}

export type ParsedYaml =
  | { ok: true; data: unknown; locator: YamlLocator }
  | { ok: false; problems: YamlProblem[] }

// Anchors (&a) and aliases (*a) can expand exponentially ("billion laughs"). js-yaml
// gives an alias the very value of its anchor instead of a copy, so reading is
// cheap, but whatever walks the result later is not: repeats are counted first.
const MAX_ALIASES = 100

const hints: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: 'this key is already set above: keep only one of them',
  TAB_AS_INDENT: 'YAML cannot be indented with tabs: use spaces',
  BAD_INDENT: 'the indentation does not line up: indent nested fields with spaces, evenly',
  MULTIPLE_DOCS: 'the front-matter must be one YAML mapping',
  BAD_ALIAS: 'this alias refers to no anchor: define `&name` before using `*name`',
}

const GENERIC_HINT =
  'check the YAML syntax here; quote text that contains ": " or " #", or that starts with a special character such as [ { & * ! | > @ `'

/**
 * Parses front-matter YAML. One library decides every value: js-yaml's core
 * schema (dates stay strings, duplicate keys fail). The `yaml` package, which
 * keeps positions, only places the errors js-yaml finds (all of them, when it
 * sees them too) and counts how far aliases expand.
 */
export function parseYaml(source: string, firstLine: number): ParsedYaml {
  const locator = new YamlLocator(source, firstLine)
  if (exceedsNesting(source)) return { ok: false, problems: [tooDeep(locator)] }
  let data: unknown
  try {
    data = load(source, { schema: CORE_SCHEMA })
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, problems: [tooDeep(locator)] }
    if (!(error instanceof YAMLException)) throw error
    return { ok: false, problems: locateErrors(error, locator) }
  }
  if (source.includes('*') && source.includes('&') && expandsTooFar(data)) {
    return { ok: false, problems: [aliasBomb(locator)] }
  }
  return { ok: true, data, locator }
}

/** Every error the `yaml` package finds, with its position; else js-yaml's own. */
function locateErrors(error: YAMLException, locator: YamlLocator): YamlProblem[] {
  try {
    const errors = locator.document.errors
    if (errors.length > 0) return errors.map((e) => fromYamlError(e, locator))
  } catch (thrown) {
    if (thrown instanceof RangeError) return [tooDeep(locator)]
    throw thrown
  }
  return [fromJsYamlError(error, locator)]
}

/**
 * Whether walking the value would meet a list or mapping it has already met
 * (an alias of it) more than MAX_ALIASES times. The walk stops there, so it
 * never does the exponential work it guards against.
 */
function expandsTooFar(data: unknown): boolean {
  const seen = new Set<object>()
  let repeats = 0
  const walk = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object') return false
    if (seen.has(value)) repeats++
    else seen.add(value)
    if (repeats > MAX_ALIASES) return true
    for (const child of Object.values(value)) if (walk(child)) return true
    return false
  }
  return walk(data)
}

function fromYamlError(error: YAMLError, locator: YamlLocator): YamlProblem {
  const offset = error.pos[0]
  const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
  const path = locator.pathAt(offset, error.code === 'DUPLICATE_KEY')
  // An unclosed quote is reported where the block ends; the author needs where it opens.
  const unclosedQuote = error.code === 'MISSING_CHAR' && /quote/i.test(reason) && path.length > 0
  return {
    ...(unclosedQuote ? locator.locate(path) : locator.positionOf(offset)),
    field: formatFieldPath(path),
    message: `${reason.replace(/\.$/, '')}: ${hints[error.code] ?? GENERIC_HINT}`,
  }
}

function fromJsYamlError(error: YAMLException, locator: YamlLocator): YamlProblem {
  const mark = error.mark as { line?: number; column?: number; position?: number } | undefined
  const line = locator.firstLine + (mark?.line ?? 0)
  const column = (mark?.column ?? 0) + 1
  let field = 'front-matter'
  try {
    if (mark?.position !== undefined) field = formatFieldPath(locator.pathAt(mark.position))
  } catch {}
  const duplicate = /duplicated mapping key/.test(error.reason)
  const hint = duplicate ? hints.DUPLICATE_KEY : GENERIC_HINT
  return { line, column, field, message: `${error.reason}: ${hint}` }
}

function aliasBomb(locator: YamlLocator): YamlProblem {
  const match = /[&*][^\s,[\]{}]/.exec(locator.source)
  const offset = match ? match.index : 0
  return {
    ...locator.positionOf(offset),
    field: formatFieldPath(locator.pathAt(offset)),
    message: `aliases expand to too many values (more than ${MAX_ALIASES}): write the values out instead of repeating *aliases`,
  }
}

function tooDeep(locator: YamlLocator): YamlProblem {
  return {
    ...locator.start,
    field: 'front-matter',
    message: 'the YAML nests lists or mappings too deeply to be read safely: flatten it',
  }
}
