import MarkdownIt from 'markdown-it'

// Characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF)
// and the C1 controls, which it allows but no reader wants.
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text without the characters that would make a feed unreadable. */
export const cleanText = (text: string): string => text.replace(FORBIDDEN, '')

/** Clean text on one line: titles and names never carry line breaks into a feed. */
export const oneLine = (text: string): string => cleanText(text).replace(/\s+/g, ' ').trim()

const { escapeHtml } = new MarkdownIt().utils
const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

/** Ends of top-level blocks in the Markdown renderer's HTML, where the text may be cut. */
function blockEnds(html: string): number[] {
  const ends: number[] = []
  let depth = 0
  const tags = /<(\/?)(ul|ol|blockquote)\b[^>]*>|<\/(?:p|h[1-6]|pre|ul|ol|blockquote)>\n/g
  for (const match of html.matchAll(tags)) {
    if (match[2]) depth += match[1] ? -1 : 1
    const end = match.index + match[0].length
    if (depth === 0 && match[0].endsWith('\n')) ends.push(end)
  }
  return ends
}

/**
 * An episode description for a feed: at most `maxBytes` of UTF-8 (Apple reads
 * 4,000), cut after the last whole paragraph that fits; when not even the first
 * one does, the plain text cut at the last whole word, with an ellipsis.
 */
export function cutDescription(html: string, text: string, maxBytes = 4000): string {
  const clean = cleanText(html).trim()
  if (bytes(clean) <= maxBytes) return clean
  const fitting = blockEnds(clean).filter((end) => bytes(clean.slice(0, end)) <= maxBytes)
  const last = fitting.at(-1)
  if (last !== undefined) return clean.slice(0, last).trim()
  let cut = oneLine(text)
  while (cut.length > 0 && bytes(escapeHtml(`${cut}…`)) > maxBytes) {
    const space = cut.lastIndexOf(' ', Math.min(cut.length - 1, Math.floor(maxBytes * 0.9)))
    cut = space > 0 ? cut.slice(0, space) : cut.slice(0, Math.floor(cut.length / 2))
  }
  return escapeHtml(`${cut.replace(/[\s,;:.]+$/, '')}…`)
}
