import type { Page } from '@playwright/test'
import { expect } from './test.ts'

declare global {
  interface Window {
    __pwnedBy?: string[]
  }
}

/**
 * Sets traps before any page script runs: alert/confirm/prompt and a
 * `window.__pwned` setter record who called them; a real dialog is recorded
 * too. `expectNothingRan` then fails on any record.
 */
export async function setScriptTraps(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    const record = (what: string) => {
      window.__pwnedBy = [...(window.__pwnedBy ?? []), what]
    }
    window.__pwnedBy = []
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      Object.defineProperty(window, name, {
        configurable: false,
        value: (message?: unknown) => {
          record(`${name}(${String(message)})`)
          return null
        },
      })
    }
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      set: (value: unknown) => record(`__pwned = ${String(value)}`),
      get: () => undefined,
    })
  })
  return { dialogs }
}

/** What content could have turned into live code or links, found in the current DOM. */
export function liveMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']
    const scheme = (value: string) =>
      // Browsers ignore ASCII whitespace and control characters inside a URL's scheme.
      Array.from(value)
        .filter((char) => char.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase()
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase()
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase()
        if (name.startsWith('on')) found.push(`<${tag} ${name}="${attribute.value}">`)
        const url = urlAttributes.includes(name) ? scheme(attribute.value) : ''
        const navigates = name === 'href' || name === 'action' || name === 'formaction'
        if (/^(javascript|vbscript):/.test(url) || (navigates && url.startsWith('data:'))) {
          found.push(`<${tag} ${name}="${attribute.value}">`)
        }
      }
      if (tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(`<${tag}>`)
      const dataOnly = /json/.test(element.getAttribute('type') ?? '')
      if (tag === 'script' && !element.hasAttribute('src') && !dataOnly) {
        found.push(`inline <script>${(element.textContent ?? '').slice(0, 80)}</script>`)
      }
    }
    for (const anchor of document.querySelectorAll('a[href^="javascript:" i]')) {
      found.push(`<a href="${anchor.getAttribute('href')}">`)
    }
    return found
  })
}

/** No trap fired, no dialog opened, and nothing executable or linkable came from content. */
export async function expectNothingRan(
  page: Page,
  traps: { dialogs: string[] },
  where: string,
): Promise<void> {
  const fired = await page.evaluate(() => window.__pwnedBy ?? ['traps missing'])
  expect(fired, `scripts from content ran on ${where}`).toEqual([])
  expect(traps.dialogs, `dialogs opened on ${where}`).toEqual([])
  expect(await liveMarkup(page), `live markup from content on ${where}`).toEqual([])
}
