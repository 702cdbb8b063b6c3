import type { EpisodeDocument } from '../../../content/documents.ts'
import { TagLinks } from './tag-links.tsx'

interface TagSectionProps {
  id: string
  heading: string
  base: '/people' | '/technologies'
  items: EpisodeDocument['guests'] | EpisodeDocument['technologies']
}

/** The episode's guests or technologies under a small heading; nothing when there are none. */
export function TagSection({ id, heading, base, items }: TagSectionProps) {
  if (items.length === 0) return null
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2
        id={id}
        className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-200"
      >
        {heading}
      </h2>
      <TagLinks label={heading} base={base} items={items} />
    </section>
  )
}
