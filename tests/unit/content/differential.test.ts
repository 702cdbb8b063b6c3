import { CORE_SCHEMA, load } from 'js-yaml'
import MarkdownIt from 'markdown-it'
import { beforeAll, describe, expect, it } from 'vitest'
import { createRandom } from '../../../scripts/synthetic/random.ts'
import { compileFile, type FileContext } from '../../../src/content/compile/compile-file.ts'
import { normalizeDate } from '../../../src/content/compile/episode-document.ts'
import { renderMarkdown } from '../../../src/content/compile/markdown.ts'
import { References } from '../../../src/content/compile/references.ts'
import { loadRegistries } from '../../../src/content/compile/registries.ts'
import { episodeSchema } from '../../../src/content/compile/schema.ts'
import type { EpisodeDocument } from '../../../src/content/documents.ts'
import { slugify } from '../../../src/content/read/slugs.ts'
import {
  caseText,
  type EdgeCase,
  edgeCase,
  edgeDescription,
  UNRELATED,
} from './support/edge-front-matter.ts'
import { writeCatalog } from './support/temp-catalog.ts'

/**
 * The compiler against the libraries it stands on: what js-yaml's core schema
 * and markdown-it give for the same text, field by field, on generated
 * episodes full of edge cases; and adding a field no episode reads changes
 * nothing else.
 */
const CASES = 20_000
const encoder = new TextEncoder()

/** markdown-it as the README describes it, written here independently of the compiler. */
const reference = new MarkdownIt({ html: false, linkify: true, typographer: false })
reference.linkify.set({ fuzzyLink: false })
reference.validateLink = () => true
const REL = 'nofollow noopener noreferrer'
const isSafe = (url: string) => /^(?:https?:\/\/|mailto:)/i.test(url)
const rules = reference.renderer.rules
rules.link_open = (tokens, index, options, env: { refused?: boolean[] }, renderer) => {
  const token = tokens[index]
  const safe = isSafe(token?.attrGet('href') ?? '')
  env.refused = [...(env.refused ?? []), !safe]
  if (!safe || !token) return ''
  token.attrSet('rel', REL)
  return renderer.renderToken(tokens, index, options)
}
rules.link_close = (tokens, index, options, env: { refused?: boolean[] }, renderer) =>
  env.refused?.pop() ? '' : renderer.renderToken(tokens, index, options)
rules.image = (tokens, index, options, env, renderer) => {
  const src = tokens[index]?.attrGet('src') ?? ''
  const alt = renderer.renderInlineAsText(tokens[index]?.children ?? [], options, env)
  const label = reference.utils.escapeHtml(alt || src)
  return isSafe(src)
    ? `<a href="${reference.utils.escapeHtml(src)}" rel="${REL}">${label}</a>`
    : label
}

type Raw = Record<string, unknown>
const optional = new Set(['subtitle', 'audioFileSize', 'type', 'category', 'show', 'audioUrl'])
const optionalOrDefault = new Set([...optional, 'guests', 'technologies', 'chapters'])

/** The verdict and the values js-yaml gives; the schema (the one source of truth) says ok or not. */
function expected(yaml: string, file: string): Raw | null {
  // A NUL byte makes a file binary before any YAML is read.
  if (file.includes('\0')) return null
  let raw: unknown
  try {
    raw = load(yaml, { schema: CORE_SCHEMA })
  } catch {
    return null
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null
  const present = Object.entries(raw).filter(([k, v]) => v !== null || !optionalOrDefault.has(k))
  return episodeSchema.safeParse(Object.fromEntries(present)).success ? (raw as Raw) : null
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const list = (value: unknown) => (Array.isArray(value) ? value : [])

/** The document fields that come straight from front-matter values. */
function fieldsOf(document: EpisodeDocument) {
  return {
    id: document.id,
    slug: document.slug,
    title: document.title,
    subtitle: document.subtitle,
    descriptionHtml: document.descriptionHtml,
    publishedAt: document.publishedAt,
    duration: document.duration,
    audioFileSize: document.audioFileSize,
    type: document.type,
    category: document.category,
    show: document.show?.slug ?? null,
    guests: document.guests.map((guest) => guest.slug),
    technologies: document.technologies.map((technology) => technology.slug),
    chapters: document.chapters.map((chapter) => [chapter.startTime, chapter.title]),
  }
}

function expectedFields(raw: Raw): ReturnType<typeof fieldsOf> {
  const duration = raw.duration as number
  const chapters = list(raw.chapters)
    .map((chapter: Raw) => [chapter.startTime as number, text(chapter.title).trim()] as const)
    .sort((a, b) => a[0] - b[0])
    .filter(([start]) => start < duration)
  return {
    id: text(raw.id).trim(),
    slug: text(raw.slug),
    title: text(raw.title).trim(),
    subtitle: text(raw.subtitle).trim() || null,
    descriptionHtml: reference.render(text(raw.description)),
    publishedAt: normalizeDate(text(raw.publishedAt)),
    duration,
    audioFileSize: (raw.audioFileSize as number | null | undefined) ?? null,
    type: (raw.type as EpisodeDocument['type'] | undefined) ?? null,
    category: (raw.category as EpisodeDocument['category'] | undefined) ?? null,
    // References match registry keys after the same normalisation as the keys.
    show: typeof raw.show === 'string' ? slugify(raw.show) : null,
    guests: list(raw.guests).map(slugify),
    technologies: list(raw.technologies).map(slugify),
    chapters: chapters.map(([start, title]) => [start, title]),
  }
}

let context: FileContext
beforeAll(async () => {
  const references = new References(await loadRegistries(writeCatalog({})))
  context = { references, audioUrlTemplate: '/audio/{slug}.mp3', base: '/' }
})

function compile(file: string) {
  const { episode } = compileFile(encoder.encode(file), 'episode.md', context)
  return episode ? fieldsOf(JSON.parse(episode.json) as EpisodeDocument) : null
}

describe('the compiler against js-yaml and markdown-it', () => {
  it(`reads ${CASES} generated episodes as the libraries do, whatever else they hold`, () => {
    const random = createRandom(20_260_101)
    const verdicts = { ok: 0, error: 0 }
    const mismatches: string[] = []
    for (let index = 0; index < CASES && mismatches.length < 5; index++) {
      const edge: EdgeCase = edgeCase(random, index)
      const { yaml, file } = caseText(edge)
      const raw = expected(yaml, file)
      const built = compile(file)
      verdicts[built ? 'ok' : 'error']++
      const want = raw && expectedFields(raw)
      if (JSON.stringify(built) !== JSON.stringify(want)) {
        mismatches.push(
          `${JSON.stringify(file)}\n  built ${JSON.stringify(built)}\n  want  ${JSON.stringify(want)}`,
        )
        continue
      }
      // An unrelated field, anywhere among the others, changes no value and no verdict
      // (checked on every fourth case, to keep the run short).
      if (index % 4 !== 0) continue
      const extra =
        !edge.hasSubtitle && random.chance(0.3) ? "subtitle: '*x*'" : random.pick(UNRELATED)
      const entries = edge.entries.toSpliced(random.int(0, edge.entries.length), 0, extra)
      const widened = compile(caseText(edge, entries).file)
      const same = built && extra.startsWith('subtitle') ? { ...built, subtitle: '*x*' } : built
      if (JSON.stringify(widened) !== JSON.stringify(same)) {
        mismatches.push(
          `adding ${JSON.stringify(extra)} to ${JSON.stringify(file)}\n  gave ${JSON.stringify(widened)}`,
        )
      }
    }
    expect(mismatches).toEqual([])
    // Both verdicts are exercised in earnest.
    expect(verdicts.ok).toBeGreaterThan(CASES * 0.4)
    expect(verdicts.error).toBeGreaterThan(CASES * 0.1)
  }, 300_000)

  it(`renders ${CASES} generated descriptions as markdown-it does`, () => {
    const random = createRandom(20_260_102)
    const mismatches: string[] = []
    for (let index = 0; index < CASES && mismatches.length < 5; index++) {
      const description = edgeDescription(random)
      const html = renderMarkdown(description).html
      if (html !== reference.render(description)) mismatches.push(JSON.stringify(description))
    }
    expect(mismatches).toEqual([])
  }, 300_000)
})
