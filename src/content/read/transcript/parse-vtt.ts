import { parseText, tokenizeVTTCue, type VTTNode } from 'media-captions'
import type { ParsedTranscript, TranscriptCue } from './transcript-cue.ts'
import { tidyText } from './transcript-cue.ts'

/** The text of a cue's nodes: tags dropped, entities already decoded by the tokenizer. */
function textOf(nodes: readonly VTTNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.data : textOf(node.children))).join('')
}

function voiceOf(nodes: readonly VTTNode[]): string | null {
  for (const node of nodes) {
    if (node.type === 'v') return tidyText(node.voice) || null
    if (node.type !== 'text') {
      const inner = voiceOf(node.children)
      if (inner) return inner
    }
  }
  return null
}

/**
 * Reads a WebVTT file with media-captions (NOTE, STYLE and REGION blocks, cue
 * settings and voice spans `<v Name>`). Cues it cannot read are reported by line
 * and left out; the others are kept.
 */
export async function parseVtt(text: string): Promise<ParsedTranscript> {
  const result = await parseText(text, { type: 'vtt', errors: true })
  const notes = result.errors.map((error) => ({
    line: error.line,
    message:
      error.code === 1
        ? 'is not a WebVTT file: it must start with the line WEBVTT'
        : `${error.message.replace(/ on line \d+$/, '')}: this cue was skipped`,
  }))
  const cues: TranscriptCue[] = []
  for (const cue of result.cues) {
    const nodes = tokenizeVTTCue(cue)
    cues.push({
      start: cue.startTime,
      end: cue.endTime,
      speaker: voiceOf(nodes),
      text: tidyText(textOf(nodes)),
    })
  }
  return { cues, notes }
}
