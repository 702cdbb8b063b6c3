import { Link } from 'wouter'
import type { TranscriptSpeaker } from '../../content/documents.ts'
import { PersonAvatar } from '../../features/catalog/components/person-avatar.tsx'

/** A speaker on the episode page: a matched host or guest with avatar and a link to their page. */
export function renderTranscriptSpeaker({ name, person }: TranscriptSpeaker) {
  if (!person)
    return <span className="font-semibold text-slate-900 dark:text-slate-100">{name}</span>
  return (
    <Link
      href={`/people/${person.slug}`}
      className="inline-flex items-center gap-1.5 rounded font-semibold text-accent hover:underline"
    >
      <PersonAvatar name={person.name} avatar={person.avatar} size="sm" label={null} />
      {name}
    </Link>
  )
}
