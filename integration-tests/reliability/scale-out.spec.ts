// Loaded first: the product-brand link definition (for its table name) needs the framework.
import "@medusajs/framework"
import Redis from "ioredis"
import { ChildProcess, spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { gunzipSync } from "node:zlib"
import { Pool } from "pg"
import {
  Api,
  CONCURRENCY_SCENARIOS,
  expectBrandFeedExactlyOnce,
  scenarioTotals,
  Sql,
} from "../helpers/concurrency-scenarios"
import { brandCountMismatches } from "../helpers/catalogue-rows"
import { pgSql } from "../helpers/pg-sql"

/*
 * Two HTTP instances and one worker of the production build on one Postgres
 * and one Redis (scripts/scale-out.mjs), with the concurrency scenarios sent
 * round-robin across both HTTP instances, an admin's cookie session used on
 * both, and the cache shared through Redis. Skipped, saying so, without
 * redis-server; with REQUIRE_REDIS=1 (CI) a missing redis-server fails instead.
 * Then two instances without Redis, which must not share a session.
 */

jest.setTimeout(15 * 60 * 1000)

const projectRoot = path.resolve(__dirname, "../..")
const hasRedis = spawnSync("sh", ["-c", "command -v redis-server || test -x /usr/bin/redis-server"]).status === 0
if (!hasRedis && process.env.REQUIRE_REDIS === "1") {
  throw new Error("REQUIRE_REDIS=1 but redis-server is not installed (apt-get install -y redis-server)")
}
if (!hasRedis) {
  console.warn("SKIPPED the scale-out test: redis-server is not installed (apt-get install -y redis-server).")
}

type Instance = { name: string; url: string }
type Topology = {
  servers: Instance[]
  workers: Instance[]
  databaseUrl: string
  redisUrl: string | null
  admin: { email: string; password: string }
  logDir: string
}

/** Starts scripts/scale-out.mjs with `args` and resolves with the process and the topology it prints. */
function startTopology(args: string[]): Promise<{ child: ChildProcess; topology: Topology }> {
  const child = spawn(process.execPath, [path.join(projectRoot, "scripts/scale-out.mjs"), "--until-stdin-ends", ...args], {
    cwd: projectRoot,
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, LOG_LEVEL: "info" },
  })
  return new Promise((resolve, reject) => {
    let buffer = ""
    child.stdout!.on("data", (chunk) => {
      buffer += chunk
      const line = buffer.split("\n").find((l) => l.startsWith("TOPOLOGY "))
      if (line) resolve({ child, topology: JSON.parse(line.slice("TOPOLOGY ".length)) })
    })
    child.once("exit", (code) => reject(new Error(`scripts/scale-out.mjs exited with ${code} before it was ready`)))
  })
}

/** Closes scripts/scale-out.mjs's stdin, which stops everything it started. */
async function stopTopology(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  child.stdin!.end()
  const timer = setTimeout(() => child.kill("SIGTERM"), 60_000)
  await exited
  clearTimeout(timer)
}

/**
 * Logs the admin in on `instance` as the dashboard does: a token from
 * /auth/user/emailpass, turned into a session by POST /auth/session. Returns the
 * `connect.sid` cookie. Production cookies are Secure, so the request says it
 * came through a TLS-terminating load balancer (Medusa trusts one proxy).
 */
async function sessionCookie(instance: Instance, admin: Topology["admin"]) {
  const login = await fetch(`${instance.url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(admin),
  })
  const { token } = await login.json()
  const session = await fetch(`${instance.url}/auth/session`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "x-forwarded-proto": "https" },
  })
  expect(session.status).toEqual(200)
  const cookie = session.headers.getSetCookie().map((line) => line.split(";")[0]).find((pair) => pair.startsWith("connect.sid="))
  expect(cookie).toEqual(expect.stringMatching(/^connect\.sid=s%3A/))
  return cookie!
}

/** Who `instance` says the cookie belongs to: [status, email]. Only the cookie is sent. */
async function sessionUser(instance: Instance, cookie: string) {
  const response = await fetch(`${instance.url}/admin/users/me`, { headers: { cookie } })
  const body = await response.json()
  return [instance.name, response.status, body.user?.email ?? null]
}

function httpApi(instance: Instance, headers: Record<string, string>): Api {
  return {
    name: instance.name,
    request: async (method, url, body) => {
      const response = await fetch(`${instance.url}${url}`, {
        method,
        headers: { "content-type": "application/json", ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await response.text()
      return { status: response.status, data: text ? JSON.parse(text) : undefined }
    },
  }
}

/** The body of a 200 answer (fails on any other). */
async function ok(response: Promise<{ status: number; data: any }>) {
  const { status, data } = await response
  expect([status, data?.message]).toEqual([200, undefined])
  return data
}

/** A sales channel and a publishable key for it, named `name`. */
async function storefront(admin: Api, name: string) {
  const { sales_channel } = await ok(admin.request("POST", "/admin/sales-channels", { name }))
  const { api_key } = await ok(admin.request("POST", "/admin/api-keys", { title: name, type: "publishable" }))
  await ok(admin.request("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channel.id] }))
  return { sales_channel, api_key }
}

/** A published product in one sales channel, with `additional_data` when given. */
async function publishedProduct(admin: Api, title: string, salesChannelId: string, additional_data?: Record<string, unknown>) {
  const body = {
    title,
    status: "published",
    options: [{ title: "Size", values: ["One size"] }],
    sales_channels: [{ id: salesChannelId }],
    ...(additional_data ? { additional_data } : {}),
  }
  return (await ok(admin.request("POST", "/admin/products", body))).product
}

const logLines = (logDir: string, name: string, pattern: RegExp) =>
  fs
    .readFileSync(path.join(logDir, `${name}.log`), "utf8")
    .split("\n")
    .filter((line) => pattern.test(line))

;(hasRedis ? describe : describe.skip)("scale-out: 2 servers + 1 worker on one Postgres and one Redis", () => {
  let child: ChildProcess
  let topology: Topology
  let apis: Api[]
  let pool: Pool
  let sql: Sql

  beforeAll(async () => {
    ;({ child, topology } = await startTopology([]))
    pool = new Pool({ connectionString: topology.databaseUrl, max: 4 })
    sql = pgSql(pool)
    const login = await fetch(`${topology.servers[0].url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(topology.admin),
    })
    const { token } = await login.json()
    apis = topology.servers.map((server) => httpApi(server, { authorization: `Bearer ${token}` }))
  })

  afterAll(async () => {
    await pool?.end()
    await stopTopology(child)
  })

  it("gives the same results across two instances, and the worker handles each brand event exactly once", async () => {
    expect(apis.map((api) => api.name)).toEqual(["server-1", "server-2"])
    for (const [name, scenario] of Object.entries(CONCURRENCY_SCENARIOS)) {
      await scenario({ apis, sql, suffix: `scale-${name.toLowerCase()}` })
      expect([name, await brandCountMismatches(sql)]).toEqual([name, []])
    }
    const { brandsCreated, brandsDeleted, brandsMerged } = scenarioTotals
    await expectBrandFeedExactlyOnce(sql, { created: brandsCreated, deleted: brandsDeleted, merged: brandsMerged })

    // The servers run no subscribers: every feed notification was sent by the worker, once.
    const sent = (name: string, title: string) =>
      logLines(topology.logDir, name, new RegExp(`Attempting to send a notification.*${title}`)).length
    for (const server of topology.servers) {
      expect([server.name, sent(server.name, "Brand created"), sent(server.name, "Brand deleted")]).toEqual([server.name, 0, 0])
    }
    expect(sent("worker-1", "Brand created")).toEqual(brandsCreated.length)
    expect(sent("worker-1", "Brand deleted")).toEqual(brandsDeleted.length)
    console.info(
      `Scale-out: ${scenarioTotals.concurrentRequests} concurrent requests over ${apis.length} instances, ` +
        `${brandsCreated.length} brand.created and ${brandsDeleted.length} brand.deleted handled once each`
    )
  })

  it("shows a brand change made on one instance on the other one, through the shared cache", async () => {
    const [first, second] = apis
    const { sales_channel, api_key } = await storefront(first, "Cache shop")
    const { brand: before } = await ok(first.request("POST", "/admin/brands", { name: "Cache Before" }))
    const { brand: after } = await ok(first.request("POST", "/admin/brands", { name: "Cache After" }))
    const product = await publishedProduct(first, "Cached product", sales_channel.id, { brand_id: before.id })

    const store = httpApi(topology.servers[1], { "x-publishable-api-key": api_key.token })
    const storeBrand = async () => {
      const { data } = await store.request("GET", `/store/products?id=${product.id}&fields=id,*brand`)
      return data.products[0]?.brand?.name
    }
    // Read twice on the second instance so the answer is cached there.
    expect(await storeBrand()).toEqual("Cache Before")
    expect(await storeBrand()).toEqual("Cache Before")

    await ok(first.request("POST", `/admin/products/${product.id}`, { additional_data: { brand_id: after.id } }))
    expect(await storeBrand()).toEqual("Cache After")

    await ok(first.request("POST", `/admin/brands/${after.id}`, { name: "Cache Renamed" }))
    expect(await storeBrand()).toEqual("Cache Renamed")
    expect((await second.request("GET", `/admin/brands/${after.id}`)).data.brand.name).toEqual("Cache Renamed")
  })

  it("keeps an admin's cookie session on every instance, through Redis", async () => {
    const [first, second] = topology.servers
    const cookie = await sessionCookie(first, topology.admin)
    const email = topology.admin.email
    expect([await sessionUser(first, cookie), await sessionUser(second, cookie)]).toEqual([
      [first.name, 200, email],
      [second.name, 200, email],
    ])

    // Logging out on the second instance ends the session on both.
    const logout = await fetch(`${second.url}/auth/session`, { method: "DELETE", headers: { cookie } })
    expect(logout.status).toEqual(200)
    expect([await sessionUser(first, cookie), await sessionUser(second, cookie)]).toEqual([
      [first.name, 401, null],
      [second.name, 401, null],
    ])
  })

  it("caches core store reads in Redis: an entry one instance writes, the other reads", async () => {
    const [first] = apis
    const { sales_channel, api_key } = await storefront(first, "Shared cache shop")
    const product = await publishedProduct(first, "Cache probe", sales_channel.id)
    const titles = async (server: Instance) => {
      const store = httpApi(server, { "x-publishable-api-key": api_key.token })
      const data = await ok(store.request("GET", `/store/products?id=${product.id}&fields=id,title`))
      return data.products.map((found: { title: string }) => found.title)
    }

    // caching-redis stores each entry as a hash under "mc:<key>", its "data" one format byte
    // (0 plain, 1 gzip) and the JSON; "mc:tag:*" and "mc:tags:*" are its tag indexes.
    const redis = new Redis(topology.redisUrl!)
    try {
      const entries = async () => (await redis.keys("mc:*")).filter((key) => !/^mc:tags?:/.test(key))
      const decode = (buffer: Buffer) => (buffer[0] === 1 ? gunzipSync(buffer.subarray(1)) : buffer.subarray(1)).toString("utf8")
      const earlier = new Set(await entries())

      const [reader, writer] = topology.servers
      expect(await titles(writer)).toEqual(["Cache probe"])
      // The entry is written just after the answer.
      let entry: { key: string; json: string } | undefined
      for (const deadline = Date.now() + 10_000; !entry && Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
        for (const key of (await entries()).filter((key) => !earlier.has(key))) {
          const data = await redis.hgetBuffer(key, "data")
          const json = data && decode(data)
          if (json?.includes(product.id) && json.includes('"Cache probe"')) entry = { key, json }
        }
      }
      expect(entry).toEqual({ key: expect.stringMatching(/^mc:/), json: expect.any(String) })

      // Rewritten in Redis, the entry is what the other instance answers: it reads the shared cache.
      const rewritten = entry!.json.replace('"Cache probe"', '"Served from the shared cache"')
      await redis.hset(entry!.key, "data", Buffer.concat([Buffer.from([0]), Buffer.from(rewritten, "utf8")]))
      expect(await titles(reader)).toEqual(["Served from the shared cache"])
      expect(await titles(writer)).toEqual(["Served from the shared cache"])

      // A product change invalidates it for both.
      await ok(first.request("POST", `/admin/products/${product.id}`, { title: "Cache probe renamed" }))
      expect([await titles(reader), await titles(writer)]).toEqual([["Cache probe renamed"], ["Cache probe renamed"]])
    } finally {
      redis.disconnect()
    }
  })
})

describe("two instances without Redis", () => {
  let child: ChildProcess | undefined
  let topology: Topology

  beforeAll(async () => {
    ;({ child, topology } = await startTopology(["--without-redis", "--servers", "2", "--workers", "0"]))
  })

  afterAll(() => stopTopology(child))

  it("keep sessions in memory: the second instance refuses the first one's cookie", async () => {
    expect(topology.redisUrl).toBeNull()
    const [first, second] = topology.servers
    const cookie = await sessionCookie(first, topology.admin)
    expect([await sessionUser(first, cookie), await sessionUser(second, cookie)]).toEqual([
      [first.name, 200, topology.admin.email],
      [second.name, 401, null],
    ])
  })
})
