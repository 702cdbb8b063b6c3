import type { SyntheticEpisode } from './episodes.ts'
import type { Random } from './random.ts'

/**
 * The rates at which the real catalog (321 episodes) raises warnings: 23 episodes
 * with a chapter past their end, 36 whose chapters do not start at 0, 2 unknown
 * technology references.
 */
const PAST_THE_END = 23 / 321
const NOT_FROM_ZERO = 36 / 321
const UNKNOWN_TECHNOLOGY = 2 / 321

/** Makes an episode as imperfect as the real catalog's, at the same rates. */
export function addRealWarnings(random: Random, episode: SyntheticEpisode): void {
  const { chapters } = episode
  const [first, second] = chapters
  if (first && random.chance(PAST_THE_END)) {
    chapters.push({ startTime: episode.duration + random.int(0, 120), title: 'Bonus Outtakes' })
  }
  if (first && random.chance(NOT_FROM_ZERO)) {
    first.startTime = random.int(1, Math.min(30, (second?.startTime ?? episode.duration) - 1))
  }
  if (random.chance(UNKNOWN_TECHNOLOGY)) {
    episode.technologies.push(`retired-tool-${random.int(1, 9)}`)
  }
}
