import { vttTimestamp } from '../../src/content/compile/transcript/transcript-vtt-file.ts'
import type { TranscriptCue } from '../../src/content/read/transcript/transcript-cue.ts'
import { sentence } from './prose.ts'
import type { Random } from './random.ts'

/**
 * `seconds` of talk between the given speakers: a cue every 3 to 6 seconds
 * holding one sentence (about 170 words a minute), turns of one to eight cues.
 */
export function syntheticCues(
  random: Random,
  seconds: number,
  speakers: string[],
): TranscriptCue[] {
  const cues: TranscriptCue[] = []
  let at = 0
  let speaker = 0
  let turnLeft = random.int(1, 8)
  while (at < seconds) {
    const end = Math.min(seconds, at + random.int(3, 6))
    const voice = speakers[speaker % speakers.length] ?? 'Host'
    cues.push({ start: at, end, speaker: voice, text: sentence(random) })
    at = end
    turnLeft -= 1
    if (turnLeft === 0) {
      speaker += 1
      turnLeft = random.int(1, 8)
    }
  }
  return cues
}

/** The same talk as a WebVTT file. */
export function syntheticTranscript(random: Random, seconds: number, speakers: string[]): string {
  const blocks = ['WEBVTT']
  for (const cue of syntheticCues(random, seconds, speakers)) {
    blocks.push(
      `${vttTimestamp(cue.start)} --> ${vttTimestamp(cue.end)}\n<v ${cue.speaker}>${cue.text}`,
    )
  }
  return `${blocks.join('\n\n')}\n`
}
