import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { boundaryViolations, importsOf, reachableFrom } from './import-rules.ts'

const root = resolve(import.meta.dirname, '../../..')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

const edgesOf = (file: string, text: string) => importsOf(join(root, file), text, root)

/** The imports of a project file as it is on disk. */
const edgesOnDisk = (path: string) => edgesOf(path, readFileSync(join(root, path), 'utf8'))

describe('import boundaries of src/', () => {
  it('keep the compiler out of the bundle, features apart and shared code below them', () => {
    const edges = sourceFiles(join(root, 'src')).flatMap((file) =>
      importsOf(file, readFileSync(file, 'utf8'), root),
    )
    expect(edges.length).toBeGreaterThan(0)
    expect(boundaryViolations(edges)).toEqual([])
    // Parsing every source file with TypeScript takes seconds on a busy machine.
  }, 30_000)
})

describe('the embed', () => {
  it('never reaches the queue or its drag-and-drop library, which it has no use for', () => {
    const reached = reachableFrom('src/app/embed/embed-main.tsx', edgesOnDisk)
    expect(reached.has('src/features/player/store/player-store.ts')).toBe(true)
    expect([...reached].filter((path) => /@dnd-kit|up-next-list/.test(path))).toEqual([])
    // The site's player bar does reach them: the rule above is not vacuous.
    const bar = reachableFrom('src/features/player/components/player-bar-controls.tsx', edgesOnDisk)
    expect([...bar].filter((path) => path.startsWith('@dnd-kit/'))).not.toEqual([])
  })
})

describe('the boundary rules', () => {
  it('allow `import type` from src/content but not a value import', () => {
    const ok = edgesOf(
      'src/lib/api/a.ts',
      "import type { CatalogIndex } from '../../content/documents.ts'\nexport type { X } from '../../content/compile/schema.ts'",
    )
    expect(boundaryViolations(ok)).toEqual([])
    const bad = edgesOf(
      'src/features/catalog/b.ts',
      "import { type A, episodeSchema } from '../../content/compile/schema.ts'\nconst c = await import('../../content/compile.ts')",
    )
    expect(boundaryViolations(bad)).toHaveLength(2)
    expect(boundaryViolations(bad)[0]).toContain('src/content/compile/schema.ts')
  })

  it('refuse one feature reaching into another, but let src/app compose them', () => {
    const cross = edgesOf(
      'src/features/catalog/components/card.tsx',
      "import { PlayEpisodeButton } from '../../player/components/play-episode-button.tsx'",
    )
    expect(boundaryViolations(cross)).toEqual([
      'src/features/catalog/components/card.tsx imports src/features/player/components/play-episode-button.tsx: feature "catalog" reaches into feature "player"; compose them in src/app',
    ])
    const inside = edgesOf(
      'src/features/player/components/bar.tsx',
      "import { usePlayer } from '../hooks/use-player.ts'",
    )
    expect(boundaryViolations(inside)).toEqual([])
    const app = edgesOf(
      'src/app/routes/home-page.tsx',
      "import { A } from '../../features/catalog/a.tsx'\nimport { B } from '../../features/player/b.tsx'",
    )
    expect(boundaryViolations(app)).toEqual([])
  })

  it('keep shared code below features and the app shell', () => {
    const upward = edgesOf(
      'src/lib/format.ts',
      "import { x } from '../features/player/store.ts'\nimport { q } from '../app/query-client.ts'",
    )
    expect(boundaryViolations(upward)).toHaveLength(2)
    const toApp = edgesOf(
      'src/features/player/x.ts',
      "import { q } from '../../app/query-client.ts'",
    )
    expect(boundaryViolations(toApp)).toHaveLength(1)
  })
})
