/**
 * Later keystrokes and filter clicks, once the parts they need are loaded:
 * a first pass loads them, a second pass is timed. The second pass asks for
 * states the page has not seen, so it times the reading of loaded parts, not
 * the query cache returning an answer it already holds.
 */
import type { Page } from '@playwright/test'
import { optionBox, searchBox } from './home-page.ts'
import { armShown, countChange, type Shown, settle, shownAfter, shownNow } from './in-page.ts'
import { kindOf, type TransferLog } from './transfers.ts'

const MIN_SAMPLES = 40
/** Words typed in the first pass before the second pass types them again. */
const WORDS_AT_ONCE = 4

export interface LaterUse {
  /** Event → results shown, ms. */
  samples: number[]
  /** Timed events during which the page started a request (a part it had not loaded). */
  fetched: number
  /** What those requests were, by kind of part. */
  fetchedKinds: Record<string, number>
  /** Events meant to be timed whose results were not seen in time (3 s; for a click, 1 s for the count to change). */
  missed: number
}

const emptyUse = (): LaterUse => ({ samples: [], fetched: 0, fetchedKinds: {}, missed: 0 })

/** Times one event; counts the requests the page started meanwhile. */
async function timed(
  later: LaterUse,
  log: TransferLog,
  event: () => Promise<number | null>,
): Promise<void> {
  const before = log.started().length
  const ms = await event()
  if (ms === null) return void later.missed++
  later.samples.push(ms)
  const started = log.started().slice(before)
  if (started.length > 0) later.fetched++
  for (const url of started) {
    const kind = kindOf(url)
    later.fetchedKinds[kind] = (later.fetchedKinds[kind] ?? 0) + 1
  }
}

/** Types `word` after clearing the box, waiting for each prefix's results; what the list showed, from the empty box on. */
async function typeSettled(page: Page, log: TransferLog, word: string): Promise<Shown[]> {
  await searchBox(page).fill('')
  await settle(page, log)
  const shown = [await shownNow(page)]
  for (const letter of word) {
    await page.keyboard.press(letter)
    await settle(page, log)
    shown.push(await shownNow(page))
  }
  return shown
}

/**
 * Types words letter by letter, each twice, a few words at a time until there
 * are enough samples. The first pass, in lower case, waits for each prefix's
 * results and notes what the list shows; the second, in capitals (the same
 * words for the index, other queries for the page's cache), times each
 * keystroke whose results differ from the previous one's until the list shows
 * them. Returns the timings and each word's results.
 */
export async function laterKeystrokes(
  page: Page,
  log: TransferLog,
  words: readonly string[],
): Promise<LaterUse & { results: Map<string, Shown> }> {
  log.mark()
  await searchBox(page).focus()
  const later = emptyUse()
  const results = new Map<string, Shown>()
  for (let at = 0; at < words.length && later.samples.length < MIN_SAMPLES; at += WORDS_AT_ONCE) {
    const batch = words.slice(at, at + WORDS_AT_ONCE)
    const typed = new Map<string, Shown[]>()
    for (const word of batch) typed.set(word, await typeSettled(page, log, word))
    for (const word of batch) {
      const shown = typed.get(word) ?? []
      const last = shown.at(-1)
      if (last) results.set(word, last)
      await searchBox(page).fill('')
      await settle(page, log)
      for (const [i, letter] of [...word].entries()) {
        const before = shown[i]
        const expected = shown[i + 1]
        const changes =
          expected !== undefined &&
          (before?.count !== expected.count || before.first !== expected.first) &&
          (await armShown(page, expected, 'keydown'))
        const press = () => page.keyboard.press(letter.toUpperCase())
        if (changes) {
          await timed(later, log, async () => {
            await press()
            return (await shownAfter(page, 3000))?.ms ?? null
          })
        } else await press()
        await settle(page, log)
      }
    }
  }
  await searchBox(page).fill('')
  await settle(page, log)
  return { ...later, results }
}

/**
 * Ticks and unticks options of one group. First pass: each option alone, then
 * all of them one by one and back, which loads their parts and the rows for
 * counts under several of them. Second pass: a Gray-code walk over the options
 * (one tick or untick a step), timing each click that leads to a set of
 * options not seen before, from the click to the count's change.
 */
export async function laterFilterClicks(
  page: Page,
  log: TransferLog,
  legend: string,
  names: readonly string[],
): Promise<LaterUse> {
  log.mark()
  const box = (bit: number) => optionBox(page, legend, names[bit] ?? '')
  const toggle = async (bit: number) => {
    await box(bit).click()
    await settle(page, log)
  }
  const seen = new Set<number>([0])
  for (const [bit] of names.entries()) {
    await toggle(bit)
    await toggle(bit)
    seen.add(1 << bit)
  }
  let state = 0
  for (const [bit] of names.entries()) {
    await toggle(bit)
    state |= 1 << bit
    seen.add(state)
  }
  for (const [bit] of names.entries()) {
    await toggle(bit)
    state &= ~(1 << bit)
    seen.add(state)
  }
  const later = emptyUse()
  for (let step = 1; step < 1 << names.length && later.samples.length < MIN_SAMPLES; step++) {
    // Step k of a Gray code flips the bit of k's lowest set bit.
    const bit = Math.log2(step & -step)
    state ^= 1 << bit
    if (seen.has(state)) await box(bit).click()
    else {
      seen.add(state)
      // An unchanged count (an option adding no episode to the others) cannot be timed.
      await timed(later, log, () => countChange(page, () => box(bit).click()))
    }
    await settle(page, log)
  }
  for (const [bit] of names.entries()) if (state & (1 << bit)) await toggle(bit)
  return later
}
