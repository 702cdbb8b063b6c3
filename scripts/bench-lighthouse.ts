/**
 * Lighthouse (mobile preset, the default config) on pages of a served build,
 * with the system Chromium. Prints the four category scores per page.
 *
 *   tsx scripts/bench-lighthouse.ts http://127.0.0.1:4173/ http://127.0.0.1:4173/episodes/x
 */
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

export interface LighthouseScores {
  url: string
  performance: number | null
  accessibility: number | null
  bestPractices: number | null
  seo: number | null
}

export const lighthouseTargets = {
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  seo: 90,
} as const

function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)))
  if (!found) throw new Error('No Chromium found: set CHROME_PATH or apt-get install chromium')
  return found
}

const percent = (score: number | null | undefined) =>
  score === null || score === undefined ? null : Math.round(score * 100)

/** Runs Lighthouse on each URL in turn, one fresh browser per page so runs don't share a cache. */
export async function runLighthouse(urls: string[]): Promise<LighthouseScores[]> {
  const results: LighthouseScores[] = []
  for (const url of urls) {
    const chrome = await launch({
      chromePath: chromePath(),
      // --headless=new renders like a headed browser; the sandbox needs privileges CI doesn't have.
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    try {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      const categories = run?.lhr.categories
      if (run?.lhr.runtimeError) {
        throw new Error(`Lighthouse could not audit ${url}: ${run.lhr.runtimeError.message}`)
      }
      results.push({
        url,
        performance: percent(categories?.performance?.score),
        accessibility: percent(categories?.accessibility?.score),
        bestPractices: percent(categories?.['best-practices']?.score),
        seo: percent(categories?.seo?.score),
      })
      printFailedAudits(run?.lhr)
    } finally {
      chrome.kill()
    }
  }
  return results
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

/** Names the audits that cost points outside performance, so a score below target says why. */
function printFailedAudits(lhr: Report | undefined) {
  if (!lhr) return
  for (const id of ['accessibility', 'best-practices', 'seo'] as const) {
    const refs = lhr.categories[id]?.auditRefs ?? []
    const failed = refs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id)
    if (failed.length > 0) console.log(`    ${id} audits below 100: ${failed.join(', ')}`)
  }
}

export function formatScores(scores: LighthouseScores[]): string {
  const cell = (value: number | null, target: number) =>
    value === null ? 'n/a' : `${value}${value >= target ? '' : ' (below target)'}`
  return scores
    .map(
      (s) =>
        `  ${s.url}\n    performance ${cell(s.performance, lighthouseTargets.performance)}` +
        ` · accessibility ${cell(s.accessibility, lighthouseTargets.accessibility)}` +
        ` · best practices ${cell(s.bestPractices, lighthouseTargets.bestPractices)}` +
        ` · SEO ${cell(s.seo, lighthouseTargets.seo)}`,
    )
    .join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const urls = process.argv.slice(2)
  if (urls.length === 0) throw new Error('Give one or more URLs to audit')
  console.log(formatScores(await runLighthouse(urls)))
}
