import type { CatalogIndex } from '../../documents.ts'
import type { Registries } from '../registries.ts'
import { type ShowBrand, type SiteTheme, siteTheme } from './site-theme.ts'

export type { SiteTheme }

/**
 * The artwork's bytes when the build publishes the file as it is (its URL is then base +
 * path): the page-sized copies' original when there are some.
 */
function artworkBytes(registries: Registries, slug: string, base: string): Uint8Array | null {
  const image = registries.shows.images.get(slug)
  const url = image?.source ?? image?.url
  if (!url?.startsWith(base)) return null
  return registries.assets.get(url.slice(base.length)) ?? null
}

/**
 * The theme of a compiled catalog: site.yaml's `theme`, the shows' own `theme`s and
 * their artwork, the show with the most episodes first (the main show).
 */
export function siteThemeOf(
  registries: Registries,
  documents: ReadonlyMap<string, string>,
  base: string,
): Promise<SiteTheme> {
  const index = JSON.parse(documents.get('episodes.json') ?? '{}') as Partial<CatalogIndex>
  const published = (index.facets?.shows ?? []).map((show) => show.slug)
  const others = [...registries.shows.entries.keys()].filter((slug) => !published.includes(slug))
  const shows: ShowBrand[] = [...published, ...others].map((slug) => ({
    slug,
    theme: registries.shows.entries.get(slug)?.theme,
    artwork: artworkBytes(registries, slug, base),
  }))
  return siteTheme(registries.site.theme, shows)
}
