// A minimal language-server client for tests: starts yaml-language-server (what VS Code's YAML
// extension runs) over stdio on a workspace folder, opens files, and returns the diagnostics
// it publishes for each, as an editor would show them.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface EditorDiagnostic {
  file: string
  line: number // 1-based, as check prints
  column: number
  message: string
}

const SERVER = join(dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')), 'bin/yaml-language-server')

/** Opens `files` (relative to `root`) in yaml-language-server, with the workspace's VS Code settings. */
export async function editorDiagnostics(root: string, files: string[], settings: object): Promise<EditorDiagnostic[]> {
  const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] })
  let buffer = Buffer.alloc(0)
  let nextId = 0
  const replies = new Map<number, (result: unknown) => void>()
  const published = new Map<string, Array<{ range: { start: { line: number; character: number } }; message: string }>>()
  const waiting = new Set(files.map((f) => pathToFileURL(resolve(root, f)).href))
  let allPublished: () => void = () => {}
  const done = new Promise<void>((r) => (allPublished = r))

  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }))
    server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]))
  }
  const request = (method: string, params: object) => {
    const id = ++nextId
    send({ id, method, params })
    return new Promise((r) => replies.set(id, r))
  }
  server.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n')
      if (end < 0) return
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1])
      if (buffer.length < end + 4 + length) return
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString())
      buffer = buffer.subarray(end + 4 + length)
      if (message.method === 'textDocument/publishDiagnostics') {
        published.set(message.params.uri, message.params.diagnostics)
        waiting.delete(message.params.uri)
        if (waiting.size === 0) allPublished()
      } else if (message.method && message.id !== undefined) {
        // the server asks for settings: answer with the workspace's
        const result = message.method === 'workspace/configuration' ? message.params.items.map((i: { section?: string }) => (i.section === 'yaml' ? settings : null)) : null
        send({ id: message.id, result })
      } else if (message.id !== undefined) {
        replies.get(message.id)?.(message.result)
      }
    }
  })

  try {
    const rootUri = pathToFileURL(root).href
    await request('initialize', { processId: process.pid, rootUri, capabilities: { workspace: { configuration: true } }, workspaceFolders: [{ uri: rootUri, name: 'workspace' }] })
    send({ method: 'initialized', params: {} })
    send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: settings } } })
    for (const file of files) {
      const uri = pathToFileURL(resolve(root, file)).href
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(resolve(root, file), 'utf8') } } })
    }
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error('yaml-language-server published no diagnostics in 30 s')), 30_000))])
  } finally {
    server.kill()
  }
  return files.flatMap((file) =>
    (published.get(pathToFileURL(resolve(root, file)).href) ?? []).map((d) => ({
      file,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      message: d.message,
    })),
  )
}
