import { describe, expect, it } from 'vitest'
import { embedSlugFromPath, parseEmbedParams } from '../../../src/app/embed/embed-params.ts'

describe('parseEmbedParams', () => {
  it('reads t in the site formats, the theme and the open chapter list', () => {
    expect(parseEmbedParams('?t=1425&theme=dark&chapters=open')).toEqual({
      start: 1425,
      theme: 'dark',
      chaptersOpen: true,
    })
    expect(parseEmbedParams('?t=23:45&theme=light').start).toBe(1425)
    expect(parseEmbedParams('t=1:02:03&theme=auto')).toEqual({
      start: 3723,
      theme: 'auto',
      chaptersOpen: false,
    })
  })

  it('ignores unknown parameters and values', () => {
    expect(parseEmbedParams('?t=soon&theme=purple&chapters=yes&autoplay=1')).toEqual({
      start: null,
      theme: 'auto',
      chaptersOpen: false,
    })
    expect(parseEmbedParams('?t=1:75&theme=DARK&chapters=OPEN')).toEqual({
      start: null,
      theme: 'auto',
      chaptersOpen: false,
    })
    expect(parseEmbedParams('')).toEqual({ start: null, theme: 'auto', chaptersOpen: false })
  })
})

describe('embedSlugFromPath', () => {
  it('finds the slug under the base path, with or without a trailing slash or index.html', () => {
    expect(embedSlugFromPath('/embed/my-episode-42', '/')).toBe('my-episode-42')
    expect(embedSlugFromPath('/embed/my-episode-42/', '/')).toBe('my-episode-42')
    expect(embedSlugFromPath('/podcast/embed/my-episode/index.html', '/podcast/')).toBe(
      'my-episode',
    )
  })

  it('refuses other paths and slugs that are not URL-safe', () => {
    expect(embedSlugFromPath('/embed/my-episode', '/podcast/')).toBeNull()
    expect(embedSlugFromPath('/embed/', '/')).toBeNull()
    expect(embedSlugFromPath('/embed/My_Episode', '/')).toBeNull()
    expect(embedSlugFromPath('/embed/a/b', '/')).toBeNull()
    expect(embedSlugFromPath('/episodes/my-episode', '/')).toBeNull()
  })
})
