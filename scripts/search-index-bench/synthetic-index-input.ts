import { groupParagraphs } from '../../src/content/compile/transcript/transcript-paragraphs.ts'
import type { EpisodeToIndex } from '../../src/content/publish/search-index/search-index-files.ts'
import { createEpisode } from '../synthetic/episodes.ts'
import { createRandom, type Random } from '../synthetic/random.ts'
import { createRegistries, type Registries } from '../synthetic/registries.ts'
import { syntheticCues } from '../synthetic/transcripts.ts'

const ONE_HOUR = 3_600

/**
 * Words the synthetic prose lacks: a long tail of rare words (as names and
 * jargon are in real text), a few thousand invented from syllables, a few of
 * them common, most rare. One goes into each description, one of another
 * half into each transcript.
 */
export function longTail(count = 5_000): string[] {
  const random = createRandom(1_901)
  const syllables =
    'zor vak mel tiq bru sen dal pho gri wun lek fay cor nim jud oxa rhe quo tam yel'.split(' ')
  const words = new Set<string>()
  while (words.size < count) {
    words.add(Array.from({ length: random.int(2, 3) }, () => random.pick(syllables)).join(''))
  }
  return [...words]
}

const plainNotes = (markdown: string) =>
  markdown.replace(/\]\([^)]*\)/g, ']').replace(/[#*-] /g, '')

function withTail(random: Random, text: string, tail: readonly string[]): string {
  const sentences = text.split('. ')
  const at = random.int(0, sentences.length - 1)
  sentences[at] = `${sentences[at]} ${random.pickSkewed(tail, 3)}`
  return sentences.join('. ')
}

export interface SyntheticIndexInput {
  registries: Registries
  /** Rare words of descriptions, most frequent first. */
  writtenTail: string[]
  /** Rare words said in transcripts only, most frequent first. */
  spokenTail: string[]
  /** Newest first; one episode in ten of an hour or more has a one-hour transcript. */
  episodes: () => Generator<EpisodeToIndex>
}

/**
 * The synthetic catalog's episodes as the index writer reads them, drawn
 * straight from the generator behind `npm run bench` (same distributions)
 * rather than compiled from files, which would take long at 100,000.
 */
export function syntheticIndexInput(count: number, seed = 1): SyntheticIndexInput {
  const registries = createRegistries(createRandom(seed))
  const tail = longTail()
  const writtenTail = tail.slice(0, tail.length / 2)
  const spokenTail = tail.slice(tail.length / 2)
  const nameOf = (list: ReadonlyArray<{ slug: string; name: string }>) => {
    const names = new Map(list.map(({ slug, name }) => [slug, name]))
    return (slug: string) => ({ name: names.get(slug) ?? slug })
  }
  const person = nameOf(registries.people)
  const technology = nameOf(registries.technologies)
  const show = nameOf(registries.shows)
  function* episodes(): Generator<EpisodeToIndex> {
    const random = createRandom(seed + 1)
    const talk = createRandom(seed + 2)
    const used = new Set<string>()
    let due = false
    for (let ordinal = 0; ordinal < count; ordinal++) {
      const episode = createEpisode(random, count - 1 - ordinal, count, registries, used)
      const guests = episode.guests.map(person)
      due ||= ordinal % 10 === 0
      let transcript: EpisodeToIndex['transcript'] = null
      if (due && episode.duration >= ONE_HOUR) {
        due = false
        const names = ['Host', ...guests.map(({ name }) => name)]
        const cues = syntheticCues(talk, ONE_HOUR, names)
        const paragraphs = groupParagraphs(
          cues,
          (cue) => names.indexOf(cue.speaker ?? ''),
          episode.chapters.map(({ startTime }) => startTime),
        )
        const at = talk.int(0, paragraphs.length - 1)
        transcript = paragraphs.map((paragraph, index) =>
          index === at
            ? { ...paragraph, text: withTail(talk, paragraph.text, spokenTail) }
            : paragraph,
        )
      }
      yield {
        episode: {
          slug: episode.slug,
          title: episode.title,
          publishedAt: episode.publishedAt,
          description: withTail(random, episode.description, writtenTail),
          showNotes: plainNotes(episode.body),
          chapters: episode.chapters,
          guests,
          technologies: episode.technologies.map(technology),
          show: show(episode.show),
        },
        transcript,
      }
    }
  }
  return { registries, writtenTail, spokenTail, episodes }
}
