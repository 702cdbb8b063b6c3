import { usePlayer } from '../hooks/use-player.ts'
import { playerStore } from '../store/player-store.ts'
import { Icon } from './icon.tsx'
import { focusRing, iconButton } from './styles.ts'

/** Mute everywhere; the volume slider only where there is room (phones have hardware buttons). */
export function VolumeControl() {
  const muted = usePlayer((state) => state.muted)
  const volume = usePlayer((state) => state.volume)
  return (
    <div className="flex items-center">
      <button
        type="button"
        className={iconButton}
        aria-label={muted ? 'Unmute' : 'Mute'}
        onClick={() => playerStore.setMuted(!muted)}
      >
        <Icon name={muted ? 'muted' : 'volume'} />
      </button>
      <input
        type="range"
        aria-label="Volume"
        min={0}
        max={1}
        step={0.05}
        value={muted ? 0 : volume}
        onChange={(event) => playerStore.setVolume(Number(event.currentTarget.value))}
        className={`hidden h-2 w-20 accent-accent sm:block ${focusRing}`}
      />
    </div>
  )
}
