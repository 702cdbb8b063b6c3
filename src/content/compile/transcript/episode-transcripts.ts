import { join, resolve } from 'node:path'
import type { EpisodeDocument, EpisodeTranscriptRef, PersonRef } from '../../documents.ts'
import { displayPath } from '../../read/display-path.ts'
import { eachLimited } from '../../read/each-limited.ts'
import type { ContentProblem } from '../../read/problems.ts'
import { type LoadOptions, loadTranscript } from '../../read/transcript/load-transcript.ts'
import { parseTranscript } from '../../read/transcript/parse-transcript.ts'
import { TRANSCRIPT_CACHE } from '../../read/transcript/transcript-cache.ts'
import type { TranscriptNote } from '../../read/transcript/transcript-cue.ts'
import {
  type SourceInput,
  type TranscriptSource,
  transcriptSources,
} from '../../read/transcript/transcript-sources.ts'
import { withBase } from '../../read/urls.ts'
import { locateInYamlFile } from '../../read/yaml/locate-in-yaml-file.ts'
import { locateInFile } from '../duplicates.ts'
import { inMemoryShelf, type KeptText, type TextShelf } from '../text-shelf.ts'
import { orderCues } from './transcript-cues.ts'
import { compileTranscript } from './transcript-document.ts'
import { transcriptJson } from './transcript-json-file.ts'
import { transcriptVtt } from './transcript-vtt-file.ts'

export interface TranscriptEpisode extends SourceInput {
  /** How problems name the episode file. */
  shown: string
  /** Read only for episodes that have a transcript. */
  document: () => Pick<EpisodeDocument, 'slug' | 'duration' | 'chapters' | 'guests'>
  hosts: readonly PersonRef[]
}

export interface TranscriptOptions {
  catalogDir: string
  siteFile: string
  language: string
  base: string
  /** Fetch remote transcripts (default: unless TRANSCRIPTS_FETCH=0). */
  fetch?: boolean
  timeoutMs?: number
  /** Transcripts read at a time. */
  concurrency?: number
  /** Where the built documents and files wait until they are written (default: in memory). */
  shelf?: TextShelf
}

export interface EpisodeTranscript {
  ref: EpisodeTranscriptRef
  /** `transcripts/<slug>.json` under `data/`, as JSON. */
  document: KeptText
  /** Paths under the site's root, and their texts. */
  files: Array<{ path: string; content: KeptText }>
}

export interface BuiltTranscripts {
  bySlug: Map<string, EpisodeTranscript>
  problems: ContentProblem[]
}

/** Where a problem with a source is reported: its own file and line, else the field naming it. */
function locate(
  episode: TranscriptEpisode,
  source: TranscriptSource,
  options: TranscriptOptions,
  message: string,
  note?: TranscriptNote,
): ContentProblem {
  const problem = { severity: 'warning' as const, code: 'transcript' }
  if (source.kind === 'file') {
    const at = note
      ? { line: note.line, column: 1 }
      : source.field
        ? locateInFile(episode.path, 'transcript')
        : { line: 1, column: 1 }
    const file = note || !source.field ? displayPath(source.path) : episode.shown
    return { ...problem, file, ...at, field: source.field ?? '(transcript)', message }
  }
  const where = note ? ` (line ${note.line} of ${source.url})` : ` (${source.url})`
  if (source.field) {
    const at = locateInFile(episode.path, 'transcript')
    return {
      ...problem,
      file: episode.shown,
      ...at,
      field: source.field,
      message: `${message}${where}`,
    }
  }
  return {
    ...problem,
    file: options.siteFile,
    ...locateInYamlFile(resolve(options.siteFile), ['transcriptUrlTemplate']),
    field: 'transcriptUrlTemplate',
    message: `${episode.slug}: ${message}${where}`,
  }
}

async function buildOne(
  episode: TranscriptEpisode,
  options: TranscriptOptions,
  load: LoadOptions,
  problems: ContentProblem[],
): Promise<EpisodeTranscript | null> {
  const sources = transcriptSources(episode)
  if (sources.length === 0) return null
  const document = episode.document()
  for (const source of sources) {
    const loaded = await loadTranscript(source, load)
    if ('error' in loaded) {
      problems.push(
        locate(
          episode,
          source,
          options,
          `the transcript cannot be read: ${loaded.error}; the episode is published without it`,
        ),
      )
      continue
    }
    const parsed = await parseTranscript(loaded.text, loaded.format)
    const usable = parsed.cues.length > 0
    for (const note of parsed.notes) {
      const outcome = usable ? '' : '; the episode is published without a transcript from it'
      problems.push(locate(episode, source, options, `${note.message}${outcome}`, note))
    }
    if (!usable) continue
    const { duration, chapters, guests, slug } = document
    const ordered = orderCues(parsed.cues, duration)
    if (ordered.pastEnd > 0) {
      const message = `${ordered.pastEnd} cue(s) start after the episode's end (${duration} s) and were left out: check the duration or the transcript`
      problems.push(locate(episode, source, options, message))
    }
    const language = source.language ?? options.language
    const compiled = compileTranscript({
      slug,
      language,
      cues: ordered.cues,
      chapters,
      people: [...episode.hosts, ...guests],
    })
    const folder = `episodes/${slug}`
    const shelf = options.shelf ?? inMemoryShelf
    const files = [
      { path: `${folder}/transcript.vtt`, content: shelf.keep(transcriptVtt(compiled.cues)) },
      { path: `${folder}/transcript.json`, content: shelf.keep(transcriptJson(compiled.cues)) },
    ]
    return {
      ref: {
        document: withBase(`/data/transcripts/${slug}.json`, options.base),
        files: [
          { url: withBase(`/${folder}/transcript.vtt`, options.base), type: 'text/vtt', language },
          {
            url: withBase(`/${folder}/transcript.json`, options.base),
            type: 'application/json',
            language,
          },
        ],
        words: compiled.words,
      },
      document: shelf.keep(JSON.stringify(compiled.document)),
      files,
    }
  }
  return null
}

/**
 * Every episode's transcript, from the first of its sources that can be read
 * (a file beside it, its front-matter, site.yaml's template), a few at a time.
 * A source that cannot be read is a warning and the next one is tried.
 */
export async function buildTranscripts(
  episodes: readonly TranscriptEpisode[],
  options: TranscriptOptions,
): Promise<BuiltTranscripts> {
  const load: LoadOptions = {
    cacheDir: join(options.catalogDir, TRANSCRIPT_CACHE),
    fetch: options.fetch ?? process.env.TRANSCRIPTS_FETCH !== '0',
    timeoutMs: options.timeoutMs ?? 5000,
  }
  const bySlug = new Map<string, EpisodeTranscript>()
  const problems: ContentProblem[] = []
  await eachLimited(episodes, options.concurrency ?? 4, async (episode) => {
    const built = await buildOne(episode, options, load, problems)
    if (built) bySlug.set(episode.slug, built)
  })
  return { bySlug, problems }
}
