#!/usr/bin/env node
// Runs the production build scaled out on loopback: a throwaway Postgres, a
// Redis (Debian's redis-server), 2 HTTP server instances and 1 worker, all
// with REDIS_URL. Prints one line `TOPOLOGY {json}` with the URLs when ready,
// then runs until Ctrl-C / SIGTERM (or until stdin closes with --until-stdin-ends).
// Options: --servers N, --workers N, --keep-logs, --without-redis (no Redis and
// no REDIS_URL: the single-instance defaults, to see what breaks without Redis).
import { stopOnExit } from "./lib/embedded-postgres.mjs"
import { findRedisServer, startTopology } from "./lib/topology.mjs"

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}

const withRedis = !process.argv.includes("--without-redis")
if (withRedis && !findRedisServer()) {
  console.error("redis-server is not installed; install it with: apt-get install -y redis-server")
  process.exit(3)
}

let topology
const exit = stopOnExit(() => topology?.stop())
topology = await startTopology({
  servers: option("servers", 2),
  workers: option("workers", 1),
  redis: withRedis,
  keepLogs: process.argv.includes("--keep-logs"),
  log: (line) => console.error(line),
})

const { servers, workers, databaseUrl, redisUrl, admin, logDir } = topology
console.log(
  `TOPOLOGY ${JSON.stringify({
    servers: servers.map(({ name, url }) => ({ name, url })),
    workers: workers.map(({ name, url }) => ({ name, url })),
    databaseUrl,
    redisUrl,
    admin,
    logDir,
  })}`
)
console.error(`Ready: ${servers.map((s) => s.url).join(", ")} (servers), ${workers.map((w) => w.url).join(", ")} (workers). Ctrl-C stops everything.`)

if (process.argv.includes("--until-stdin-ends")) {
  process.stdin.resume()
  process.stdin.on("end", () => exit(0))
}
