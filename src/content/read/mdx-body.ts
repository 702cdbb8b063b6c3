import type { Position } from './yaml/yaml-locator.ts'

export interface MdxNote extends Position {
  message: string
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const IMPORT_EXPORT = /^(?:import|export)\b/
// A JSX element: a capitalised tag, self-closing, or open and closed by the same name.
const JSX_ELEMENT = /<([A-Z][\w.]*)\b[^<>]*?\/>|<([A-Z][\w.]*)\b[^<>]*>[\s\S]*?<\/\2\s*>/g

/**
 * An MDX body read as Markdown: `import`/`export` lines and JSX elements (capitalised
 * tags such as `<Callout>…</Callout>` or `<Foo />`) are left out, each with a note
 * giving its place; fenced code is kept as it is. Nothing of it is ever executed.
 */
export function markdownFromMdx(
  body: string,
  firstLine: number,
): { text: string; notes: MdxNote[] } {
  const notes: MdxNote[] = []
  const lines = body.split('\n')
  let fence: string | null = null
  // Prose segments between code fences, with the line each starts on.
  const kept: string[] = []
  let prose: string[] = []
  let proseLine = firstLine
  const flush = () => {
    if (prose.length > 0) kept.push(withoutJsx(prose.join('\n'), proseLine, notes))
    prose = []
  }
  lines.forEach((line, index) => {
    const lineNumber = firstLine + index
    const marker = FENCE.exec(line)?.[1]
    if (fence) {
      kept.push(line)
      if (marker?.startsWith(fence)) fence = null
      return
    }
    if (marker) {
      flush()
      fence = marker
      kept.push(line)
      return
    }
    if (prose.length === 0) proseLine = lineNumber
    if (IMPORT_EXPORT.test(line)) {
      notes.push({
        line: lineNumber,
        column: 1,
        message: `an MDX ${line.startsWith('import') ? 'import' : 'export'} line was left out: the body is read as Markdown`,
      })
      prose.push('')
      return
    }
    prose.push(line)
  })
  flush()
  return { text: kept.join('\n'), notes }
}

function withoutJsx(text: string, firstLine: number, notes: MdxNote[]): string {
  return text.replace(JSX_ELEMENT, (match, selfClosing: string, opened: string, offset: number) => {
    const before = text.slice(0, offset)
    const line = firstLine + (before.match(/\n/g)?.length ?? 0)
    const column = offset - before.lastIndexOf('\n')
    notes.push({
      line,
      column,
      message: `the JSX element <${selfClosing ?? opened}> was left out: the body is read as Markdown`,
    })
    // Keep the line count, so that later notes stay in place.
    return '\n'.repeat(match.match(/\n/g)?.length ?? 0)
  })
}
