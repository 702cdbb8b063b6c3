import MarkdownIt from 'markdown-it'
import type { StateCore, Token } from 'markdown-it/index.js'

export interface RenderedMarkdown {
  html: string
  text: string
}

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i
const REL = 'nofollow noopener noreferrer'

// Raw HTML is escaped (html: false); everything else is decided token by token below.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false })
// Bare domains stay text: "README.md" or "kairos.io" in prose are names more often than links.
md.linkify.set({ fuzzyLink: false })

/**
 * Whether linkify could find anything: every link it knows has a scheme with
 * ":" or starts with "//", and an e-mail address has "@" ("&" too, should an
 * entity such as `&#58;` ever count). Most descriptions have none, and then
 * linkify's scan of every text token is skipped: the output is the same.
 */
const MAY_LINKIFY = /[:@&]|\/\//

/** Links to anything but http(s) and mailto lose their link and keep their text. */
function guardLinks(state: StateCore): void {
  for (const block of state.tokens) {
    const children = block.children
    if (!children) continue
    const open: Token[] = []
    for (const token of children) {
      if (token.type === 'link_open') {
        open.push(token)
        if (SAFE_URL.test(token.attrGet('href') ?? '')) token.attrSet('rel', REL)
        else token.hidden = true
      } else if (token.type === 'link_close') {
        const opener = open.pop()
        if (opener?.hidden) token.hidden = true
      }
    }
  }
}
md.core.ruler.push('guard_links', guardLinks)
// Let every link through the parser so that guardLinks can keep the text of a refused one.
md.validateLink = () => true

const escapeHtml = md.utils.escapeHtml

// Images would load third-party content (and break the CSP): show a link to them instead.
md.renderer.rules.image = (tokens, index, options, env, renderer) => {
  const token = tokens[index]
  if (!token) return ''
  const src = token.attrGet('src') ?? ''
  // The alt text markdown-it itself would write.
  const alt = renderer.renderInlineAsText(token.children ?? [], options, env)
  const label = escapeHtml(alt || src)
  return SAFE_URL.test(src) ? `<a href="${escapeHtml(src)}" rel="${REL}">${label}</a>` : label
}

function plainInline(tokens: readonly Token[]): string {
  let text = ''
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') text += token.content
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n'
    else if (token.type === 'image') text += token.children ? plainInline(token.children) : ''
  }
  return text
}

function plainText(tokens: readonly Token[]): string {
  const parts: string[] = []
  for (const token of tokens) {
    if (token.type === 'inline') parts.push(plainInline(token.children ?? []))
    else if (token.type === 'fence' || token.type === 'code_block') parts.push(`${token.content}\n`)
    else if (token.type === 'paragraph_close' || token.type === 'heading_close') {
      parts.push(token.hidden ? '\n' : '\n\n')
    }
  }
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Renders Markdown with markdown-it to HTML that is safe to inject, and to plain text. */
export function renderMarkdown(source: string): RenderedMarkdown {
  const env = {}
  md.options.linkify = MAY_LINKIFY.test(source)
  const tokens = md.parse(source, env)
  return { html: md.renderer.render(tokens, md.options, env), text: plainText(tokens) }
}

/** What `\s` matches, by character code: the excerpt scans one character at a time. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Punctuation an excerpt should not end on, before its ellipsis. */
const TRAILING = new Set([...',;:.!?-'].map((character) => character.charCodeAt(0)))

/**
 * The first words of a text, whitespace collapsed, cut at a word boundary
 * near `max`. Reads only as far as it needs: it runs once per episode.
 */
export function excerpt(text: string, max = 140): string {
  let flat = ''
  let at = 0
  while (at < text.length && flat.length <= max) {
    const gap = at
    while (at < text.length && isSpace(text.charCodeAt(at))) at++
    if (at === text.length) break
    if (flat !== '' && at > gap) flat += ' '
    const word = at
    while (at < text.length && at - word <= max && !isSpace(text.charCodeAt(at))) at++
    flat += text.slice(word, at)
  }
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  let end = space > max * 0.6 ? space : max
  while (end > 0) {
    const code = cut.charCodeAt(end - 1)
    if (!isSpace(code) && !TRAILING.has(code)) break
    end--
  }
  return `${cut.slice(0, end)}…`
}
