import { existsSync } from 'node:fs'
import type { Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import {
  modulePreloadTags,
  PAGE_MODULES,
  pageModulePreloads,
} from '../../../../src/content/publish/page-module-preloads.ts'

const root = '/site'
const chunk = (
  fileName: string,
  options: { isEntry?: boolean; facade?: string; imports?: string[] },
): Rollup.OutputChunk =>
  ({
    type: 'chunk',
    fileName,
    isEntry: options.isEntry ?? false,
    facadeModuleId: options.facade ? `${root}/${options.facade}` : null,
    imports: options.imports ?? [],
  }) as Rollup.OutputChunk

const bundle = Object.fromEntries(
  [
    chunk('assets/index.js', { isEntry: true, imports: ['assets/jsx.js', 'assets/store.js'] }),
    chunk('assets/jsx.js', {}),
    chunk('assets/store.js', { imports: ['assets/jsx.js'] }),
    chunk('assets/episode-page.js', {
      facade: 'src/app/routes/episode-page.tsx',
      imports: ['assets/time.js', 'assets/store.js'],
    }),
    chunk('assets/time.js', { imports: ['assets/jsx.js'] }),
    chunk('assets/episode-transcript.js', {
      facade: 'src/app/routes/episode-transcript.tsx',
      imports: ['assets/time.js'],
    }),
    chunk('assets/person-page.js', { facade: 'src/app/routes/person-page.tsx' }),
  ].map((output) => [output.fileName, output]),
) as Rollup.OutputBundle

describe('pageModulePreloads', () => {
  const preloads = pageModulePreloads(bundle, root)

  it("lists a page kind's own code and what it imports, beyond what the entry loads", () => {
    expect(preloads.get('episode')).toEqual([
      'assets/episode-page.js',
      'assets/time.js',
      'assets/episode-transcript.js',
    ])
    expect(preloads.get('person')).toEqual(['assets/person-page.js'])
  })

  it('lists nothing for pages the entry renders alone, or whose code is not in the bundle', () => {
    expect(preloads.get('home')).toBeUndefined()
    expect(preloads.get('technology')).toEqual([])
  })

  it('names route modules that exist', () => {
    for (const module of Object.values(PAGE_MODULES).flat()) expect(existsSync(module)).toBe(true)
  })
})

describe('modulePreloadTags', () => {
  it('links each file under the base path', () => {
    expect(modulePreloadTags(['assets/a.js', 'assets/b.js'], '/podcast/')).toBe(
      '<link rel="modulepreload" crossorigin href="/podcast/assets/a.js"><link rel="modulepreload" crossorigin href="/podcast/assets/b.js">',
    )
  })
})
