import type { NamedRef, PersonRef } from './documents.ts'
import { nameFromSlug } from './names.ts'
import { personRef } from './people.ts'
import type { ContentProblem } from './problems.ts'
import type { Registries, Registry } from './registries.ts'
import { isLinkableUrl } from './schema.ts'
import { withBase } from './urls.ts'
import { type FieldPath, formatFieldPath } from './yaml-locator.ts'

export interface ShowRef extends NamedRef {
  description: string | null
  artwork: string | null
  hosts: PersonRef[]
}

export type RegistryKind = 'people' | 'technologies' | 'shows'

/**
 * Display names and details for slugs, from the registries, or derived from
 * the slug where a registry has no entry.
 */
export class References {
  readonly problems: ContentProblem[] = []
  private readonly people = new Map<string, PersonRef>()
  private readonly shows = new Map<string, ShowRef>()

  constructor(
    private readonly registries: Registries,
    base: string,
  ) {
    for (const [slug, entry] of registries.people.entries) {
      const { ref, notes } = personRef(slug, entry)
      this.people.set(slug, ref)
      for (const note of notes)
        this.registryWarning(registries.people, [slug, note.field], note.message, 'unsafe-link')
    }
    for (const [slug, entry] of registries.shows.entries) {
      let artwork = entry.artwork?.trim() || null
      if (artwork && !isLinkableUrl(artwork)) {
        this.registryWarning(
          registries.shows,
          [slug, 'artwork'],
          'is not an http(s) URL or a root-relative path, so it was left out: write it like /artwork/show.png',
          'unsafe-link',
        )
        artwork = null
      }
      const hosts = entry.hosts.map((host, index) => {
        if (this.isUnknown('people', host)) {
          this.registryWarning(
            registries.shows,
            [slug, 'hosts', index],
            this.unknownMessage('people', host),
            'unknown-reference',
          )
        }
        return this.person(host)
      })
      this.shows.set(slug, {
        slug,
        name: entry.name.trim(),
        description: entry.description?.trim() || null,
        artwork: artwork && withBase(artwork, base),
        hosts,
      })
    }
  }

  /** True when the registry file exists and has no entry for the slug. */
  isUnknown(kind: RegistryKind, slug: string): boolean {
    const registry = this.registries[kind]
    return registry.present && !registry.entries.has(slug)
  }

  unknownMessage(kind: RegistryKind, slug: string): string {
    const registry = this.registries[kind]
    return `"${slug}" is not in ${registry.file}; it is shown as "${nameFromSlug(slug)}": add it there, or fix the slug`
  }

  person(slug: string): PersonRef {
    return this.people.get(slug) ?? { slug, name: nameFromSlug(slug), website: null, github: null }
  }

  technology(slug: string): NamedRef {
    const name = this.registries.technologies.entries.get(slug)?.name.trim()
    return { slug, name: name ?? nameFromSlug(slug) }
  }

  show(slug: string): ShowRef {
    return (
      this.shows.get(slug) ?? {
        slug,
        name: nameFromSlug(slug),
        description: null,
        artwork: null,
        hosts: [],
      }
    )
  }

  private registryWarning(
    registry: Registry<unknown>,
    path: FieldPath,
    message: string,
    code: string,
  ) {
    const position = registry.locator?.locate(path) ?? { line: 1, column: 1 }
    const field = formatFieldPath(path)
    const { file } = registry
    this.problems.push({ severity: 'warning', file, ...position, field, message, code })
  }
}
