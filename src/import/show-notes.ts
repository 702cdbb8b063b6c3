import TurndownService from 'turndown'

const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '*',
})
// Scripts, styles and embeds are not show notes: dropped with their content.
turndown.remove(['script', 'style', 'iframe', 'object', 'embed', 'noscript'])

const hasMarkup = (text: string) => /<[a-z][^>]*>|&[a-z#0-9]+;/i.test(text)

/** HTML show notes (or plain text) as Markdown; plain text keeps its line breaks. */
export function notesToMarkdown(html: string | undefined): string {
  const text = html?.trim() ?? ''
  if (!text) return ''
  return hasMarkup(text) ? turndown.turndown(text).trim() : text
}
