import type {
  CatalogIndex,
  HomeDocument,
  PersonDocument,
  ShowDocument,
  TechnologyDocument,
} from '../../src/content/documents.ts'
import type { PageSource } from '../../src/content/publish/page-routes.ts'
import { pageSource } from '../../src/content/publish/page-source.ts'

/**
 * What the page renderer reads for a catalog such as seededCatalog's: its index,
 * a home document without shows, and a bare document for every guest,
 * technology and show, as the build would write them.
 */
export function seededPageSource(catalog: CatalogIndex): PageSource {
  const documents = new Map<string, string>()
  const write = (path: string, document: unknown) => documents.set(path, JSON.stringify(document))
  write('episodes.json', catalog)
  write('home.json', { site: catalog.site, shows: [] } satisfies HomeDocument)
  for (const { slug, name, website, github, avatar } of catalog.facets.guests) {
    write(`people/${slug}.json`, {
      slug,
      name,
      website,
      github,
      avatar,
      bio: null,
      bioHtml: null,
    } satisfies PersonDocument)
  }
  for (const { slug, name, icon } of catalog.facets.technologies) {
    write(`technologies/${slug}.json`, {
      slug,
      name,
      icon,
      website: null,
      source: null,
      category: null,
      description: null,
      descriptionHtml: null,
    } satisfies TechnologyDocument)
  }
  for (const { slug, name, artwork, hosts, podcast, subscribeLinks } of catalog.facets.shows) {
    write(`shows/${slug}.json`, {
      slug,
      name,
      description: null,
      descriptionHtml: null,
      artwork,
      hosts,
      podcast,
      subscribeLinks,
    } satisfies ShowDocument)
  }
  return pageSource(documents)
}
