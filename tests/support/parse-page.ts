import { JSDOM } from 'jsdom'

/** One prerendered page, parsed by a real HTML parser; its scripts never run. */
export interface BuiltPage {
  html: string
  document: Document
  /** `content` of `<meta name=…>` or `<meta property=…>`, or null. */
  meta: (key: string) => string | null
  /** Every JSON-LD block, parsed. */
  jsonLd: () => Array<Record<string, unknown>>
  /** The app's rendered HTML, as text. */
  text: () => string
}

export function parsePage(html: string): BuiltPage {
  const { document } = new JSDOM(html).window
  const meta = (key: string) =>
    document
      .querySelector(`meta[name="${key}"], meta[property="${key}"]`)
      ?.getAttribute('content') ?? null
  const jsonLd = () =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
    )
  const text = () => (document.getElementById('root')?.textContent ?? '').replace(/\s+/g, ' ')
  return { html, document, meta, jsonLd, text }
}
