import { vttTimestamp } from '../../src/content/compile/transcript/transcript-vtt-file.ts'
import { sentence } from './prose.ts'
import type { Random } from './random.ts'

/**
 * A WebVTT transcript of `seconds` of talk between the given speakers: a cue
 * every 3 to 6 seconds holding one sentence (about 170 words a minute), turns
 * of one to eight cues.
 */
export function syntheticTranscript(random: Random, seconds: number, speakers: string[]): string {
  const blocks = ['WEBVTT']
  let at = 0
  let speaker = 0
  let turnLeft = random.int(1, 8)
  while (at < seconds) {
    const end = Math.min(seconds, at + random.int(3, 6))
    const voice = speakers[speaker % speakers.length] ?? 'Host'
    blocks.push(`${vttTimestamp(at)} --> ${vttTimestamp(end)}\n<v ${voice}>${sentence(random)}`)
    at = end
    turnLeft -= 1
    if (turnLeft === 0) {
      speaker += 1
      turnLeft = random.int(1, 8)
    }
  }
  return `${blocks.join('\n\n')}\n`
}
