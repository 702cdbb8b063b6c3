import { paragraph, sentence, slugify, title } from '../../../../scripts/synthetic/prose.ts'
import type { Random } from '../../../../scripts/synthetic/random.ts'

/**
 * Episode front-matter shaped like the synthetic catalog's, mutated with the
 * YAML and Markdown edge cases where readers tend to disagree. Each block is a
 * list of top-level entries, so an unrelated one can be slipped in between.
 */
export interface EdgeCase {
  entries: string[]
  /** Whether some entry may set the subtitle. */
  hasSubtitle: boolean
  crlf: boolean
  body: string
}

/** White space YAML does not strip (but `\s` does), and some it does. */
const TRAILING = [
  '\u00a0',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  '\u3000',
  '\ufeff',
  '\f',
  '\t',
  ' ',
]
const NUMBER_FORMS = ['1_000', '0b101', '0o17', '-0x1F', '0x1F', '.inf', '-.inf', '.nan', '1e3']
const ODD_KEYS = ['True', 'true', 'TRUE', 'FALSE', 'false', 'Null', 'null', 'NULL', '~', '1', "'1'"]
const MARKDOWN_PIECES = [
  '*emphasis*',
  '**bold**',
  '`code`',
  '[a link](https://example.com/a)',
  '[protocol-relative](//evil.example/x)',
  '//host.example/path',
  '<https://auto.example>',
  'https://bare.example/path',
  'mailto:someone@example.com',
  '[script](javascript:alert(1))',
  '![an image](https://img.example/a.png)',
  '![relative image](//img.example/b.png)',
  '![`coded` alt](https://img.example/c.png)',
  '<b>raw html</b>',
  'AT&amp;T &copy;',
  'kairos.io and README.md',
  '\u0000',
  '\u00a0',
  '\f',
  '\t',
]
const LINE_STARTS = ['', '', '', '# ', '- ', '1. ', '> ', ' \t', '  \t', '   \t', '    ', '\t']

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`

/** A plain scalar, usually as is, sometimes with a character YAML keeps or strips after it. */
function trail(random: Random, text: string): string {
  return random.chance(0.015) ? `${text}${random.pick(TRAILING)}` : text
}

function number(random: Random, value: number): string {
  if (random.chance(0.02)) return random.pick(NUMBER_FORMS)
  if (random.chance(0.01)) return quote(String(value))
  if (random.chance(0.01)) return value.toExponential()
  return trail(random, String(value))
}

export function edgeDescription(random: Random): string {
  const lines: string[] = []
  const count = random.int(1, 6)
  for (let index = 0; index < count; index++) {
    if (random.chance(0.2)) {
      lines.push(random.chance(0.5) ? '' : random.pick(['  ', '\t', '\u00a0']))
      continue
    }
    let line = index > 0 && random.chance(0.2) ? random.pick(LINE_STARTS) : ''
    line += sentence(random)
    if (random.chance(0.5)) line += ` ${random.pick(MARKDOWN_PIECES)} ${sentence(random)}`
    if (random.chance(0.15)) line += random.pick(TRAILING)
    if (random.chance(0.05)) line += '  '
    lines.push(line)
  }
  return lines.join('\n')
}

/** A description as a literal block, a double-quoted string with escapes, or plain text. */
function descriptionEntry(random: Random, text: string): string {
  // Control characters can only be written escaped: raw, they make the whole file unreadable.
  const control = /[\0\f]/.test(text)
  if (random.chance(control ? 0.95 : 0.4)) return `description: ${JSON.stringify(text)}`
  if (random.chance(0.1)) return `description: ${trail(random, sentence(random))}`
  const block = text
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`))
    .join('\n')
  return `description: ${random.pick(['|', '|-', '|+', '>'])}\n${block}`
}

function list(random: Random, key: string, items: string[], alias: string | null): string {
  const written = items.map((item) => trail(random, item))
  if (random.chance(0.05)) written.push('# only a comment')
  if (alias && random.chance(0.5)) written.push(`*${alias}`)
  if (random.chance(0.3)) return `${key}: [${written.filter((i) => !i.startsWith('#')).join(', ')}]`
  if (written.length === 0) return `${key}: []`
  return `${key}:\n${written.map((item) => `  - ${item}`).join('\n')}`
}

export function edgeCase(random: Random, index: number): EdgeCase {
  const episodeTitle = title(random, random.int(2, 6))
  const slug = `${slugify(episodeTitle)}-${index}`
  const duration = random.int(600, 9000)
  const anchor = random.chance(0.1) ? 'shared' : null
  const entries = [
    `id: ${trail(random, `ep${index.toString(36)}`)}`,
    `slug: ${trail(random, slug)}`,
    `title: ${random.chance(0.5) ? quote(episodeTitle) : trail(random, episodeTitle)}`,
    descriptionEntry(random, edgeDescription(random)),
    `publishedAt: ${trail(random, new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString())}`,
    `duration: ${number(random, duration)}`,
  ]
  let hasSubtitle = false
  if (random.chance(0.3)) {
    hasSubtitle = true
    const words = paragraph(random, 1)
    entries.push(
      `subtitle: ${random.chance(0.1) ? `*${words}*` : random.pick([quote(`*${words}*`), JSON.stringify(`${words}\t`), trail(random, words)])}`,
    )
  }
  if (random.chance(0.7)) entries.push(`audioFileSize: ${number(random, duration * 24_000)}`)
  if (random.chance(0.8))
    entries.push(
      `type: ${random.chance(0.95) ? random.pick(['recorded', 'live']) : random.pick(['Live', 'true'])}`,
    )
  if (random.chance(0.8))
    entries.push(`category: ${trail(random, random.pick(['tutorial', 'review']))}`)
  entries.push(`show: ${anchor ? `&${anchor} ` : ''}${trail(random, 'byte-sized')}`)
  const slugs = () => Array.from({ length: random.int(0, 3) }, () => slugify(title(random, 2)))
  entries.push(list(random, 'guests', slugs(), anchor), list(random, 'technologies', slugs(), null))
  const chapters = random.int(0, 4)
  if (chapters > 0) {
    const lines = ['chapters:']
    for (let chapter = 0; chapter < chapters; chapter++) {
      const start = chapter === 0 ? 0 : Math.floor((duration * chapter) / chapters)
      lines.push(`  - startTime: ${number(random, start)}`, `    title: ${quote(title(random, 3))}`)
    }
    entries.push(lines.join('\n'))
  }
  for (let odd = random.chance(0.1) ? random.int(1, 2) : 0; odd > 0; odd--) {
    entries.push(`${random.pick(ODD_KEYS)}: ${sentence(random)}`)
  }
  // Shuffle the order of the entries, as authors write them in any order.
  for (let at = entries.length - 1; at > 0; at--) {
    const other = random.int(0, at)
    ;[entries[at], entries[other]] = [entries[other] ?? '', entries[at] ?? '']
  }
  const body = random.chance(0.3) ? edgeDescription(random) : ''
  return { entries, hasSubtitle, crlf: random.chance(0.1), body }
}

/** Fields no episode reads: adding one must change nothing else. */
export const UNRELATED = [
  'unrelatedExtra: &unrelated 1',
  "unrelatedNote: '*x*'",
  'unrelatedPair: [&unrelatedPair 1, *unrelatedPair]',
  'unrelatedList:\n  - # a comment\n  - text',
]

/** The YAML of a case, and the whole file around it. */
export function caseText(edge: EdgeCase, entries = edge.entries): { yaml: string; file: string } {
  const newline = edge.crlf ? '\r\n' : '\n'
  const yaml = `${entries.join('\n')}\n`.replaceAll('\n', newline)
  return { yaml, file: `---${newline}${yaml}---${newline}${edge.body}` }
}
