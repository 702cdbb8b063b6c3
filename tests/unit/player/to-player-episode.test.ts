import { describe, expect, it } from 'vitest'
import { resolveAudioUrl } from '../../../src/features/player/lib/to-player-episode.ts'

describe('resolveAudioUrl', () => {
  it('puts root-relative audio under the base path of a sub-folder deployment', () => {
    expect(resolveAudioUrl('/audio/a.mp3', '/podcast/')).toBe('/podcast/audio/a.mp3')
  })

  it('leaves paths that already carry the base, absolute URLs and root deployments alone', () => {
    expect(resolveAudioUrl('/podcast/audio/a.mp3', '/podcast/')).toBe('/podcast/audio/a.mp3')
    expect(resolveAudioUrl('https://cdn.example.com/a.mp3', '/podcast/')).toBe(
      'https://cdn.example.com/a.mp3',
    )
    expect(resolveAudioUrl('//cdn.example.com/a.mp3', '/podcast/')).toBe('//cdn.example.com/a.mp3')
    expect(resolveAudioUrl('/audio/a.mp3', '/')).toBe('/audio/a.mp3')
  })
})
