import { playerStore } from '../features/player/store/player-store.ts'
import type { PlayerEpisode } from '../features/player/store/player-types.ts'
import type { TranscriptPlayback } from '../features/transcript/transcript-playback.ts'

/** The app's one player, as a transcript of `episode` sees it (page and embed alike). */
export function playerTranscriptPlayback(episode: PlayerEpisode): TranscriptPlayback {
  const holdsEpisode = () => playerStore.getState().episode?.slug === episode.slug
  return {
    position: () => (holdsEpisode() ? playerStore.getPosition() : null),
    playing: () => holdsEpisode() && playerStore.getState().requested === 'play',
    subscribe(listener) {
      const stopState = playerStore.subscribe(listener)
      const stopPosition = playerStore.subscribePosition(listener)
      return () => {
        stopState()
        stopPosition()
      }
    },
    playAt(seconds) {
      if (!holdsEpisode()) return playerStore.playEpisode(episode, seconds)
      playerStore.seek(seconds)
      playerStore.play()
    },
  }
}
