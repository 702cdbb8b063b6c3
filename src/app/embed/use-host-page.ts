import { useEffect } from 'react'
import { connectHostPage } from '../../features/embed/connect-host-page.ts'
import type { EmbeddedPlayer } from '../../features/embed/embed-events.ts'
import { chapterAt } from '../../features/player/lib/chapter-at.ts'
import { playerStore } from '../../features/player/store/player-store.ts'

const player: EmbeddedPlayer = {
  playing: () => playerStore.getState().status === 'playing',
  position: playerStore.getPosition,
  duration: () => playerStore.getState().duration,
  chapter: () => {
    const { episode, duration } = playerStore.getState()
    return chapterAt(episode?.chapters ?? [], playerStore.getPosition(), duration)?.title ?? null
  },
  subscribe: playerStore.subscribe,
  subscribePosition: playerStore.subscribePosition,
  play: playerStore.play,
  pause: playerStore.pause,
  seek: playerStore.seek,
}

/** Lets the page that frames the embed drive the player and hear its events (see README). */
export function useHostPage(slug: string | null) {
  useEffect(() => (slug ? connectHostPage(player, slug) : undefined), [slug])
}
