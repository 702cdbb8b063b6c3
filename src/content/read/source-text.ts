/** An episode file cut into its YAML front-matter and its Markdown body. */
export interface EpisodeSource {
  yaml: string
  /** Line of the file on which the YAML starts (2, right after the opening `---`). */
  yamlLine: number
  body: string
}

export interface SourceFailure {
  reason: 'empty' | 'binary' | 'front-matter'
  line: number
  column: number
  message: string
}

const FRONT_MATTER_HINT = 'an episode file starts with a line "---", then YAML fields, then "---"'
const decoder = new TextDecoder('utf-8', { fatal: true })
const lenientDecoder = new TextDecoder('utf-8')

/** Position (1-based) of a character offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/** Decodes UTF-8 (dropping a BOM); empty, binary and non-UTF-8 files fail with a position. */
export function decodeSource(bytes: Uint8Array): { text: string } | SourceFailure {
  const empty: SourceFailure = {
    reason: 'empty',
    line: 1,
    column: 1,
    message: `the file is empty: ${FRONT_MATTER_HINT}`,
  }
  if (bytes.length === 0) return empty
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    const before = lenientDecoder.decode(bytes.subarray(0, nul))
    return {
      reason: 'binary',
      ...positionAt(before, before.length),
      message:
        'the file contains binary data (a NUL byte): save it as UTF-8 text, or move it out of the episodes folder',
    }
  }
  try {
    const text = decoder.decode(bytes)
    return /\S/.test(text) ? { text } : empty
  } catch {
    const text = lenientDecoder.decode(bytes)
    return {
      reason: 'binary',
      ...positionAt(text, Math.max(0, text.indexOf('\uFFFD'))),
      message: 'the file is not valid UTF-8 text: save it with UTF-8 encoding',
    }
  }
}

const OPENING = /^---[ \t]*(?:\r?\n|$)/
const CLOSING = /\n(?:---|\.\.\.)[ \t]*\r?(?:\n|$)/

/** Splits `---` front-matter from the Markdown body. */
export function splitFrontMatter(text: string): EpisodeSource | SourceFailure {
  const opening = OPENING.exec(text)
  if (!opening) {
    return {
      reason: 'front-matter',
      line: 1,
      column: 1,
      message: `no front-matter found: ${FRONT_MATTER_HINT}`,
    }
  }
  const start = opening[0].length
  // The closing line may follow the opening one directly (empty front-matter).
  const rest = text.slice(start - 1)
  const closing = start > 0 && text[start - 1] === '\n' ? CLOSING.exec(rest) : null
  if (!closing) {
    return {
      reason: 'front-matter',
      line: 1,
      column: 1,
      message:
        'the front-matter that starts here is never closed: add a line "---" after its last field',
    }
  }
  const yamlEnd = start - 1 + closing.index + 1
  return {
    yaml: text.slice(start, Math.max(start, yamlEnd)),
    yamlLine: 2,
    body: text.slice(start - 1 + closing.index + closing[0].length),
  }
}
