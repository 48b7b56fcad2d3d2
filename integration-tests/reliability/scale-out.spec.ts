// Loaded first: the product-brand link definition (for its table name) needs the framework.
import "@medusajs/framework"
import { ChildProcess, spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { Pool } from "pg"
import {
  Api,
  CONCURRENCY_SCENARIOS,
  expectBrandFeedExactlyOnce,
  scenarioTotals,
  Sql,
} from "../helpers/concurrency-scenarios"
import { pgSql } from "../helpers/pg-sql"

/*
 * Two HTTP instances and one worker of the production build on one Postgres
 * and one Redis (scripts/scale-out.mjs), with the concurrency scenarios sent
 * round-robin across both HTTP instances. Skipped, saying so, without
 * redis-server; with REQUIRE_REDIS=1 (CI) a missing redis-server fails instead.
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
  admin: { email: string; password: string }
  logDir: string
}

/** Starts scripts/scale-out.mjs and resolves with the topology it prints. */
function startTopology(child: ChildProcess): Promise<Topology> {
  return new Promise((resolve, reject) => {
    let buffer = ""
    child.stdout!.on("data", (chunk) => {
      buffer += chunk
      const line = buffer.split("\n").find((l) => l.startsWith("TOPOLOGY "))
      if (line) resolve(JSON.parse(line.slice("TOPOLOGY ".length)))
    })
    child.once("exit", (code) => reject(new Error(`scripts/scale-out.mjs exited with ${code} before it was ready`)))
  })
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
    child = spawn(process.execPath, [path.join(projectRoot, "scripts/scale-out.mjs"), "--until-stdin-ends"], {
      cwd: projectRoot,
      stdio: ["pipe", "pipe", "inherit"],
      env: { ...process.env, LOG_LEVEL: "info" },
    })
    topology = await startTopology(child)
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
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once("exit", resolve))
    child.stdin!.end()
    const timer = setTimeout(() => child.kill("SIGTERM"), 60_000)
    await exited
    clearTimeout(timer)
  })

  it("gives the same results across two instances, and the worker handles each brand event exactly once", async () => {
    expect(apis.map((api) => api.name)).toEqual(["server-1", "server-2"])
    for (const [name, scenario] of Object.entries(CONCURRENCY_SCENARIOS)) {
      await scenario({ apis, sql, suffix: `scale-${name.toLowerCase()}` })
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
    const ok = async (response: Promise<{ status: number; data: any }>) => {
      const { status, data } = await response
      expect([status, data?.message]).toEqual([200, undefined])
      return data
    }
    const { sales_channel } = await ok(first.request("POST", "/admin/sales-channels", { name: "Cache shop" }))
    const { api_key } = await ok(first.request("POST", "/admin/api-keys", { title: "Cache shop", type: "publishable" }))
    await ok(first.request("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channel.id] }))
    const { brand: before } = await ok(first.request("POST", "/admin/brands", { name: "Cache Before" }))
    const { brand: after } = await ok(first.request("POST", "/admin/brands", { name: "Cache After" }))
    const { product } = await ok(
      first.request("POST", "/admin/products", {
        title: "Cached product",
        status: "published",
        options: [{ title: "Size", values: ["One size"] }],
        sales_channels: [{ id: sales_channel.id }],
        additional_data: { brand_id: before.id },
      })
    )

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
})
