import type { PersonRef, TranscriptSpeaker } from '../../documents.ts'

const key = (text: string) => text.trim().toLowerCase()

export interface MatchedSpeakers {
  speakers: TranscriptSpeaker[]
  /** Speaker as written → its index in `speakers`. */
  indexOf: Map<string, number>
}

/**
 * The transcript's speakers in order of first appearance, each matched to one
 * of the episode's people by name or slug (case-insensitive); a matched
 * speaker takes the person's name. Two spellings of one person are one speaker.
 */
export function matchSpeakers(
  names: Iterable<string | null>,
  people: readonly PersonRef[],
): MatchedSpeakers {
  const byKey = new Map<string, PersonRef>()
  for (const person of people) {
    byKey.set(key(person.slug), person)
    if (!byKey.has(key(person.name))) byKey.set(key(person.name), person)
  }
  const speakers: TranscriptSpeaker[] = []
  const indexOf = new Map<string, number>()
  const bySpeaker = new Map<string, number>()
  for (const name of names) {
    if (name === null || indexOf.has(name)) continue
    const person = byKey.get(key(name)) ?? null
    const identity = person ? `person:${person.slug}` : `name:${key(name)}`
    let index = bySpeaker.get(identity)
    if (index === undefined) {
      index = speakers.push({ name: person?.name ?? name, person }) - 1
      bySpeaker.set(identity, index)
    }
    indexOf.set(name, index)
  }
  return { speakers, indexOf }
}
