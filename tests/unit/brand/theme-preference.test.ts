// @vitest-environment jsdom
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  applyThemeChoice,
  readThemeChoice,
  THEME_KEY,
  writeThemeChoice,
} from '../../../src/features/theme/theme-preference.ts'

const storage = (initial: Record<string, string> = {}) => {
  const values = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  }
}

describe('the theme choice', () => {
  it('reads light and dark, and anything else as the system setting', () => {
    expect(readThemeChoice(storage({ [THEME_KEY]: 'dark' }))).toBe('dark')
    expect(readThemeChoice(storage({ [THEME_KEY]: 'light' }))).toBe('light')
    expect(readThemeChoice(storage({ [THEME_KEY]: 'sepia' }))).toBe('system')
    expect(readThemeChoice(storage())).toBe('system')
    expect(readThemeChoice(null)).toBe('system')
  })

  it('is remembered, and a refusing storage does not throw', () => {
    const kept = storage()
    writeThemeChoice(kept, 'dark')
    expect(readThemeChoice(kept)).toBe('dark')
    const refusing = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    expect(() => writeThemeChoice(refusing, 'light')).not.toThrow()
    expect(readThemeChoice(refusing)).toBe('system')
  })

  it('sets data-theme for light and dark and removes it for the system setting', () => {
    const root = document.createElement('html')
    applyThemeChoice(root, 'dark')
    expect(root.dataset.theme).toBe('dark')
    applyThemeChoice(root, 'system')
    expect(root.hasAttribute('data-theme')).toBe(false)
  })

  it('uses the key that public/theme.js reads before the first paint', async () => {
    const script = await readFile(resolve('public/theme.js'), 'utf8')
    expect(script).toContain(`'${THEME_KEY}'`)
  })
})
