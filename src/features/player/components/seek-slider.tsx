import { type KeyboardEvent, useEffect, useRef } from 'react'
import { usePlayer } from '../hooks/use-player.ts'
import { chapterAt } from '../lib/chapter-at.ts'
import { seekValueText } from '../lib/time.ts'
import { playerStore } from '../store/player-store.ts'
import { focusRing } from './styles.ts'

const KEY_STEPS: Record<string, number> = {
  ArrowLeft: -5,
  ArrowDown: -5,
  ArrowRight: 5,
  ArrowUp: 5,
  PageDown: -60,
  PageUp: 60,
}

/**
 * The seek slider. Its value follows the media every frame through a ref, so
 * the rest of the player does not re-render while it plays.
 */
export function SeekSlider() {
  const input = useRef<HTMLInputElement>(null)
  const dragging = useRef(false)
  const duration = usePlayer((state) => state.duration)

  useEffect(() => {
    let shownSecond = -1
    const paint = () => {
      const element = input.current
      if (!element || dragging.current) return
      const position = playerStore.getPosition()
      element.value = String(position)
      const second = Math.floor(position)
      if (second === shownSecond) return
      shownSecond = second
      const { episode, duration: total } = playerStore.getState()
      element.setAttribute('aria-valuenow', String(second))
      element.setAttribute(
        'aria-valuetext',
        seekValueText(
          second,
          total,
          chapterAt(episode?.chapters ?? [], position, total)?.title ?? null,
        ),
      )
    }
    paint()
    const stopPosition = playerStore.subscribePosition(paint)
    // The chapter titles and the duration can change without the position moving.
    const stopState = playerStore.subscribe(() => {
      shownSecond = -1
      paint()
    })
    return () => {
      stopPosition()
      stopState()
    }
  }, [])

  const commit = () => {
    dragging.current = false
    if (input.current) playerStore.seek(Number(input.current.value))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = KEY_STEPS[event.key]
    const target =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? duration
          : step === undefined
            ? null
            : playerStore.getPosition() + step
    if (target === null) return
    event.preventDefault()
    playerStore.seek(target)
  }

  return (
    <input
      ref={input}
      type="range"
      aria-label="Seek"
      min={0}
      max={Math.max(duration, 0)}
      step="any"
      defaultValue={0}
      onPointerDown={() => {
        dragging.current = true
      }}
      onChange={(event) => {
        // Pointer drags commit on release; anything else (assistive technology) commits at once.
        if (!dragging.current) playerStore.seek(Number(event.currentTarget.value))
      }}
      onPointerUp={commit}
      onKeyDown={onKeyDown}
      className={`h-2 w-full cursor-pointer rounded accent-accent ${focusRing}`}
    />
  )
}
