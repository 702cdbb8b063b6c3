import { type ComponentType, lazy, Suspense } from 'react'

/** A component whose code the browser loads when it first renders. */
export interface LazySlot<P extends object> {
  (props: P): React.JSX.Element
  /** The prerenderer renders with the component itself, so that pages hold all of it. */
  renderWith: (component: ComponentType<P>) => void
  /**
   * Loads the code before the app takes over a prerendered page that shows it, so
   * that the page is whole and answers every press from its first frame.
   */
  preload: () => Promise<void>
}

/**
 * Code that the home page never needs stays out of its bundle: the browser loads it
 * with the first page that shows it and, until it arrives, React keeps the
 * prerendered HTML as it is (no layout shift, nothing fetched again).
 */
export function lazySlot<P extends object>(load: () => Promise<ComponentType<P>>): LazySlot<P> {
  let Component: ComponentType<P> = lazy(() => load().then((component) => ({ default: component })))
  // biome-ignore lint/correctness/noComponentHookFactories: called once per slot, at module level
  const Slot = (props: P) => (
    <Suspense fallback={null}>
      <Component {...props} />
    </Suspense>
  )
  Slot.renderWith = (component: ComponentType<P>) => {
    Component = component
  }
  Slot.preload = () =>
    load().then((component) => {
      Component = component
    })
  return Slot
}
