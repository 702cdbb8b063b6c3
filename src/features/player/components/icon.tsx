const shapes = {
  play: { fill: 'M8 5v14l11-7z' },
  pause: { fill: 'M6 5h4v14H6zM14 5h4v14h-4z' },
  previous: { fill: 'M6 5h2v14H6zM20 5v14L9 12z' },
  next: { fill: 'M16 5h2v14h-2zM4 5v14l11-7z' },
  back: { stroke: 'M4 12a8 8 0 1 0 2.6-5.9M6 2v4.5h4.5' },
  forward: { stroke: 'M20 12a8 8 0 1 1-2.6-5.9M18 2v4.5h-4.5' },
  volume: {
    fill: 'M3 9v6h4l5 4V5L7 9z',
    stroke: 'M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12',
  },
  muted: { fill: 'M3 9v6h4l5 4V5L7 9z', stroke: 'M16 9l5 6M21 9l-5 6' },
  grip: {
    fill: 'M8 5h3v3H8zM13 5h3v3h-3zM8 10.5h3v3H8zM13 10.5h3v3h-3zM8 16h3v3H8zM13 16h3v3h-3z',
  },
  keyboard: { stroke: 'M3 6h18v12H3zM7 10h.01M11 10h.01M15 10h.01M8 14h8' },
} as const

export type IconName = keyof typeof shapes

/** A decorative icon; the control that holds it carries the accessible name. */
export function Icon({
  name,
  label,
  className = 'size-5',
}: {
  name: IconName
  label?: string
  className?: string
}) {
  const shape: { fill?: string; stroke?: string } = shapes[name]
  return (
    <svg viewBox="0 0 24 24" className={className} aria-hidden="true" focusable="false">
      {shape.fill ? <path d={shape.fill} fill="currentColor" /> : null}
      {shape.stroke ? <path d={shape.stroke} className="icon-line" /> : null}
      {label ? (
        <text
          x="12"
          y="15.5"
          textAnchor="middle"
          fontSize="7.5"
          fontWeight="700"
          fill="currentColor"
        >
          {label}
        </text>
      ) : null}
    </svg>
  )
}
