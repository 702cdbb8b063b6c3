import { ChapterMarkers } from './chapter-markers.tsx'
import { SeekSlider } from './seek-slider.tsx'
import { TimeReadout } from './time-readout.tsx'
import { TransportButtons } from './transport-buttons.tsx'

/** The seek slider with its chapter markers, and the transport between elapsed and remaining time. */
export function PlayerTimeline() {
  return (
    <>
      <div>
        <ChapterMarkers />
        <SeekSlider />
      </div>
      <div className="flex items-center justify-between gap-1">
        <TimeReadout show="elapsed" />
        <TransportButtons />
        <span className="text-right">
          <TimeReadout show="remaining" />
        </span>
      </div>
    </>
  )
}
