import type {
  ImageDocument,
  NamedRef,
  PersonDocument,
  PersonRef,
  ShowDocument,
  TechnologyDocument,
} from '../documents.ts'
import type { ContentProblem } from '../read/problems.ts'
import { locateField } from '../read/raw-entry.ts'
import { isSafeLink } from '../read/urls.ts'
import { type FieldPath, formatFieldPath } from '../read/yaml/yaml-locator.ts'
import { renderMarkdown } from './markdown.ts'
import { nameFromSlug } from './names.ts'
import { personRef } from './people.ts'
import type { Registries, Registry } from './registries.ts'
import { showPodcast, subscribeLinks } from './show-fields.ts'

export type ShowRef = Omit<ShowDocument, 'descriptionHtml'>

export type RegistryKind = 'people' | 'technologies' | 'shows'

const rendered = (markdown: string | undefined) => {
  const { text, html } = renderMarkdown(markdown?.trim() ?? '')
  return text.trim() ? { text: text.trim(), html } : { text: null, html: null }
}

/**
 * Display names and details for slugs, from the registries, or derived from
 * the slug where a registry has no entry.
 */
export class References {
  readonly problems: ContentProblem[] = []
  private readonly people = new Map<string, PersonRef>()
  private readonly shows = new Map<string, ShowDocument>()
  private readonly links = new Map<string, { website: string | null; source: string | null }>()

  constructor(private readonly registries: Registries) {
    for (const [slug, entry] of registries.people.entries) {
      const { ref, notes } = personRef(slug, entry, registries.people.images.get(slug) ?? null)
      this.people.set(slug, ref)
      for (const note of notes)
        this.registryWarning(registries.people, slug, [note.field], note.message, 'unsafe-link')
    }
    for (const [slug, entry] of registries.technologies.entries) {
      const link = (field: 'website' | 'source') => {
        const url = entry[field]?.trim() || null
        if (!url || isSafeLink(url)) return url
        this.registryWarning(
          registries.technologies,
          slug,
          [field],
          'is not an http(s) URL, so it was left out: write it like https://example.com',
          'unsafe-link',
        )
        return null
      }
      this.links.set(slug, { website: link('website'), source: link('source') })
    }
    for (const [slug, entry] of registries.shows.entries) {
      const hosts = entry.hosts.map((host, index) => {
        if (this.isUnknown('people', host)) {
          this.registryWarning(
            registries.shows,
            slug,
            ['hosts', index],
            this.unknownMessage('people', host),
            'unknown-reference',
          )
        }
        return this.person(host)
      })
      const { links, dropped } = subscribeLinks(entry)
      for (const index of dropped) {
        this.registryWarning(
          registries.shows,
          slug,
          ['subscribeLinks', index, 'url'],
          'is not an http(s) URL, so the link was left out: write it like https://open.spotify.com/show/…',
          'unsafe-link',
        )
      }
      const description = rendered(entry.description)
      this.shows.set(slug, {
        slug,
        name: entry.name.trim(),
        description: description.text,
        descriptionHtml: description.html,
        artwork: registries.shows.images.get(slug) ?? null,
        hosts,
        podcast: showPodcast(entry.podcast),
        subscribeLinks: links,
      })
    }
  }

  /** True when the registry exists and has no entry for the slug, valid or not. */
  isUnknown(kind: RegistryKind, slug: string): boolean {
    const registry = this.registries[kind]
    return registry.present && !registry.entries.has(slug) && !registry.invalid.has(slug)
  }

  unknownMessage(kind: RegistryKind, slug: string): string {
    const registry = this.registries[kind]
    return `"${slug}" is not in ${registry.file}; it is shown as "${nameFromSlug(slug)}": add it there, or fix the slug`
  }

  person(slug: string): PersonRef {
    return (
      this.people.get(slug) ?? {
        slug,
        name: nameFromSlug(slug),
        website: null,
        github: null,
        avatar: null,
      }
    )
  }

  personDocument(slug: string): PersonDocument {
    const bio = rendered(this.registries.people.entries.get(slug)?.bio)
    return { ...this.person(slug), bio: bio.text, bioHtml: bio.html }
  }

  technology(slug: string): NamedRef {
    const name = this.registries.technologies.entries.get(slug)?.name.trim()
    return { slug, name: name ?? nameFromSlug(slug) }
  }

  technologyIcon(slug: string): ImageDocument | null {
    return this.registries.technologies.images.get(slug) ?? null
  }

  technologyDocument(slug: string): TechnologyDocument {
    const entry = this.registries.technologies.entries.get(slug)
    const description = rendered(entry?.description)
    const links = this.links.get(slug)
    return {
      ...this.technology(slug),
      icon: this.technologyIcon(slug),
      website: links?.website ?? null,
      source: links?.source ?? null,
      category: entry?.category?.trim() || null,
      description: description.text,
      descriptionHtml: description.html,
    }
  }

  show(slug: string): ShowRef {
    const { descriptionHtml: _, ...show } = this.showDocument(slug)
    return show
  }

  showDocument(slug: string): ShowDocument {
    return (
      this.shows.get(slug) ?? {
        slug,
        name: nameFromSlug(slug),
        description: null,
        descriptionHtml: null,
        artwork: null,
        hosts: [],
        podcast: showPodcast(undefined),
        subscribeLinks: [],
      }
    )
  }

  private registryWarning(
    registry: Registry<unknown>,
    slug: string,
    path: FieldPath,
    message: string,
    code: string,
  ) {
    const source = registry.sources.get(slug)
    if (!source) return
    const position = locateField(source, path)
    const field = formatFieldPath([...source.prefix, ...path])
    this.problems.push({
      severity: 'warning',
      file: source.file,
      ...position,
      field,
      message,
      code,
    })
  }
}
