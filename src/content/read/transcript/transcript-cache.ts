import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TranscriptFormat } from './transcript-cue.ts'

/**
 * Remote transcripts the build fetched, kept in a folder beside the catalog so
 * that later builds need not fetch them again (publishers commit it). One file
 * per URL, named by the URL's hash, with its format's extension.
 */
export const TRANSCRIPT_CACHE = 'transcripts-cache'

const FORMATS: readonly TranscriptFormat[] = ['vtt', 'srt', 'json']

const nameOf = (url: string) => createHash('sha256').update(url).digest('hex').slice(0, 24)

export interface CachedTranscript {
  text: string
  format: TranscriptFormat
}

export async function readCachedTranscript(
  folder: string,
  url: string,
): Promise<CachedTranscript | null> {
  for (const format of FORMATS) {
    try {
      return { text: await readFile(join(folder, `${nameOf(url)}.${format}`), 'utf8'), format }
    } catch {
      // Not cached in this format.
    }
  }
  return null
}

export async function writeCachedTranscript(
  folder: string,
  url: string,
  transcript: CachedTranscript,
): Promise<void> {
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, `${nameOf(url)}.${transcript.format}`), transcript.text)
}
