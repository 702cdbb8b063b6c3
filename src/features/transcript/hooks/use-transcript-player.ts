import { type RefObject, useCallback, useMemo } from 'react'
import type { TranscriptParagraph } from '../../../content/documents.ts'
import { createCurrentParagraph } from '../lib/current-paragraph.ts'
import type { TranscriptPlayback } from '../transcript-playback.ts'
import { useFollow } from './use-follow.ts'

// An episode without audio: nothing is ever spoken, nothing plays.
const silent: TranscriptPlayback = {
  position: () => null,
  playing: () => false,
  subscribe: () => () => {},
  playAt: () => {},
}

/**
 * What a transcript view needs from playback: the current paragraph, Follow,
 * and a play handler that starts from a moment and follows it (null without audio).
 */
export function useTranscriptPlayer(
  paragraphs: readonly TranscriptParagraph[],
  playback: TranscriptPlayback | null,
  box: RefObject<HTMLElement | null>,
) {
  const tracker = useMemo(
    () => createCurrentParagraph(paragraphs, playback ?? silent),
    [paragraphs, playback],
  )
  const { follow, setFollow } = useFollow(box, tracker, playback)
  const playAt = useCallback(
    (seconds: number) => {
      playback?.playAt(seconds)
      setFollow(true)
    },
    [playback, setFollow],
  )
  return { tracker, follow, setFollow, onPlay: playback ? playAt : null }
}
