import {
  type ChapterRow,
  chapterPath,
  type IndexMeta,
  metaPath,
  type PassageRow,
  passagePath,
} from '../../../features/catalog/search/static/index-layout.ts'
import { indexTerms } from '../../../features/catalog/search/static/index-terms.ts'
import type { ChapterDocument, EpisodeDocument, TranscriptParagraph } from '../../documents.ts'
import { type ShardSizes, shardFiles } from './shard-files.ts'
import { type EpisodeField, PostingsTable } from './term-postings.ts'

/** What the index reads of an episode document. */
export type IndexedEpisode = Pick<
  EpisodeDocument,
  'slug' | 'title' | 'publishedAt' | 'description' | 'showNotes'
> & {
  chapters: ReadonlyArray<Pick<ChapterDocument, 'startTime' | 'title'>>
  guests: ReadonlyArray<{ name: string }>
  technologies: ReadonlyArray<{ name: string }>
  show: { name: string } | null
}

export interface EpisodeToIndex {
  episode: IndexedEpisode
  /** Its transcript's paragraphs, or null when it has none. */
  transcript: ReadonlyArray<Pick<TranscriptParagraph, 'start' | 'text'>> | null
}

export type IndexFile = { path: string; bytes: Uint8Array } | { path: string; text: string }

export type IndexLayout = Pick<IndexMeta, 'chapterBlock' | 'passageSize'> & ShardSizes

export const defaultLayout: IndexLayout = {
  chapterBlock: 16,
  passageSize: 32,
  shardBytes: 16_000,
  momentBytes: 12_000,
}

function indexEpisode(
  table: PostingsTable,
  ordinal: number,
  { episode, transcript }: EpisodeToIndex,
) {
  const add = (text: string, field: EpisodeField) => {
    for (const term of indexTerms(text)) table.add(term, ordinal, field)
  }
  add(episode.title, 'prominent')
  for (const guest of episode.guests) add(guest.name, 'prominent')
  for (const chapter of episode.chapters) add(chapter.title, 'chapters')
  for (const technology of episode.technologies) add(technology.name, 'other')
  if (episode.show) add(episode.show.name, 'other')
  add(episode.description, 'other')
  add(episode.showNotes, 'other')
  const passages: PassageRow[] = []
  for (const { start, text } of transcript ?? []) {
    const said = new Set(indexTerms(text).filter((term) => table.saidFirst(term, ordinal)))
    if (said.size === 0) continue
    for (const term of said) table.addSpoken(term, ordinal, passages.length)
    passages.push([start, text])
  }
  return passages
}

function* passageFiles(slug: string, rows: readonly PassageRow[], size: number) {
  for (let chunk = 0; chunk * size < rows.length; chunk++) {
    const text = JSON.stringify(rows.slice(chunk * size, (chunk + 1) * size))
    yield { path: passagePath(slug, chunk), text }
  }
}

/**
 * The static search index of a catalog, as files under `data/search/`:
 * term shards (by a word's first two characters, split further where
 * they grow large) with their moments by blocks of episodes, chapter files by
 * blocks of episodes, and transcript passages (the paragraphs that first say
 * a word, by episode). `episodes` come newest first;
 * each transcript is read once and dropped, so a catalog's transcripts never
 * need to be in memory together. Passage and chapter files come as soon as
 * they are complete; the shards and `meta.json` come last. A result's card
 * is the browse index's (`data/browse/cards/`): the search keeps none of its own.
 */
export function* searchIndexFiles(
  episodes: Iterable<EpisodeToIndex>,
  layout: IndexLayout = defaultLayout,
): Generator<IndexFile> {
  const table = new PostingsTable()
  let chapters: ChapterRow[][] = []
  let count = 0
  for (const entry of episodes) {
    const ordinal = count++
    const { episode } = entry
    const passages = indexEpisode(table, ordinal, entry)
    yield* passageFiles(episode.slug, passages, layout.passageSize)
    chapters.push(episode.chapters.map(({ startTime, title }) => [startTime, title]))
    if (chapters.length === layout.chapterBlock) {
      yield {
        path: chapterPath(Math.floor(ordinal / layout.chapterBlock)),
        text: JSON.stringify(chapters),
      }
      chapters = []
    }
  }
  if (chapters.length > 0) {
    const block = Math.floor((count - 1) / layout.chapterBlock)
    yield { path: chapterPath(block), text: JSON.stringify(chapters) }
  }
  const shards = yield* shardFiles(table.terms, count, layout)
  const { chapterBlock, passageSize } = layout
  const meta: IndexMeta = { episodes: count, chapterBlock, passageSize, shards }
  yield { path: metaPath, text: JSON.stringify(meta) }
}
