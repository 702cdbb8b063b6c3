import type {
  CatalogIndex,
  EpisodeDocument,
  PersonRef,
  ShowFacet,
  SiteInfo,
  TranscriptDocument,
} from '../../content/documents.ts'
import type { CollectionKind, PageRoute, PageSource } from '../../content/publish/page-routes.ts'
import { pluralEpisodes } from '../../features/catalog/format.ts'
import { episodeJsonLd, type JsonLd, personJsonLd, showJsonLd } from './json-ld.ts'
import { absoluteUrl, pageUrl } from './page-url.ts'
import { episodeArtwork, type HeadImage, showArtwork } from './show-artwork.ts'

/** Everything a prerendered page says about itself in `<head>`. */
export interface PageHead {
  title: string
  description: string
  canonical: string | null
  siteName: string
  type: 'website' | 'article' | 'profile'
  image: HeadImage | null
  audio: string | null
  jsonLd: JsonLd | null
  /** Feeds and oEmbed documents that describe the page (`<link rel="alternate">`). */
  alternates: Alternate[]
}

export interface Alternate {
  type: 'application/rss+xml' | 'application/json+oembed'
  href: string
  title: string
}

/** The show's feed and, for an episode, its oEmbed document: where the site's address is known. */
function alternatesOf(
  site: SiteInfo,
  show: { slug: string; name: string } | null,
  episode?: { slug: string; title: string },
): Alternate[] {
  const found: Alternate[] = []
  const feed = show && pageUrl(site, `/feeds/${show.slug}.xml`)
  if (show && feed) found.push({ type: 'application/rss+xml', href: feed, title: show.name })
  const oembed = episode && pageUrl(site, `/episodes/${episode.slug}/oembed.json`)
  if (episode && oembed)
    found.push({ type: 'application/json+oembed', href: oembed, title: episode.title })
  return found
}

/** "<page> · <site>", the title the app sets once it runs. */
const titled = (site: SiteInfo, page: string | null) =>
  [page, site.title].filter((part): part is string => Boolean(part)).join(' · ')

/** About 200 characters of plain text, cut at a word. */
export function summarize(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= limit) return flat
  const cut = flat.slice(0, limit - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > limit / 2 ? cut.lastIndexOf(' ') : cut.length)}…`
}

function findPerson(catalog: CatalogIndex, slug: string): PersonRef | null {
  const guest = catalog.facets.guests.find((entry) => entry.slug === slug)
  const hosts = catalog.facets.shows.flatMap((show) => show.hosts)
  return guest ?? hosts.find((host) => host.slug === slug) ?? null
}

/** The name a page n of a person's, technology's or show's episodes bears, and what it lists. */
function collectionListed(
  catalog: CatalogIndex,
  collection: CollectionKind,
  slug: string,
): { name: string; listed: string; show: ShowFacet | null } | null {
  const { title } = catalog.site
  switch (collection) {
    case 'person': {
      const person = findPerson(catalog, slug)
      if (!person) return null
      return {
        name: person.name,
        listed: `Episodes with ${person.name} as guest on ${title}`,
        show: null,
      }
    }
    case 'technology': {
      const technology = catalog.facets.technologies.find((entry) => entry.slug === slug)
      if (!technology) return null
      const { name } = technology
      return { name, listed: `Episodes about ${name} on ${title}`, show: null }
    }
    case 'show': {
      const show = catalog.facets.shows.find((entry) => entry.slug === slug)
      return show ? { name: show.name, listed: `Episodes of ${show.name}`, show } : null
    }
  }
}

/** The episode's transcript document, when the build wrote one. */
function transcriptOf(source: PageSource, episode: EpisodeDocument): TranscriptDocument | null {
  if (!episode.transcript) return null
  return source.transcript(episode.slug) ?? null
}

export function pageHead(route: PageRoute, source: PageSource): PageHead {
  const { catalog } = source
  const { site } = catalog
  const page = {
    title: titled(site, null),
    description: site.description,
    canonical: route.kind === 'not-found' ? null : pageUrl(site, route.path),
    siteName: site.title,
    type: 'website' as PageHead['type'],
    image: null as HeadImage | null,
    audio: null as string | null,
    jsonLd: null as JsonLd | null,
    alternates: [] as Alternate[],
  }
  switch (route.kind) {
    case 'episode': {
      const episode = source.episode(route.slug)
      return {
        ...page,
        title: titled(site, episode.title),
        description: summarize(episode.description) || page.description,
        type: 'article',
        image: episodeArtwork(episode),
        audio: absoluteUrl(site, episode.audioUrl),
        jsonLd: episodeJsonLd(site, episode, transcriptOf(source, episode)),
        alternates: alternatesOf(site, episode.show, episode),
      }
    }
    case 'show': {
      const show = catalog.facets.shows.find((entry) => entry.slug === route.slug)
      if (!show) return page
      return {
        ...page,
        title: titled(site, show.name),
        description: summarize(
          show.description ?? `${pluralEpisodes(show.count)} of ${show.name}.`,
        ),
        image: showArtwork(show.artwork, show.name),
        jsonLd: showJsonLd(site, show),
        alternates: alternatesOf(site, show),
      }
    }
    case 'person': {
      const person = findPerson(catalog, route.slug)
      if (!person) return page
      const guest = catalog.facets.guests.find((entry) => entry.slug === route.slug)
      return {
        ...page,
        title: titled(site, person.name),
        description: `${person.name}: ${pluralEpisodes(guest?.count ?? 0)} as guest on ${site.title}.`,
        type: 'profile',
        jsonLd: personJsonLd(site, person),
      }
    }
    case 'technology': {
      const technology = catalog.facets.technologies.find((entry) => entry.slug === route.slug)
      if (!technology) return page
      return {
        ...page,
        title: titled(site, technology.name),
        description: `${pluralEpisodes(technology.count)} about ${technology.name} on ${site.title}.`,
      }
    }
    case 'collection-list-page': {
      const listed = collectionListed(catalog, route.collection, route.slug)
      if (!listed) return page
      return {
        ...page,
        title: titled(site, `${listed.name}, page ${route.page}`),
        description: `${listed.listed}, newest first: page ${route.page}.`,
        alternates: alternatesOf(site, listed.show),
      }
    }
    case 'list-page':
      return {
        ...page,
        title: titled(site, `Episodes, page ${route.page}`),
        description: `Every episode of ${site.title}, newest first: page ${route.page}.`,
      }
    case 'not-found':
      return { ...page, title: titled(site, 'Page not found') }
    default:
      return page
  }
}
