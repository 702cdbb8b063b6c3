import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PLATFORM_ICON_DIR, platformIconSvg } from '../../../scripts/generate-platform-icons.ts'
import { PLATFORM_ICONS, PLATFORMS } from '../../../src/content/compile/platforms.ts'
import { platformName } from '../../../src/content/compile/show-fields.ts'

describe('podcast platforms', () => {
  it('ships each logo as simple-icons draws it (run scripts/generate-platform-icons.ts after an upgrade)', () => {
    expect(PLATFORM_ICONS.length).toBeGreaterThanOrEqual(10)
    for (const key of PLATFORM_ICONS) {
      expect(readFileSync(join(PLATFORM_ICON_DIR, `${key}.svg`), 'utf8')).toBe(platformIconSvg(key))
    }
  })

  it('names platforms however they are written, and unknown ones from their own text', () => {
    expect(platformName('Apple Podcasts')).toBe('Apple Podcasts')
    expect(platformName('pocket-casts')).toBe('Pocket Casts')
    expect(platformName('YouTubeMusic')).toBe('YouTube Music')
    expect(platformName('fountain')).toBe('Fountain')
    expect(PLATFORMS.amazon?.icon).toBeNull()
  })
})
