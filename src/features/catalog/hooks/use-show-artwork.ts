import { useQuery } from '@tanstack/react-query'
import type { HomeDocument, ImageDocument } from '../../../content/documents.ts'
import { homeQueryOptions } from '../../../lib/api/catalog-queries.ts'

const artworkBySlug = (home: HomeDocument) =>
  new Map(home.shows.map((show) => [show.slug, show.artwork]))

/** A show's artwork, from the home document (a few shows, whatever the catalog's size). */
export function useShowArtwork(slug: string | null): ImageDocument | null {
  const artwork = useQuery({ ...homeQueryOptions(), select: artworkBySlug, enabled: slug !== null })
  return slug === null ? null : (artwork.data?.get(slug) ?? null)
}
