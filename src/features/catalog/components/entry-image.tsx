import type { ImageDocument } from '../../../content/documents.ts'

interface EntryImageProps {
  image: ImageDocument
  /** Width and height in CSS pixels: the box is fixed, so nothing moves when it loads. */
  size: number
  /** Tailwind size class matching `size`, such as `size-16`. */
  sizeClass: string
  /** The document's alt text by default; `''` where the image only decorates a name beside it. */
  alt?: string
  /** Lazy below the fold; eager for the one image a page leads with. */
  lazy?: boolean
  rounded?: string
}

/**
 * A published image (show artwork, technology icon) in a fixed square box. Always
 * an `<img>`, never inlined markup, so that an SVG's scripts cannot run.
 */
export function EntryImage({
  image,
  size,
  sizeClass,
  alt = image.alt,
  lazy = true,
  rounded = 'rounded-lg',
}: EntryImageProps) {
  return (
    <img
      src={image.url}
      {...(image.url2x && { srcSet: `${image.url} 1x, ${image.url2x} 2x` })}
      alt={alt}
      width={size}
      height={size}
      loading={lazy ? 'lazy' : 'eager'}
      decoding="async"
      className={`${sizeClass} ${rounded} shrink-0 bg-slate-100 object-cover dark:bg-slate-800`}
    />
  )
}
