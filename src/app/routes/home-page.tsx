import { useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import { catalogQueryOptions } from '../../lib/api/catalog-queries.ts'

export function HomePage() {
  const { data, error } = useQuery(catalogQueryOptions())
  if (error) return <p role="alert">Could not load the episodes.</p>
  if (!data) return <p>Loading episodes…</p>
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Episodes</h1>
      <ul className="space-y-2">
        {data.episodes.map((episode) => (
          <li key={episode.slug}>
            <Link href={`/episodes/${episode.slug}`}>{episode.title}</Link>
          </li>
        ))}
      </ul>
    </>
  )
}
