import type { CompiledFile } from './compile-file.ts'
import type { Registries } from './registries.ts'

/** Everything a file's result depends on besides its own bytes. */
export function contextKey(registries: Registries, base: string): string {
  const registry = ({
    present,
    file,
    entries,
    images,
    invalid,
  }: Registries['people' | 'technologies' | 'shows']) => [
    present,
    file,
    [...entries],
    [...images],
    [...invalid.keys()],
  ]
  const { people, technologies, shows, site } = registries
  return JSON.stringify([base, site, registry(people), registry(technologies), registry(shows)])
}

/**
 * What the dev server keeps from one compile to the next: each file's bytes
 * and result. A file whose bytes have not changed is not compiled again, as
 * long as nothing that every file is compiled with (the registries, site.yaml,
 * the base path) has changed either; then everything is compiled afresh.
 */
export class CompileCache {
  private key: string | null = null
  private readonly files = new Map<string, { bytes: Buffer; compiled: CompiledFile }>()
  /** Files reused and files compiled by the last compile. */
  reused = 0
  compiled = 0

  begin(registries: Registries, base: string): void {
    const key = contextKey(registries, base)
    if (key !== this.key) this.files.clear()
    this.key = key
    this.reused = 0
    this.compiled = 0
  }

  /** The result kept for this file, if its bytes are the same as then. */
  find(path: string, bytes: Buffer): CompiledFile | undefined {
    const cached = this.files.get(path)
    if (!cached?.bytes.equals(bytes)) return undefined
    this.reused++
    return cached.compiled
  }

  keep(path: string, bytes: Buffer, compiled: CompiledFile): void {
    this.files.set(path, { bytes, compiled })
    this.compiled++
  }

  /** Forgets the files that are no longer in the catalog. */
  retain(paths: ReadonlySet<string>): void {
    for (const path of this.files.keys()) if (!paths.has(path)) this.files.delete(path)
  }
}
