import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCycles, importsOf, stageViolations } from './import-rules.ts'

const root = resolve(import.meta.dirname, '../../..')
const compiler = join(root, 'src/content')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    // worker-boot.mjs too: it is how a worker thread loads the compiler.
    return /\.(?:ts|mjs)$/.test(entry.name) ? [path] : []
  })
}

const edgesOf = (file: string, text: string) => importsOf(join(root, file), text, root)

describe('src/content', () => {
  const edges = sourceFiles(compiler)
    .flatMap((file) => importsOf(file, readFileSync(file, 'utf8'), root))
    .filter((edge) => edge.to.startsWith('src/content/'))

  it('reads as its flow: read, then compile, then publish', () => {
    expect(edges.length).toBeGreaterThan(100)
    expect(stageViolations(edges)).toEqual([])
    // Parsing every source file with TypeScript takes seconds on a busy machine.
  }, 30_000)

  it('has no import cycle among its modules', () => {
    expect(importCycles(edges)).toEqual([])
  })

  it('keeps at its root only what wires the stages and the output types', () => {
    const atRoot = readdirSync(compiler, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
    expect(atRoot.sort()).toEqual([
      'check-cli.ts',
      'dev-server.ts',
      'documents.ts',
      'vite-plugin.ts',
    ])
  })
})

describe('the stage rules', () => {
  it('refuse an import of a later stage, type-only or not', () => {
    const edges = [
      ...edgesOf(
        'src/content/read/a.ts',
        "import { b } from '../compile/b.ts'\nimport type { C } from '../publish/c.ts'",
      ),
      ...edgesOf('src/content/compile/d.ts', "import type { E } from '../publish/e.ts'"),
    ]
    expect(stageViolations(edges)).toEqual([
      'src/content/read/a.ts imports src/content/compile/b.ts: the read stage runs before the compile stage and may not import it',
      'src/content/read/a.ts imports src/content/publish/c.ts: the read stage runs before the publish stage and may not import it',
      'src/content/compile/d.ts imports src/content/publish/e.ts: the compile stage runs before the publish stage and may not import it',
    ])
  })

  it('let a stage import itself, the stages before it and the output types', () => {
    const edges = [
      ...edgesOf(
        'src/content/publish/a.ts',
        "import { b } from '../compile/b.ts'\nimport { c } from '../read/c.ts'\nimport { d } from './feeds/d.ts'",
      ),
      ...edgesOf(
        'src/content/read/e.ts',
        "import type { EpisodeDocument } from '../documents.ts'\nimport { f } from './images/f.ts'",
      ),
    ]
    expect(stageViolations(edges)).toEqual([])
  })

  it('refuse a stage importing an entry, or the output types as values', () => {
    const edges = edgesOf(
      'src/content/compile/a.ts',
      "import { episodesPlugin } from '../vite-plugin.ts'\nimport { x } from '../documents.ts'",
    )
    expect(stageViolations(edges)).toEqual([
      'src/content/compile/a.ts imports src/content/vite-plugin.ts: the compile stage may not import the entries that wire the stages',
      'src/content/compile/a.ts imports src/content/documents.ts: documents.ts holds the output types: import them with `import type`',
    ])
  })

  it('find a cycle through value imports, not through type-only ones', () => {
    const edges = [
      ...edgesOf('src/content/read/a.ts', "import { b } from './b.ts'"),
      ...edgesOf('src/content/read/b.ts', "import { a } from './a.ts'"),
      ...edgesOf('src/content/read/c.ts', "import type { D } from './d.ts'"),
      ...edgesOf('src/content/read/d.ts', "import { c } from './c.ts'"),
    ]
    expect(importCycles(edges)).toEqual([
      'src/content/read/a.ts → src/content/read/b.ts → src/content/read/a.ts',
    ])
  })
})
