import { CORE_SCHEMA, load, YAMLException } from 'js-yaml'
import type { YAMLError } from 'yaml'
import { exceedsNesting } from './nesting-depth.ts'
import { parsePlainYaml } from './plain-yaml.ts'
import { formatFieldPath, type Position, YamlLocator } from './yaml-locator.ts'

export interface YamlProblem extends Position {
  field: string
  message: string
}

export type ParsedYaml =
  | { ok: true; data: unknown; locator: YamlLocator }
  | { ok: false; problems: YamlProblem[] }

// Anchors (&a) and aliases (*a) can expand exponentially ("billion laughs"); only
// the `yaml` package can cap that, so such blocks skip the fast parser.
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,[\]{}]/
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
 * Parses front-matter YAML (YAML 1.2 core: dates stay strings, duplicate keys
 * fail). Fastest path, for the plain blocks most files have: a line reader.
 * Fast path: js-yaml. Slow path, for broken blocks and blocks with aliases:
 * the `yaml` package, which lists every error with its position.
 */
export function parseYaml(source: string, firstLine: number): ParsedYaml {
  const locator = new YamlLocator(source, firstLine)
  if (exceedsNesting(source)) return { ok: false, problems: [tooDeep(locator)] }
  const plain = parsePlainYaml(source)
  if (plain) return { ok: true, data: plain, locator }
  let fastError: unknown
  if (!ANCHOR_OR_ALIAS.test(source)) {
    try {
      return { ok: true, data: load(source, { schema: CORE_SCHEMA }), locator }
    } catch (error) {
      fastError = error
    }
  }
  try {
    const { document } = locator
    const errors = document.errors
    if (errors.length > 0)
      return { ok: false, problems: errors.map((e) => fromYamlError(e, locator)) }
    if (fastError instanceof YAMLException) {
      return { ok: false, problems: [fromJsYamlError(fastError, locator)] }
    }
    if (fastError) throw fastError
    try {
      return { ok: true, data: document.toJS({ maxAliasCount: MAX_ALIASES }), locator }
    } catch (error) {
      if (error instanceof ReferenceError) return { ok: false, problems: [aliasBomb(locator)] }
      throw error
    }
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, problems: [tooDeep(locator)] }
    throw error
  }
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
  return { line, column, field, message: `${error.reason}: ${GENERIC_HINT}` }
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
