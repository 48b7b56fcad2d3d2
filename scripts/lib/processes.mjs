import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"

/** Whether `pid` runs; a zombie (exited, not yet reaped) counts as gone. */
export function isAlive(pid) {
  try {
    process.kill(pid, 0)
  } catch (e) {
    if (e.code !== "EPERM") return false
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"))
  } catch (e) {
    return e.code !== "ENOENT"
  }
}

/** A TCP port on localhost that nothing listens on right now. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "localhost", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Polls `url` until it answers 200, or throws after `timeoutMs`. */
export async function waitForHealthy(url, { timeoutMs = 180000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`The server exited before ${url} answered`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`)
}

/** Sends SIGTERM to each child (and its process group), then SIGKILL after `graceMs`. */
export async function terminate(children, graceMs = 15000) {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          const timer = setTimeout(() => signalTree(child, "SIGKILL"), graceMs)
          child.once("exit", () => {
            clearTimeout(timer)
            resolve()
          })
          signalTree(child, "SIGTERM")
        })
    )
  )
}

function signalTree(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    try {
      child.kill(signal)
    } catch {}
  }
}

/** Starts a long-running child in its own process group so it can be stopped as a whole. */
export function startDetachedGroup(command, args, options) {
  return spawn(command, args, { ...options, detached: true })
}
