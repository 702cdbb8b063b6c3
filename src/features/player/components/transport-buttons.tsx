import { usePlayer } from '../hooks/use-player.ts'
import { nextChapter, previousChapter, skipBack, skipForward } from '../store/player-commands.ts'
import { playerStore, playNextQueued } from '../store/player-store.ts'
import { Icon } from './icon.tsx'
import { focusRing, iconButton } from './styles.ts'

/** Play/Pause between skip and chapter buttons; names are part of the player's contract. */
export function TransportButtons() {
  const busy = usePlayer((state) => state.requested === 'play' && state.status !== 'playing')
  const playing = usePlayer((state) => state.requested === 'play')
  const hasChapters = usePlayer((state) => (state.episode?.chapters.length ?? 0) > 0)
  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        className={iconButton}
        aria-label="Skip back 15 seconds"
        onClick={skipBack}
      >
        <Icon name="back" label="15" className="size-7" />
      </button>
      <button
        type="button"
        className={iconButton}
        aria-label="Previous chapter"
        onClick={previousChapter}
        disabled={!hasChapters}
      >
        <Icon name="previous" />
      </button>
      <button
        type="button"
        aria-label={playing ? 'Pause' : 'Play'}
        onClick={() => (playerStore.getState().episode ? playerStore.toggle() : playNextQueued())}
        className={`relative inline-flex size-12 items-center justify-center rounded-full bg-accent text-on-accent hover:bg-accent-strong ${focusRing}`}
      >
        <Icon name={playing ? 'pause' : 'play'} className="size-6" />
        {busy ? (
          <span
            aria-hidden="true"
            className="absolute inset-0 animate-spin rounded-full border-2 border-transparent border-t-white dark:border-t-slate-950"
          />
        ) : null}
      </button>
      <button
        type="button"
        className={iconButton}
        aria-label="Next chapter"
        onClick={nextChapter}
        disabled={!hasChapters}
      >
        <Icon name="next" />
      </button>
      <button
        type="button"
        className={iconButton}
        aria-label="Skip forward 30 seconds"
        onClick={skipForward}
      >
        <Icon name="forward" label="30" className="size-7" />
      </button>
    </div>
  )
}
