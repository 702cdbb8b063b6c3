import { type RefObject, useEffect, useRef, useState } from 'react'
import type { CurrentParagraph } from '../lib/current-paragraph.ts'
import { paragraphElement, scrollIntoBox } from '../lib/scroll-into-box.ts'
import type { TranscriptPlayback } from '../transcript-playback.ts'

// What the listener does to read elsewhere: Follow yields to it at once.
const listenerMoves = ['wheel', 'touchmove', 'focusin'] as const

/**
 * The Follow toggle: on when playback starts, off as soon as the listener
 * scrolls the transcript or moves the focus into it. While on, the paragraph
 * being spoken is kept in view inside `box`.
 */
export function useFollow(
  box: RefObject<HTMLElement | null>,
  tracker: CurrentParagraph,
  playback: TranscriptPlayback | null,
) {
  const [follow, setFollow] = useState(false)
  const following = useRef(follow)
  following.current = follow

  useEffect(() => {
    if (!playback) return
    let playing = playback.playing()
    return playback.subscribe(() => {
      const now = playback.playing()
      if (now && !playing) setFollow(true)
      playing = now
    })
  }, [playback])

  useEffect(() => {
    const element = box.current
    if (!element) return
    const stop = () => setFollow(false)
    // A press on the box itself (not on a link inside) is a grab of its scroll bar.
    const grab = (event: PointerEvent) => {
      if (event.target === element) stop()
    }
    for (const type of listenerMoves) element.addEventListener(type, stop, { passive: true })
    element.addEventListener('pointerdown', grab)
    return () => {
      for (const type of listenerMoves) element.removeEventListener(type, stop)
      element.removeEventListener('pointerdown', grab)
    }
  }, [box])

  useEffect(() => {
    const keepInView = () => {
      const element = box.current
      const target = element && paragraphElement(element, tracker.current())
      if (following.current && element && target) scrollIntoBox(element, target)
    }
    if (follow) keepInView()
    return tracker.subscribeChange(keepInView)
  }, [box, tracker, follow])

  return { follow, setFollow }
}
