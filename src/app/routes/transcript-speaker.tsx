import { Link } from 'wouter'
import type { TranscriptSpeaker } from '../../content/documents.ts'
import { PersonAvatar } from '../../features/catalog/components/person-avatar.tsx'

/** A speaker on the episode page: a matched host or guest with avatar and a link to their page. */
export function renderTranscriptSpeaker({ name, person }: TranscriptSpeaker) {
  if (!person) return <span className="transcript-speaker">{name}</span>
  return (
    <Link href={`/people/${person.slug}`} className="transcript-speaker">
      <PersonAvatar name={person.name} avatar={person.avatar} size="sm" label={null} />
      {name}
    </Link>
  )
}
