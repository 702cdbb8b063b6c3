import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eachLimited } from '../../../../src/content/read/each-limited.ts'
import { fetchTranscript } from '../../../../src/content/read/transcript/fetch-transcript.ts'

let server: Server
let origin = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/silent') return // never answers
    res.writeHead(200, { 'content-type': 'text/plain' }).end('{"segments": []}')
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  return new Promise<void>((done) => server.close(() => done()))
})

describe('fetchTranscript', () => {
  it('gives up on a host that does not answer within the timeout', async () => {
    expect(await fetchTranscript(`${origin}/silent`, null, 200)).toEqual({
      error: 'no answer within 0.2 s',
    })
  })

  it('tells the format from the text when neither the URL nor the type says it', async () => {
    expect(await fetchTranscript(`${origin}/plain`, null, 5000)).toEqual({
      text: '{"segments": []}',
      format: 'json',
    })
  })

  it('says why a host cannot be reached', async () => {
    const closed = createServer()
    await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((done) => closed.close(() => done()))
    expect(await fetchTranscript(`http://127.0.0.1:${port}/x.vtt`, null, 5000)).toEqual({
      error: 'could not connect (ECONNREFUSED)',
    })
  })
})

describe('eachLimited', () => {
  it('never has more than the limit of tasks running', async () => {
    const running = new Set<number>()
    let most = 0
    const release: Array<() => void> = []
    const done = eachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running.add(item)
      most = Math.max(most, running.size)
      await new Promise<void>((resolve) => release.push(resolve))
      running.delete(item)
    })
    while (release.length > 0 || running.size > 0) {
      await new Promise(setImmediate)
      release.splice(0).forEach((resolve) => {
        resolve()
      })
    }
    await done
    expect(most).toBe(3)
  })
})
