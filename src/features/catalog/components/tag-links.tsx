import { Link } from 'wouter'
import type { ImageDocument } from '../../../content/documents.ts'
import { PersonAvatar } from './person-avatar.tsx'

interface TagLinksProps {
  label: string
  base: '/people' | '/technologies'
  /** People given with `avatar` show it (or their initials) before the name. */
  items: ReadonlyArray<{ slug: string; name: string; avatar?: ImageDocument | null }>
}

/** A labelled list of links to guest or technology pages. */
export function TagLinks({ label, base, items }: TagLinksProps) {
  if (items.length === 0) return null
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {items.map((item) => (
        <li key={item.slug}>
          <Link
            href={`${base}/${item.slug}`}
            className={`tag-pill ${base === '/people' ? 'person-pill' : 'technology-pill'} ${
              item.avatar !== undefined ? 'pl-0.5' : 'pl-2.5'
            }`}
          >
            {item.avatar !== undefined && (
              <PersonAvatar name={item.name} avatar={item.avatar} size="sm" label={null} />
            )}
            {item.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
