import { describe, expect, it } from 'vitest'
import {
  buildOf,
  entryPartOf,
  partPathIn,
  withBuild,
} from '../../../src/lib/static-index/part-builds.ts'

describe('parts kept per build', () => {
  it('names the entry part of the index a part belongs to', () => {
    expect(entryPartOf('data/browse/cards/3.json')).toBe('data/browse/meta.json')
    expect(entryPartOf('data/search/terms/ab.bin')).toBe('data/search/meta.json')
    expect(entryPartOf('data/browse/meta.json')).toBeNull()
    expect(entryPartOf('data/search/meta.json')).toBeNull()
    expect(entryPartOf('data/episodes/a.json')).toBeNull()
  })

  it('puts every part but the entry parts in the build folder', () => {
    expect(partPathIn('data/browse/guests/4.bin', 'k3x9')).toBe('data/browse/k3x9/guests/4.bin')
    expect(partPathIn('data/search/passages/a-b/0.json', 'k3x9')).toBe(
      'data/search/k3x9/passages/a-b/0.json',
    )
    expect(partPathIn('data/browse/meta.json', 'k3x9')).toBe('data/browse/meta.json')
    expect(partPathIn('data/home.json', 'k3x9')).toBe('data/home.json')
  })

  it('reads the build an entry part names, and adds it', () => {
    const entry = withBuild('{"version":3,"episodes":12}', 'k3x9')
    expect(JSON.parse(entry)).toEqual({ version: 3, episodes: 12, build: 'k3x9' })
    expect(buildOf(entry)).toBe('k3x9')
    expect(buildOf('{"version":3}')).toBeNull()
    // A name that could leave the index's folder is not a build.
    expect(buildOf('{"build":"../x"}')).toBeNull()
  })
})
