import { sentence } from '../synthetic/prose.ts'
import { createRandom } from '../synthetic/random.ts'

export interface LongVtt {
  text: string
  cues: number
  words: number
}

const clock = (seconds: number) => {
  const whole = Math.floor(seconds)
  const part = (value: number) => String(value).padStart(2, '0')
  const millis = String(Math.round((seconds - whole) * 1000)).padStart(3, '0')
  return `${part(Math.floor(whole / 3600))}:${part(Math.floor(whole / 60) % 60)}:${part(whole % 60)}.${millis}`
}

/** About `words` words of synthetic speech, cut into cues of 7 to 15 words. */
function cueTexts(random: ReturnType<typeof createRandom>, cues: number): string[] {
  return Array.from({ length: cues }, () => {
    const wanted = random.int(7, 15)
    const words: string[] = []
    while (words.length < wanted) words.push(...sentence(random).split(' '))
    return `${words.slice(0, wanted).join(' ').replace(/[.,]$/, '')}.`
  })
}

/**
 * A WebVTT transcript of `seconds` with `cues` cues (2,500 over three hours,
 * about 27,000 words): speakers take turns of one to five cues, among them
 * voices matching the episode's guests and one that matches nobody.
 */
export function longVtt(voices: readonly string[], cues: number, seconds: number): LongVtt {
  const random = createRandom(18)
  const texts = cueTexts(random, cues)
  const step = seconds / cues
  const lines = ['WEBVTT', '']
  let voice = 0
  let turnLeft = 0
  texts.forEach((text, index) => {
    if (turnLeft === 0) {
      voice = (voice + random.int(1, voices.length - 1)) % voices.length
      turnLeft = random.int(1, 5)
    }
    turnLeft -= 1
    const start = index * step
    lines.push(
      `${clock(start)} --> ${clock(start + step - 0.2)}`,
      `<v ${voices[voice]}>${text}`,
      '',
    )
  })
  const words = texts.reduce((sum, text) => sum + text.split(' ').length, 0)
  return { text: lines.join('\n'), cues, words }
}
