/** The browsing benchmark's figures, their budgets, and how they print. */
import { transcriptShareText } from '../generate-catalog.ts'
import type { FirstUse } from './first-use.ts'
import type { LaterUse } from './later-use.ts'
import type { ScrolledList } from './list-scroll.ts'
import type { Weighed } from './transfers.ts'

export interface BrowseBenchResult {
  episodes: number
  /** The share of episodes with a one-hour transcript. */
  transcripts: number
  /** Navigation start → first episode card in the DOM (median of 5 loads), ms. */
  firstCardMs: number
  /** Each in a fresh context once the home page is idle: time and bytes. */
  firstSearch: FirstUse[]
  firstFilterClick: FirstUse[]
  /** Once the parts they need are loaded: event → new results in the DOM. */
  filterClick: LaterUse
  searchKeystroke: LaterUse
  /** Episode cards in the DOM at the top, and the list after scrolling to its end several times. */
  cards: { top: number } & ScrolledList
  /** Used JS heap after load and a garbage collection, MB. */
  heapMb: number
  /** The machine's 1-minute load average at the start and at the end, and its cores. */
  load: { start: number; end: number; cores: number }
}

export const browseTargets = {
  firstCardMs: 1500,
  /** First search (focus → results) and first filter click (click → count). */
  firstUseMs: 300,
  firstClickBytes: 300_000,
  /** Later keystrokes and clicks, p95. */
  laterMs: 50,
  heapMb: 60,
} as const

/** The first search's bytes, gzip: ≤ 200 kB up to 10,000 episodes, ≤ 300 kB up to 100,000. */
export const firstSearchBytes = (episodes: number) => (episodes <= 10_000 ? 200_000 : 300_000)

const ms = (value: number) => `${value.toFixed(1)} ms`
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length / 2
  return sorted.length % 2
    ? (sorted[Math.floor(middle)] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0
}
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET')
/** How many runs kept to a budget. */
const kept = (values: number[], budget: number) => {
  const within = values.filter((value) => value <= budget).length
  return `${within} of ${values.length} within: ${verdict(within === values.length)}`
}
const spread = (values: number[], unit: (value: number) => string) =>
  `median ${unit(median(values))}, max ${unit(Math.max(...values))}`

const weight = (weighed: Weighed) =>
  `${weighed.requests} requests, ${kB(weighed.gzipBytes)} gzip (${kB(weighed.rawBytes)} raw)`
const byKind = (weighed: Weighed) =>
  Object.entries(weighed.byKind)
    .sort(([, a], [, b]) => b.gzipBytes - a.gzipBytes)
    .map(([kind, sum]) => `${kind} ${kB(sum.gzipBytes)} in ${sum.requests}`)
    .join(', ')

/**
 * What a first use's budgets are checked against, as the issue words them: a search's
 * time from the keystroke that completes its word (the bench types the word at once,
 * so the time from the click also counts its own typing), and its bytes until the
 * results are shown (the counts load after them); a filter click's from the click,
 * with its counts.
 */
interface Checked {
  time: 'last keystroke' | 'start'
  bytes: 'shown' | 'quiet'
}

function firstUses(
  title: string,
  uses: FirstUse[],
  timeBudget: number,
  byteBudget: number,
  checked: Checked,
) {
  if (uses.length === 0) return [`  ${title}: no run`]
  const times = uses.map((use) => use.ms)
  const sinceLastKey = uses.flatMap((use) => (use.sinceLastKey === null ? [] : [use.sinceLastKey]))
  const shown = uses.map((use) => use.shown.gzipBytes)
  const settled = uses.map((use) => use.settled.gzipBytes)
  const timeTarget = (values: number[]) =>
    ` (target ≤ ${timeBudget} ms: ${kept(values, timeBudget)})`
  const byteTarget = (values: number[]) =>
    ` (target ≤ ${kB(byteBudget)}: ${kept(values, byteBudget)})`
  const fromKey = checked.time === 'last keystroke' && sinceLastKey.length > 0
  return [
    `  ${title}, ${uses.length} fresh contexts:`,
    `    time: ${spread(times, ms)}${fromKey ? '' : timeTarget(times)}${
      sinceLastKey.length
        ? `; from the last keystroke: ${spread(sinceLastKey, ms)}${fromKey ? timeTarget(sinceLastKey) : ''}`
        : ''
    }`,
    `    gzip fetched until shown: ${spread(shown, kB)} (raw ${spread(
      uses.map((use) => use.shown.rawBytes),
      kB,
    )})${checked.bytes === 'shown' ? byteTarget(shown) : ''}; until the network was quiet: ${spread(settled, kB)}${checked.bytes === 'quiet' ? byteTarget(settled) : ''}`,
    ...uses.map(
      (use) =>
        `    ${use.label}: ${ms(use.ms)}${use.sinceLastKey === null ? '' : ` (${ms(use.sinceLastKey)} from the last keystroke)`}; until shown ${weight(use.shown)}; until quiet ${weight(use.settled)}: ${byKind(use.settled)}`,
    ),
  ]
}

function later(title: string, use: LaterUse) {
  const p95 = quantile(use.samples, 0.95)
  const kinds = Object.entries(use.fetchedKinds)
    .map(([kind, requests]) => `${kind} ${requests}`)
    .join(', ')
  return `  ${title}: p50 ${ms(quantile(use.samples, 0.5))}, p95 ${ms(p95)}, max ${ms(Math.max(0, ...use.samples))} over ${use.samples.length} samples (target p95 ≤ ${browseTargets.laterMs} ms: ${verdict(p95 <= browseTargets.laterMs)}); ${use.fetched} of them started a request${kinds ? ` (${kinds})` : ''}, ${use.missed} not seen in time`
}

export function formatBrowseBench(result: BrowseBenchResult): string {
  const { cards } = result
  return [
    `Browsing ${result.episodes.toLocaleString('en')} episodes, ${transcriptShareText(result.transcripts)} (Chromium, localhost; load average ${result.load.start.toFixed(1)} at the start, ${result.load.end.toFixed(1)} at the end, ${result.load.cores} cores)`,
    '  bytes: "raw" as Chromium received them from the test server, which does not compress (headers included);',
    '  "gzip" each response body gzip\'d at level 6, as a static host that compresses text sends it (images as they are);',
    '  the budgets are compared with gzip, until the network was quiet for 500 ms after the results were shown',
    `  first card visible after navigation: ${ms(result.firstCardMs)}, median of 5 (target ≤ ${browseTargets.firstCardMs} ms: ${verdict(result.firstCardMs <= browseTargets.firstCardMs)})`,
    ...firstUses(
      'first search after load (a click in the box, the word typed at once; focus → its results shown; the counts follow them)',
      result.firstSearch,
      browseTargets.firstUseMs,
      firstSearchBytes(result.episodes),
      { time: 'last keystroke', bytes: 'shown' },
    ),
    ...firstUses(
      "first filter click after load (click → the option's count shown)",
      result.firstFilterClick,
      browseTargets.firstUseMs,
      browseTargets.firstClickBytes,
      { time: 'start', bytes: 'quiet' },
    ),
    later(
      'filter click → new count, parts loaded (second pass: sets of 8 technologies not shown before)',
      result.filterClick,
    ),
    later(
      'search keystroke → results shown, parts loaded (second pass: the same words in capitals)',
      result.searchKeystroke,
    ),
    `  episode cards in the DOM: ${cards.top} at the top; ${cards.scrolls} scrolls to the end of the page, each once the list had loaded more, reached card ${cards.reached.toLocaleString('en')} of ${cards.total.toLocaleString('en')} with ${cards.inDom} cards in the DOM`,
    `  JS heap after load: ${result.heapMb.toFixed(1)} MB (target ≤ ${browseTargets.heapMb} MB: ${verdict(result.heapMb <= browseTargets.heapMb)})`,
  ].join('\n')
}
