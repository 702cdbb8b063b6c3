import type { ContentProblem } from '../read/problems.ts'
import { originOf } from '../read/urls.ts'
import { type CompiledEpisode, compileEpisode } from './catalog-index.ts'
import { buildEpisodeDocument } from './episode-document.ts'
import { parseEpisodeFile } from './episode-file.ts'
import type { References } from './references.ts'
import type { TranscriptSetting } from './schema.ts'

/** What every file of a catalog is compiled with. */
export interface FileContext {
  references: References
  audioUrlTemplate: string | undefined
  base: string
}

/**
 * One episode file, compiled on its own: nothing in it depends on another
 * file. Slug and id clashes, and scheduling, are decided afterwards over all
 * the results, in file order.
 */
export interface CompiledFile {
  problems: ContentProblem[]
  /** Null when the file has errors. */
  episode:
    | (CompiledEpisode & {
        id: string
        audioOrigin: string | null
        /** Front-matter `transcript:`, for the transcript stage after the compile. */
        transcript: TranscriptSetting | null
        image: string | null
      })
    | null
}

export function compileFile(bytes: Uint8Array, shown: string, context: FileContext): CompiledFile {
  const { episode, problems } = parseEpisodeFile(bytes, shown)
  if (!episode) return { problems, episode: null }
  const document = buildEpisodeDocument({ ...context, problems }, episode)
  return {
    problems,
    episode: {
      ...compileEpisode(document),
      id: document.id,
      audioOrigin: (document.audioUrl && originOf(document.audioUrl)) || null,
      transcript: episode.data.transcript ?? null,
      image: episode.data.image?.trim() || null,
    },
  }
}
