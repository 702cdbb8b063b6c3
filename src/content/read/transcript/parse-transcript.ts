import { parseTranscriptJson } from './parse-json.ts'
import { parseSrt } from './parse-srt.ts'
import { parseVtt } from './parse-vtt.ts'
import type { ParsedTranscript, TranscriptFormat } from './transcript-cue.ts'

/** The format a file name or MIME type says, or null when neither says one. */
export function formatOf(name: string, type?: string | null): TranscriptFormat | null {
  const mime = type?.toLowerCase() ?? ''
  if (mime.includes('vtt')) return 'vtt'
  if (mime.includes('srt') || mime.includes('subrip')) return 'srt'
  if (mime.includes('json')) return 'json'
  const path = name.split(/[?#]/)[0]?.toLowerCase() ?? ''
  if (path.endsWith('.vtt')) return 'vtt'
  if (path.endsWith('.srt')) return 'srt'
  if (path.endsWith('.json')) return 'json'
  return null
}

/** What a file's first characters say it is, for files whose name and type say nothing. */
export function sniffFormat(text: string): TranscriptFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('WEBVTT')) return 'vtt'
  if (start.startsWith('{')) return 'json'
  return 'srt'
}

/**
 * Reads a transcript's text in its format: a byte-order mark and Windows line
 * ends are fine; an empty file, or one without a single readable cue, gets a
 * note saying so.
 */
export async function parseTranscript(
  source: string,
  format: TranscriptFormat,
): Promise<ParsedTranscript> {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (text.trim() === '') {
    return { cues: [], notes: [{ line: 1, message: 'is empty: it holds no cues' }] }
  }
  const parsed =
    format === 'vtt'
      ? await parseVtt(text)
      : format === 'srt'
        ? await parseSrt(text)
        : parseTranscriptJson(text)
  const cues = parsed.cues.filter((cue) => cue.text !== '')
  if (cues.length === 0 && parsed.notes.length === 0) {
    parsed.notes.push({ line: 1, message: 'holds no cue with text' })
  }
  return { cues, notes: parsed.notes }
}
