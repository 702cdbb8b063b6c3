/**
 * Seeded random sequences of player requests, and what the player must end
 * in after them: shared by the store's property test, the browser test and
 * the benchmark.
 */

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Request =
  | { kind: 'play' | 'pause' | 'toggle' | 'next-chapter' | 'previous-chapter' }
  | { kind: 'seek'; to: number }
  | { kind: 'skip'; by: number }
  | { kind: 'rate'; to: number }
  /** To the other episode (its page, then its Play button). */
  | { kind: 'switch' }

export interface Step {
  request: Request
  /** Milliseconds to wait before the next request. */
  gapMs: number
}

export interface SequenceOptions {
  seed: number
  steps: number
  /** Length of the audio, seconds; seeks stay clear of its end. */
  duration: number
  /** Whether to switch between two episodes. */
  switching: boolean
  maxGapMs?: number
  /** Requests per burst, before the player is left to settle. */
  burst?: number
}

/** The speeds asked for; the fastest bounds how far the position may move. */
export const REQUEST_RATES = [0.75, 1, 1.25, 1.5, 2]
const rates = REQUEST_RATES

function randomRequest(random: () => number, options: SequenceOptions): Request {
  const pick = random()
  const at = (p: number) => pick < p
  if (at(0.16)) return { kind: 'play' }
  if (at(0.3)) return { kind: 'pause' }
  if (at(0.52)) return { kind: 'toggle' }
  if (at(0.64)) return { kind: 'seek', to: Math.floor(random() * (options.duration - 120)) }
  if (at(0.74)) return { kind: 'skip', by: random() < 0.5 ? -15 : 30 }
  if (at(0.82)) return { kind: 'next-chapter' }
  if (at(0.88)) return { kind: 'previous-chapter' }
  if (at(0.96) || !options.switching) {
    return { kind: 'rate', to: rates[Math.floor(random() * rates.length)] ?? 1 }
  }
  return { kind: 'switch' }
}

/** The steps, cut into bursts; the same seed gives the same bursts. */
export function requestBursts(options: SequenceOptions): Step[][] {
  const random = seededRandom(options.seed)
  const maxGap = options.maxGapMs ?? 400
  const size = options.burst ?? 8
  const bursts: Step[][] = []
  for (let done = 0; done < options.steps; ) {
    const length = Math.min(size, options.steps - done)
    bursts.push(
      Array.from({ length }, () => ({
        request: randomRequest(random, options),
        gapMs: Math.floor(random() * (maxGap + 1)),
      })),
    )
    done += length
  }
  return bursts
}

/** Where a chapter command lands from `position`, as the player computes it. */
export type ChapterJump = (position: number) => number

/**
 * What the listener asked for, as far as it can be known from outside: play or
 * pause, the rate, and the range the position may be in (it moves while playing).
 */
export class Expectation {
  playing = false
  /** False once playback may have reached the end: it stopped there, and a toggle then plays. */
  playingKnown = true
  rate = 1
  episode = 0
  low = 0
  high = 0

  constructor(
    public duration: number,
    readonly maxRate = Math.max(...REQUEST_RATES),
  ) {}

  /** `elapsedMs` of wall time passed: the position may have moved by that much play. */
  elapse(elapsedMs: number) {
    // Also while paused: a pause is confirmed a little later.
    if (elapsedMs <= 0) return
    this.high = Math.min(this.duration, this.high + (elapsedMs / 1000) * this.maxRate)
    this.mayEnd()
  }

  /** Playback that may have reached the end stopped there; the next play starts over. */
  private mayEnd() {
    if (this.high < this.duration - 1) return
    this.playingKnown = false
    this.low = 0
  }

  /** Plays another episode from `resume`, where it will start. */
  switchTo(episode: number, resume: number, duration: number) {
    this.episode = episode
    this.playing = true
    this.playingKnown = true
    this.low = resume
    this.high = resume
    this.duration = duration
  }

  apply(request: Request, jump?: { next: ChapterJump; previous: ChapterJump }) {
    const clamp = (value: number) => Math.min(this.duration, Math.max(0, value))
    const across = (move: (position: number) => number) => {
      let low = Number.POSITIVE_INFINITY
      let high = Number.NEGATIVE_INFINITY
      // Every eighth of a second, or 4,000 points over a wide range.
      const step = Math.max(0.125, (this.high - this.low) / 4000)
      for (let position = this.low; position <= this.high + step; position += step) {
        const landed = move(Math.min(position, this.high))
        low = Math.min(low, landed)
        high = Math.max(high, landed)
      }
      this.low = clamp(low)
      this.high = clamp(high)
    }
    switch (request.kind) {
      case 'play':
        this.playing = true
        this.playingKnown = true
        break
      case 'pause':
        this.playing = false
        this.playingKnown = true
        break
      case 'toggle':
        this.playing = !this.playing
        break
      case 'seek':
        this.low = clamp(request.to)
        this.high = this.low
        break
      case 'skip':
        across((position) => position + request.by)
        this.mayEnd()
        break
      case 'next-chapter':
        if (jump) across(jump.next)
        this.mayEnd()
        break
      case 'previous-chapter':
        if (jump) across(jump.previous)
        break
      case 'rate':
        this.rate = request.to
        break
      case 'switch':
        break
    }
  }

  /** Mismatches between what was asked and what the player shows; empty when it matches. */
  check(actual: { playing: boolean; position: number; rate: number; episode?: number }): string[] {
    const problems: string[] = []
    if (this.playingKnown && actual.playing !== this.playing) {
      problems.push(
        `${actual.playing ? 'playing' : 'paused'}, asked to ${this.playing ? 'play' : 'pause'}`,
      )
    }
    if (Math.abs(actual.rate - this.rate) > 1e-6)
      problems.push(`rate ${actual.rate}, asked ${this.rate}`)
    if (actual.episode !== undefined && actual.episode !== this.episode) {
      problems.push(`episode ${actual.episode}, asked ${this.episode}`)
    }
    if (actual.position < this.low - 1 || actual.position > this.high + 1) {
      problems.push(
        `position ${actual.position.toFixed(2)}, asked ${this.low.toFixed(2)}–${this.high.toFixed(2)} (± 1 s)`,
      )
    }
    return problems
  }
}
