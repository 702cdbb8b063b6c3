import { existsSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { resolveAudioUrl } from '../urls.ts'
import { formatOf } from './parse-transcript.ts'
import type { TranscriptFormat } from './transcript-cue.ts'

/** Where a transcript may come from, in the order they are tried. */
export type TranscriptSource =
  | {
      kind: 'file'
      path: string
      format: TranscriptFormat | null
      language: string | null
      /** `transcript` (front-matter) or null for a file found beside the episode. */
      field: string | null
    }
  | {
      kind: 'url'
      url: string
      format: TranscriptFormat | null
      language: string | null
      /** The front-matter field, or null for site.yaml's template. */
      field: string | null
    }

/** `my-episode.md` → `my-episode.vtt|srt|transcript.json`; `<slug>/index.md` → `transcript.vtt|srt|json`. */
export function besideCandidates(episodePath: string): string[] {
  const folder = dirname(episodePath)
  const name = basename(episodePath).replace(/\.mdx?$/i, '')
  if (name === 'index')
    return ['vtt', 'srt', 'json'].map((ext) => join(folder, `transcript.${ext}`))
  return ['vtt', 'srt', 'transcript.json'].map((ext) => join(folder, `${name}.${ext}`))
}

/**
 * An episode's `transcript` field as validated: one location, or a list of them
 * with their type and language (the episode schema's transcript setting).
 */
export type TranscriptSetting =
  | string
  | ReadonlyArray<{ url: string; type?: string | undefined; language?: string | undefined }>

export interface SourceInput {
  /** The episode file, absolute. */
  path: string
  id: string
  slug: string
  show: string | null
  setting: TranscriptSetting | null
  template: string | undefined
}

/** The sources to try for an episode: the first file beside it, its front-matter's, the template's. */
export function transcriptSources(input: SourceInput): TranscriptSource[] {
  const sources: TranscriptSource[] = []
  const beside = besideCandidates(input.path).find((candidate) => existsSync(candidate))
  if (beside) {
    sources.push({
      kind: 'file',
      path: beside,
      format: formatOf(beside),
      language: null,
      field: null,
    })
  }
  const { setting } = input
  const entries = typeof setting === 'string' ? [{ url: setting }] : (setting ?? [])
  entries.forEach((entry, index) => {
    const field = typeof setting === 'string' ? 'transcript' : `transcript[${index}].url`
    const format = formatOf(entry.url, 'type' in entry ? entry.type : null)
    const language = ('language' in entry && entry.language) || null
    if (/^https?:\/\//i.test(entry.url)) {
      sources.push({ kind: 'url', url: entry.url, format, language, field })
    } else {
      const path = resolve(dirname(input.path), entry.url)
      sources.push({ kind: 'file', path, format, language, field })
    }
  })
  if (input.template) {
    const url = resolveAudioUrl(
      { id: input.id, slug: input.slug, show: input.show ?? undefined },
      input.template,
      '/',
    )
    if (url) sources.push({ kind: 'url', url, format: formatOf(url), language: null, field: null })
  }
  return sources
}
