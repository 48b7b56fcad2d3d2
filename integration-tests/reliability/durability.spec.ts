// Loaded first: the product-brand link definition (for its table name) needs the framework.
import "@medusajs/framework"
import { ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { PRODUCT_BRAND_TABLE } from "medusa-brands/links/product-brand"
import { catalogueRowsVia, changedCells } from "../helpers/catalogue-rows"
import { pgSql } from "../helpers/pg-sql"

/*
 * `npm run dev` on its own cluster and port, stopped with SIGTERM and killed
 * with SIGKILL, must keep every row and leave no process behind.
 *
 * The process tree of `npm run dev`:
 *   npm  ->  node scripts/dev.mjs          (npm's process group)
 *              +-> postgres (+ backends)    (runs as the postgres user)
 *              +-> sh watchdog for postgres (own process group)
 *              +-> medusa develop -> node cli.js start   (own process group)
 *              +-> sh watchdog for the medusa develop group (own process group)
 * Every one of them inherits EMBEDDED_PG_DATA_DIR, so scanning /proc for it
 * finds whatever this test's runs left behind, postgres backends included.
 */

jest.setTimeout(15 * 60 * 1000)

const projectRoot = path.resolve(__dirname, "../..")
const ADMIN = { email: "durability@medusa-brands.test", password: "durable-secret" }

const root = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-brands-durability-"))
fs.chmodSync(root, 0o755)
const dataDir = path.join(root, "pg")
const logFile = path.join(root, "dev.log")

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "localhost", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * SIGKILLs the listed processes (`pid command` lines). One may already be gone by its
 * turn: Postgres backends exit on their own once the postmaster is killed.
 */
function killAll(lines: string[]) {
  for (const line of lines) {
    try {
      process.kill(Number(line.split(" ")[0]), "SIGKILL")
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error
    }
  }
}

/** Every live process that belongs to this test's dev runs: pid and command line. */
function leftovers(): string[] {
  const found: string[] = []
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const environ = fs.readFileSync(`/proc/${pid}/environ`, "utf8")
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim()
      const state = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0]
      if (state !== "Z" && (environ.includes(`EMBEDDED_PG_DATA_DIR=${dataDir}\0`) || cmdline.includes(dataDir))) {
        found.push(`${pid} ${cmdline}`)
      }
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}; see ${logFile}`)
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once("exit", () => resolve()))

describe("durability of npm run dev", () => {
  let pgPort: number
  let httpPort: number
  let dev: ChildProcess
  let passed = false

  const url = (pathname: string) => `http://localhost:${httpPort}${pathname}`

  function startDev() {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      EMBEDDED_PG_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      PORT: String(httpPort),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      NODE_ENV: "development",
    }
    for (const name of ["DATABASE_URL", "DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD", "TEST_TYPE", "REDIS_URL"]) {
      delete env[name]
    }
    fs.appendFileSync(logFile, `\n===== npm run dev at ${new Date().toISOString()}\n`)
    const log = fs.openSync(logFile, "a")
    dev = spawn("npm", ["run", "dev"], { cwd: projectRoot, env, stdio: ["ignore", log, log], detached: true })
    return waitFor(
      "npm run dev to answer on /health",
      async () => {
        if (dev.exitCode !== null) throw new Error(`npm run dev exited with ${dev.exitCode}; see ${logFile}`)
        return fetch(url("/health")).then((response) => (response.ok ? true : undefined), () => undefined)
      },
      240_000
    )
  }

  async function connect() {
    const client = new Client({ connectionString: `postgres://postgres:postgres@localhost:${pgPort}/medusa_brands` })
    await client.connect()
    return client
  }

  /** The catalogue rows in full, and the ids of every table that has an id column. */
  async function snapshot() {
    const client = await connect()
    try {
      const sql = pgSql(client)
      const tables = await sql(
        `select table_name from information_schema.columns
         where table_schema = 'public' and column_name = 'id' order by table_name`
      )
      const ids: Record<string, string[]> = {}
      for (const { table_name } of tables) {
        ids[table_name] = (await sql(`select id::text from "${table_name}" order by id`)).map((row) => row.id)
      }
      return { catalogue: await catalogueRowsVia(sql), ids }
    } finally {
      await client.end()
    }
  }

  /** Every row of `before` is still there; the catalogue tables are unchanged, cell by cell. */
  function expectEveryRow(before: Awaited<ReturnType<typeof snapshot>>, after: Awaited<ReturnType<typeof snapshot>>) {
    const lost = Object.entries(before.ids).flatMap(([table, ids]) => {
      const kept = new Set(after.ids[table] ?? [])
      return ids.filter((id) => !kept.has(id)).map((id) => `${table}.${id}`)
    })
    expect(lost).toEqual([])
    expect(changedCells(before.catalogue, after.catalogue)).toEqual([])
    return Object.values(before.ids).reduce((sum, ids) => sum + ids.length, 0)
  }

  async function admin() {
    const login = await fetch(url("/auth/user/emailpass"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
    const { token } = await login.json()
    return async (method: string, pathname: string, body?: unknown) => {
      const response = await fetch(url(pathname), {
        method,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const data = await response.json()
      if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${JSON.stringify(data)}`)
      return data
    }
  }

  const postmasterPid = () => path.join(dataDir, "postmaster.pid")

  beforeAll(async () => {
    pgPort = await freePort()
    httpPort = await freePort()
  })

  afterAll(async () => {
    // Whatever happened, stop what is left (by pid, our processes only).
    killAll(leftovers())
    // The data and the log stay for a look when the test failed.
    if (passed && !leftovers().length) fs.rmSync(root, { recursive: true, force: true })
    else console.warn(`Durability test files kept in ${root}`)
  })

  it("keeps every row through SIGTERM and SIGKILL, and leaves no process behind", async () => {
    await startDev()
    const api = await admin()
    const { brand: acme } = await api("POST", "/admin/brands", { name: "Durable Acme", logo_url: "https://example.com/a.png" })
    const { brand: globex } = await api("POST", "/admin/brands", { name: "Durable Globex" })
    const { brand: gone } = await api("POST", "/admin/brands", { name: "Durable Gone" })
    // Six seeded products, each linked to a demo brand by the seed, are moved to the new brands.
    const brandOf = async (ids: string[]) => {
      const { products } = await api("GET", `/admin/products?${ids.map((id) => `id[]=${id}`).join("&")}&fields=id,+brand.id`)
      const byId = new Map(products.map((product: { id: string; brand?: { id: string } | null }) => [product.id, product.brand?.id ?? null]))
      return ids.map((id) => byId.get(id))
    }
    const { products } = await api("GET", "/admin/products?limit=6&order=title&fields=id")
    const ids: string[] = products.map((product: { id: string }) => product.id)
    expect(ids).toHaveLength(6)
    expect(await brandOf(ids)).toEqual(ids.map(() => expect.stringMatching(/^brand_/)))
    await api("POST", `/admin/brands/${gone.id}/products`, { add: ids.slice(4) })
    await api("POST", `/admin/brands/${acme.id}/products`, { add: ids.slice(0, 3) })
    await api("POST", `/admin/brands/${globex.id}/products`, { add: ids.slice(2, 5) })
    await api("DELETE", `/admin/brands/${gone.id}`)
    expect(await brandOf(ids)).toEqual([acme.id, acme.id, globex.id, globex.id, globex.id, null])
    const linkedTo = async (brandId: string) =>
      (await api("GET", `/admin/brands/${brandId}/products?fields=id&limit=100`)).products.map((product: { id: string }) => product.id).sort()
    expect(await linkedTo(acme.id)).toEqual(ids.slice(0, 2).sort())
    expect(await linkedTo(globex.id)).toEqual(ids.slice(2, 5).sort())
    const written = await snapshot()
    const liveLinks = written.catalogue[PRODUCT_BRAND_TABLE].filter((row) => row.deleted_at === null && ids.includes(row.product_id as string))
    expect(liveLinks.map((row) => [row.product_id, row.brand_id]).sort()).toEqual(
      [[ids[0], acme.id], [ids[1], acme.id], [ids[2], globex.id], [ids[3], globex.id], [ids[4], globex.id]].sort()
    )

    // 1. SIGTERM to `npm run dev`: the server and Postgres stop cleanly, and every row is there after a restart.
    dev.kill("SIGTERM")
    await exited(dev)
    expect(leftovers().filter((line) => /postgres/.test(line))).toEqual([])
    expect(fs.existsSync(postmasterPid())).toBe(false)
    await waitFor("the watchdogs to notice", () => (leftovers().length ? undefined : true), 5_000)
    await startDev()
    const rowCount = expectEveryRow(written, await snapshot())

    // 2. SIGKILL to the Node processes (npm, dev.mjs): the watchdogs stop Postgres and the
    //    medusa develop group, so nothing is left; the next run starts on the same data.
    const devScript = leftovers().find((line) => line.includes("scripts/dev.mjs"))!
    process.kill(dev.pid!, "SIGKILL")
    process.kill(Number(devScript.split(" ")[0]), "SIGKILL")
    await exited(dev)
    await waitFor("the watchdogs to stop Postgres and medusa develop", () => (leftovers().length ? undefined : true), 60_000)
    await startDev()
    expectEveryRow(written, await snapshot())

    // 3. SIGKILL to every process of the run at once, watchdogs and Postgres included (a power cut):
    //    a write committed just before must survive, and the next run clears the stale postmaster.pid.
    const { brand: last } = await (await admin())("POST", "/admin/brands", { name: "Committed before the crash" })
    const beforeCrash = await snapshot()
    killAll(leftovers())
    await exited(dev)
    await waitFor("every process to die", () => (leftovers().length ? undefined : true), 30_000)
    expect(fs.existsSync(postmasterPid())).toBe(true)
    await startDev()
    expect(fs.readFileSync(logFile, "utf8").split("===== npm run dev").pop()).toMatch(/Removing a stale postmaster\.pid/)
    const afterCrash = await snapshot()
    expectEveryRow(beforeCrash, afterCrash)
    expect(afterCrash.catalogue.brand.map((row) => row.id)).toContain(last.id)

    // 4. A last clean stop: no postgres outlives `npm run dev`, and nothing else of the run
    //    outlives it by more than a watchdog's poll.
    dev.kill("SIGTERM")
    await exited(dev)
    expect(leftovers().filter((line) => /postgres/.test(line))).toEqual([])
    expect(fs.existsSync(postmasterPid())).toBe(false)
    await waitFor("the watchdogs to notice", () => (leftovers().length ? undefined : true), 5_000)
    passed = true
    console.info(`Durability: ${rowCount} rows kept through 1 SIGTERM and 2 SIGKILL restarts, 0 lost`)
  })
})
