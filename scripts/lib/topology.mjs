// Several Medusa instances on one Postgres and one Redis, on loopback: what a
// scaled-out deployment looks like, for the scale-out test. Redis is Debian's
// `redis-server`, started here on a free port and stopped with everything else.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ensureBuild, startBuiltServer } from "./build.mjs"
import {
  startEmbeddedPostgres,
  startWatchdog,
  throwawayDataDir,
} from "./embedded-postgres.mjs"
import { freePort, terminate, waitForHealthy } from "./processes.mjs"
import { mustRunBin } from "./run.mjs"

const REDIS_CANDIDATES = ["/usr/bin/redis-server", "/usr/local/bin/redis-server", "/usr/sbin/redis-server"]

/** The redis-server binary, or null when it is not installed. */
export function findRedisServer() {
  const fromPath = (process.env.PATH ?? "").split(":").map((dir) => path.join(dir, "redis-server"))
  return [...fromPath, ...REDIS_CANDIDATES].find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK)
      return true
    } catch {
      return false
    }
  }) ?? null
}

function waitForOutput(child, pattern, what, timeoutMs = 20000) {
  let output = ""
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs)
    child.stdout.on("data", (chunk) => {
      output += chunk
      if (pattern.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once("exit", (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`${what} exited during start (${code ?? signal}):\n${output}`))
    })
  })
}

/** A throwaway redis-server on 127.0.0.1 (no persistence), stopped by `stop()` or when this process dies. */
export async function startRedis({ bin = findRedisServer() } = {}) {
  if (!bin) throw new Error("redis-server is not installed (apt-get install -y redis-server)")
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-brands-redis-"))
  const child = spawn(
    bin,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, "--daemonize", "no"],
    { stdio: ["ignore", "pipe", "inherit"] }
  )
  startWatchdog(process.pid, child.pid, dir)
  await waitForOutput(child, /Ready to accept connections/, "redis-server")
  child.stdout.resume()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    process: child,
    stop: async () => {
      await terminate([child], 5000)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Starts Postgres (a throwaway embedded cluster), Redis, and the production
 * build as `servers` HTTP instances (MEDUSA_WORKER_MODE=server) plus `workers`
 * worker instances, all with REDIS_URL. Runs the migrations and creates the
 * admin first. Each instance logs to `<logDir>/<name>.log`, deleted on stop
 * unless `keepLogs`. With `redis: false` no Redis is started and the instances
 * get no REDIS_URL (Medusa's in-process defaults: what several instances must not run on).
 * Returns { servers: [{ name, url }], workers, databaseUrl, redisUrl, logDir, stop }.
 */
export async function startTopology({
  servers = 2,
  workers = 1,
  redis: withRedis = true,
  admin = { email: "admin@medusa-brands.test", password: "s3cret-password" },
  keepLogs = false,
  log = console.log,
} = {}) {
  const stops = []
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch((e) => log(`While stopping: ${e.message}`))
  }
  try {
    const buildDir = await ensureBuild({ log })
    const pg = await startEmbeddedPostgres({ dataDir: throwawayDataDir("scale-out"), port: await freePort(), throwaway: true, log: () => {} })
    stops.push(pg.stop)
    await pg.createDatabase("medusa_brands")
    const redis = withRedis ? await startRedis() : null
    if (redis) stops.push(redis.stop)

    const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-brands-topology-"))
    if (!keepLogs) stops.push(async () => fs.rmSync(logDir, { recursive: true, force: true }))
    const env = {
      DATABASE_URL: pg.url("medusa_brands"),
      // Empty, not unset, so that a REDIS_URL of the calling shell cannot leak in.
      REDIS_URL: redis?.url ?? "",
      JWT_SECRET: "scale-out-jwt-secret",
      COOKIE_SECRET: "scale-out-cookie-secret",
      LOG_LEVEL: process.env.LOG_LEVEL || "info",
    }
    log(`Migrating ${env.DATABASE_URL} ${redis ? `with Redis at ${redis.url}` : "without Redis"}`)
    await mustRunBin("medusa", ["db:migrate"], { cwd: buildDir, env: { ...env, NODE_ENV: "production" } })
    await mustRunBin("medusa", ["user", "--email", admin.email, "--password", admin.password], {
      cwd: buildDir,
      env: { ...env, NODE_ENV: "production" },
    })

    const ports = await Promise.all(Array.from({ length: servers + workers }, freePort))
    const instances = [
      ...Array.from({ length: servers }, (_, i) => ({ name: `server-${i + 1}`, mode: "server" })),
      ...Array.from({ length: workers }, (_, i) => ({ name: `worker-${i + 1}`, mode: "worker" })),
    ].map((instance, i) => ({ ...instance, port: ports[i], url: `http://127.0.0.1:${ports[i]}` }))

    const children = new Set()
    stops.push(() => terminate(children))
    for (const instance of instances) {
      const logFile = fs.openSync(path.join(logDir, `${instance.name}.log`), "a")
      const child = startBuiltServer({
        buildDir,
        env: { ...env, PORT: String(instance.port), MEDUSA_WORKER_MODE: instance.mode },
        stdio: ["ignore", logFile, logFile],
      })
      startWatchdog(process.pid, child.pid)
      children.add(child)
      instance.process = child
    }
    log(`Starting ${servers} server(s) and ${workers} worker(s); logs in ${logDir}`)
    await Promise.all(
      instances.map((instance) =>
        waitForHealthy(`${instance.url}/health`, {
          timeoutMs: 120000,
          isAlive: () => instance.process.exitCode === null && instance.process.signalCode === null,
        })
      )
    )
    return {
      servers: instances.filter((instance) => instance.mode === "server"),
      workers: instances.filter((instance) => instance.mode === "worker"),
      databaseUrl: env.DATABASE_URL,
      redisUrl: redis?.url ?? null,
      admin,
      logDir,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
