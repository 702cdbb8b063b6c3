import { useCallback, useState } from 'react'
import type { ImageDocument } from '../../../content/documents.ts'
import { initials } from '../format.ts'

interface PersonAvatarProps {
  name: string
  avatar: ImageDocument | null
  /** `lg` on a person's page, `sm` beside a name in a list. */
  size: 'sm' | 'lg'
  /** The accessible name; null where the person's name is written beside it. */
  label: string | null
}

const sizes = {
  sm: { px: 24, box: 'size-6 text-[0.625rem]' },
  lg: { px: 96, box: 'size-24 text-3xl' },
}

/**
 * A person's avatar (a copy the site serves, at twice the size for dense screens),
 * or their initials when there is none or it does not load: the box keeps its size
 * either way, so nothing moves.
 */
export function PersonAvatar({ name, avatar, size, label }: PersonAvatarProps) {
  const [failed, setFailed] = useState<string | null>(null)
  const { px, box } = sizes[size]
  const url = avatar?.url ?? null
  // A prerendered image may fail before the app takes the page over, when no
  // onError is listening yet: a finished image with no pixels failed.
  const checkLoaded = useCallback(
    (image: HTMLImageElement | null) => {
      if (image?.complete && image.naturalWidth === 0 && url) setFailed(url)
    },
    [url],
  )
  if (avatar && url && failed !== url) {
    return (
      <img
        src={url}
        {...(avatar.url2x && { srcSet: `${url} 1x, ${avatar.url2x} 2x` })}
        alt={label ?? ''}
        width={px}
        height={px}
        loading="lazy"
        decoding="async"
        ref={checkLoaded}
        onError={() => setFailed(url)}
        className={`${box} avatar-image`}
      />
    )
  }
  return (
    <span
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
      className={`${box} avatar-initials`}
    >
      {initials(name)}
    </span>
  )
}
