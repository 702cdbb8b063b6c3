import { type EmbeddedPlayer, postPlayerEvents } from './embed-events.ts'
import { readParentCommand } from './parent-command.ts'

/**
 * The postMessage API between the embed and the page that frames it. Only the
 * parent window's messages are obeyed; the embed never reads the host page.
 * Events go out with targetOrigin '*': the embed cannot know which site frames
 * it, and they carry nothing private (the episode slug and a time).
 * Returns a function that disconnects, or does nothing when not framed.
 */
export function connectHostPage(player: EmbeddedPlayer, episode: string): () => void {
  const parent = window.parent
  if (parent === window) return () => {}
  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return
    const command = readParentCommand(event.data)
    if (command?.type === 'play') player.play()
    else if (command?.type === 'pause') player.pause()
    else if (command?.type === 'seek') player.seek(command.time)
  }
  window.addEventListener('message', onMessage)
  const stopEvents = postPlayerEvents(
    player,
    episode,
    (message) => parent.postMessage(message, '*'),
    () => performance.now(),
  )
  return () => {
    window.removeEventListener('message', onMessage)
    stopEvents()
  }
}
