import { gzipSync } from 'node:zlib'
import type { Page, Response } from '@playwright/test'

export interface InitialAssets {
  /** Gzip bytes (zlib level 9) of every script the page loaded. */
  script: number
  /** Gzip bytes of every stylesheet the page loaded. */
  stylesheet: number
  files: Array<{ type: 'script' | 'stylesheet'; path: string; gzip: number }>
}

/**
 * Loads `url` and sums the gzip size of each script and stylesheet fetched
 * until the network is idle, before any interaction: what a visitor pays for
 * the first view, lazy chunks fetched at idle time included.
 */
export async function measureInitialAssets(page: Page, url: string): Promise<InitialAssets> {
  const responses: Response[] = []
  const collect = (response: Response) => {
    const type = response.request().resourceType()
    if (type === 'script' || type === 'stylesheet') responses.push(response)
  }
  page.on('response', collect)
  await page.goto(url, { waitUntil: 'networkidle' })
  page.off('response', collect)

  const assets: InitialAssets = { script: 0, stylesheet: 0, files: [] }
  for (const response of responses) {
    const type = response.request().resourceType() === 'script' ? 'script' : 'stylesheet'
    const gzip = gzipSync(await response.body(), { level: 9 }).length
    assets[type] += gzip
    assets.files.push({ type, path: new URL(response.url()).pathname, gzip })
  }
  return assets
}

export const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

export function formatAssets(assets: InitialAssets): string {
  const files = assets.files.map((file) => `    ${file.type} ${file.path} ${kilobytes(file.gzip)}`)
  return [
    `  JavaScript ${kilobytes(assets.script)} gzip (budget 100 kB) · CSS ${kilobytes(assets.stylesheet)} gzip (budget 15 kB)`,
    ...files,
  ].join('\n')
}
