import type { Chapter } from '../content/compile/schema.ts'
import { jsonChapters } from './chapter-times.ts'
import type { EpisodeDraft } from './episode-entry.ts'
import { failureReason, fetchText } from './load-source.ts'

const AT_ONCE = 4

async function fetchChapters(draft: EpisodeDraft, url: string): Promise<void> {
  let chapters: Chapter[]
  try {
    chapters = jsonChapters(await fetchText(url))
  } catch (error) {
    const kept = draft.fields.chapters ? 'kept its Podlove chapters' : 'imported without chapters'
    draft.notes.push(
      `has a chapters file that could not be read (${url}: ${failureReason(error)}): ${kept}; import again once it can be fetched`,
    )
    return
  }
  if (chapters.length > 0) draft.fields.chapters = chapters
}

/** Fetches each item's `podcast:chapters` JSON, a few at a time; they win over Podlove chapters. */
export async function addRemoteChapters(drafts: readonly EpisodeDraft[]): Promise<void> {
  const queue = drafts.filter((draft) => draft.chaptersUrl)
  const worker = async () => {
    for (let draft = queue.shift(); draft; draft = queue.shift()) {
      if (draft.chaptersUrl) await fetchChapters(draft, draft.chaptersUrl)
    }
  }
  await Promise.all(Array.from({ length: AT_ONCE }, worker))
}
