/**
 * Drives the app's player in Chromium with a seeded random sequence of
 * requests (play, pause, toggle, seek, skip, chapter, rate, switching episode),
 * the way a listener's keys, headset and clicks send them, and checks after
 * every burst that the media ended where the last requests asked. Used by
 * tests/e2e/player-requests.spec.ts (200 steps) and the benchmark (1,000).
 */
import type { Page } from '@playwright/test'
import { nextChapterStart, previousChapterStart } from '../../src/features/player/lib/chapter-at.ts'
import { Expectation, type Request, requestBursts, type Step } from './request-sequence.ts'

export interface RandomEpisode {
  slug: string
  /** The path its audio is served under. */
  audioPath: string
  duration: number
  chapters: Array<{ startTime: number; title: string }>
}

export interface RandomRunOptions {
  seed: number
  steps: number
  /** The first is open in `page` and was never played; the run switches between the two. */
  episodes: [RandomEpisode, RandomEpisode]
  /** How long one burst may take to settle before it counts as a mismatch. */
  settleTimeoutMs?: number
  burst?: number
}

export interface RandomRunResult {
  steps: number
  bursts: number
  mismatches: string[]
}

type Handlers = Record<string, ((details: Record<string, unknown>) => void) | undefined>
interface Probe {
  __mediaHandlers: Handlers
  __audioElements: HTMLAudioElement[]
}

/**
 * Keeps the Media Session handlers (to press headset buttons) and every audio
 * element the page makes (to read what the media really does). Call before the
 * first navigation.
 */
export async function watchPlayerMedia(page: Page): Promise<void> {
  // tsx (the benchmark's loader) wraps named functions in a `__name` helper that pages lack.
  await page.addInitScript('globalThis.__name ??= (target) => target')
  await page.addInitScript(() => {
    const probe = window as unknown as Probe
    probe.__mediaHandlers = {}
    probe.__audioElements = []
    const register = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession)
    navigator.mediaSession.setActionHandler = (action, handler) => {
      probe.__mediaHandlers[action] = (handler ?? undefined) as Handlers[string]
      register(action, handler)
    }
    const NativeAudio = window.Audio
    const TrackedAudio = function (this: unknown, src?: string) {
      const element = new NativeAudio(src)
      probe.__audioElements.push(element)
      return element
    } as unknown as typeof Audio
    TrackedAudio.prototype = NativeAudio.prototype
    window.Audio = TrackedAudio
  })
}

/** What the media and the player show once settled. */
interface Snapshot {
  at: number
  playing: boolean
  position: number
  rate: number
  src: string
}

/**
 * Sends one burst inside the page, with its gaps (the input's own timing, not
 * waits for the app), and returns when each request was sent (performance.now()).
 */
function sendBurst(
  page: Page,
  steps: Step[],
  slugs: [current: string, other: string],
): Promise<{ sentAt: number[]; resume: number[] }> {
  return page.evaluate(
    async ({ steps, slugs }) => {
      const probe = window as unknown as Probe
      const key = (key: string, shiftKey = false) =>
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }))
      const press = (action: string, details: Record<string, unknown> = {}) =>
        probe.__mediaHandlers[action]?.({ action, ...details })
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
      const sentAt: number[] = []
      const resume: number[] = []
      for (const { request, gapMs } of steps as Array<{ request: Request; gapMs: number }>) {
        switch (request.kind) {
          case 'play':
            press('play')
            break
          case 'pause':
            press('pause')
            break
          case 'toggle':
            key(' ')
            break
          case 'seek':
            press('seekto', { seekTime: request.to })
            break
          case 'skip':
            key(request.by < 0 ? 'ArrowLeft' : 'ArrowRight')
            break
          case 'next-chapter':
            key('ArrowRight', true)
            break
          case 'previous-chapter':
            key('ArrowLeft', true)
            break
          case 'rate': {
            const select = document.querySelector<HTMLSelectElement>(
              'select[aria-label="Playback speed"]',
            )
            if (select) {
              select.value = String(request.to)
              select.dispatchEvent(new Event('change', { bubbles: true }))
            }
            break
          }
          case 'switch': {
            // Open the other episode's page, as a link would, and press its Play button.
            const [, target] = slugs
            history.pushState(null, '', `/episodes/${target}`)
            let play: HTMLButtonElement | undefined
            while (!play) {
              await nextFrame()
              play = findPlay(target)
            }
            const stored = JSON.parse(localStorage.getItem('podcast-player:progress') ?? '{}')
            const entry = stored[target] as { position: number; duration: number } | undefined
            resume.push(entry && entry.duration - entry.position >= 30 ? entry.position : 0)
            play.click()
            slugs.reverse()
            break
          }
        }
        sentAt.push(performance.now())
        await new Promise((resolve) => setTimeout(resolve, gapMs))
      }
      return { sentAt, resume }

      function findPlay(slug: string): HTMLButtonElement | undefined {
        // The new page is there once its chapter links are (both episodes have chapters).
        if (!document.querySelector(`main a[href^="/episodes/${slug}?t="]`)) return undefined
        return [...document.querySelectorAll<HTMLButtonElement>('main button')].find(
          (button) => button.textContent?.trim() === 'Play',
        )
      }
    },
    { steps, slugs },
  )
}

/**
 * Waits (polling the page, no sleeping) until the player is settled: the
 * media plays exactly when the Play/Pause button says it was asked to, the
 * lock screen agrees, no seek is under way and the shown position and speed
 * are the media's. Returns what the media does then, or null when it never settles.
 */
async function settled(page: Page, audioPath: string, timeout: number): Promise<Snapshot | null> {
  try {
    const handle = await page.waitForFunction(
      (audioPath) => {
        const probe = window as unknown as Probe
        const element = probe.__audioElements.find((audio) => audio.src.endsWith(audioPath))
        const label = document
          .querySelector(
            '[aria-label="Audio player"] button[aria-label="Pause"], [aria-label="Audio player"] button[aria-label="Play"]',
          )
          ?.getAttribute('aria-label')
        const seek = document.querySelector<HTMLInputElement>('input[aria-label="Seek"]')
        const speed = document.querySelector<HTMLSelectElement>(
          'select[aria-label="Playback speed"]',
        )
        if (!element || !label || !seek || !speed) return false
        const asked = label === 'Pause'
        const playing = !element.paused && !element.ended
        const session = navigator.mediaSession.playbackState
        if (playing !== asked || element.seeking) return false
        if (playing ? session !== 'playing' || element.readyState < 3 : session === 'playing')
          return false
        if (Math.abs(Number(seek.value) - element.currentTime) > 1) return false
        // The media confirms the shown speed too: the engine applies it once a seek has settled.
        if (Number(speed.value) !== element.playbackRate) return false
        return {
          at: performance.now(),
          playing,
          position: element.currentTime,
          rate: element.playbackRate,
          src: element.src,
        }
      },
      audioPath,
      { timeout, polling: 'raf' },
    )
    return (await handle.jsonValue()) as Snapshot
  } catch {
    return null
  }
}

/** What the player shows and the media does now, for the report of a burst that never settled. */
function describePlayer(page: Page, audioPath: string): Promise<string> {
  return page.evaluate((audioPath) => {
    const probe = window as unknown as Probe
    const element = probe.__audioElements.find((audio) => audio.src.endsWith(audioPath))
    const label = document
      .querySelector(
        '[aria-label="Audio player"] button[aria-label="Pause"], [aria-label="Audio player"] button[aria-label="Play"]',
      )
      ?.getAttribute('aria-label')
    const seek = document.querySelector<HTMLInputElement>('input[aria-label="Seek"]')?.value
    const media = element
      ? `paused ${element.paused}, ended ${element.ended}, seeking ${element.seeking}, readyState ${element.readyState}, at ${element.currentTime.toFixed(2)}`
      : 'no element'
    const bar = document.querySelector('[aria-label="Audio player"]')?.textContent?.slice(0, 200)
    const all = probe.__audioElements
      .map(
        (audio) =>
          `[${audio.src.slice(-16)} p${audio.paused} t${audio.currentTime.toFixed(1)} rs${audio.readyState} ns${audio.networkState} e${audio.error?.code}]`,
      )
      .join(' ')
    return `${location.pathname.slice(-12)} ${all} bar "${bar}", button ${label}, lock screen ${navigator.mediaSession.playbackState}, seek bar ${seek}, media: ${media}`
  }, audioPath)
}

/** Runs the sequence; the first request is a click on the episode page's Play button. */
export async function runRandomRequests(
  page: Page,
  options: RandomRunOptions,
): Promise<RandomRunResult> {
  const [first, second] = options.episodes
  const timeout = options.settleTimeoutMs ?? 20_000
  const expected = new Expectation(first.duration)
  let index = 0
  const episodeOf = () => options.episodes[index] ?? first
  const jump = {
    next: (position: number) => nextChapterStart(episodeOf().chapters, position) ?? position,
    previous: (position: number) => previousChapterStart(episodeOf().chapters, position),
  }
  const mismatches: string[] = []

  await page.getByRole('main').getByRole('button', { name: 'Play', exact: true }).first().click()
  let lastAt = await page.evaluate(() => performance.now())
  expected.apply({ kind: 'play' })

  const bursts = requestBursts({
    seed: options.seed,
    steps: options.steps,
    duration: Math.min(first.duration, second.duration),
    switching: true,
    ...(options.burst ? { burst: options.burst } : {}),
  })
  let number = 0
  for (const burst of bursts) {
    number += 1
    // Before the bar's controls exist there is nothing to press: wait for them (first burst).
    await page.waitForFunction(
      () => (window as unknown as Probe).__mediaHandlers.play !== undefined,
    )
    const { sentAt, resume } = await sendBurst(page, burst, [
      episodeOf().slug,
      (options.episodes[1 - index] ?? second).slug,
    ])
    // The model follows the same requests, with the measured time between them.
    let switches = 0
    for (const [step, { request }] of burst.entries()) {
      const at = sentAt[step] ?? lastAt
      expected.elapse(at - lastAt)
      lastAt = at
      if (request.kind === 'switch') {
        index = 1 - index
        expected.switchTo(index, resume[switches] ?? 0, episodeOf().duration)
        switches += 1
      } else expected.apply(request, jump)
    }
    const snapshot = await settled(page, episodeOf().audioPath, timeout)
    if (!snapshot) {
      const asked = burst.map((step) => JSON.stringify(step.request)).join(' ')
      const shown = await describePlayer(page, episodeOf().audioPath)
      mismatches.push(
        `burst ${number}: did not settle within ${timeout} ms (${shown}) after ${asked}`,
      )
      lastAt = await page.evaluate(() => performance.now())
      continue
    }
    expected.elapse(snapshot.at - lastAt)
    lastAt = snapshot.at
    const problems = expected.check({
      playing: snapshot.playing,
      position: snapshot.position,
      rate: snapshot.rate,
    })
    if (!snapshot.src.endsWith(episodeOf().audioPath)) problems.push(`plays ${snapshot.src}`)
    if (problems.length > 0) {
      const asked = burst.map((step) => JSON.stringify(step.request)).join(' ')
      mismatches.push(`burst ${number}: ${problems.join('; ')} after ${asked}`)
      // Go on from what the media does, so that one mismatch is counted once.
      expected.playing = snapshot.playing
      expected.low = snapshot.position
      expected.high = snapshot.position
      expected.rate = snapshot.rate
    }
  }
  return { steps: options.steps, bursts: bursts.length, mismatches }
}
