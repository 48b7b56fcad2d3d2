#!/usr/bin/env node
// npm run bench [-- --smoke | --scale]: seeds a catalogue (reused between runs, resumable),
// starts a production build of the demo store and the tutorial's store (integration-tests/hosts/
// naive-brand-hook) on the same database, and measures each brand endpoint against the core
// endpoint doing the same job, checking every answer. --smoke seeds a tiny throwaway database
// and runs every pair briefly (CI); --scale seeds 100,000 products in one brand and 100,000
// brands in a database of its own and adds a 500-page walk (not in CI). --only=<sections> runs a
// part (see SECTIONS), for ablations.
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import knexFactory from "knex"
import {
  expectations,
  explainBrandPage,
  measureBrandPages,
  measureBulk,
  measureProductCreate,
  measureSearch,
  measureStoreThroughput,
  PAGE_FIELDS,
  walkBigBrand,
} from "../bench/pairs.mjs"
import { adminLogin, timedRequest } from "../bench/measure.mjs"
import { BRAND_FILTER_TARGETS, measureBrandFilterPairs } from "../bench/brand-filter-pairs.mjs"
import { ensureBuild, startBuiltServer } from "./lib/build.mjs"
import { demoDir, devDatabase, projectRoot, testDatabase } from "./lib/database.mjs"
import { stopOnExit } from "./lib/embedded-postgres.mjs"
import { freePort, startDetachedGroup, terminate, waitForHealthy } from "./lib/processes.mjs"
import { mustRunBin, mustRunCommand } from "./lib/run.mjs"

// --only=pages,create,search,store,filters,bulk,walk runs some sections (for ablations); the default runs all.
const SECTIONS = ["pages", "create", "search", "store", "filters", "bulk", "walk"]
const onlyArg = process.argv.find((arg) => arg.startsWith("--only="))
const sections = new Set(onlyArg ? onlyArg.slice("--only=".length).split(",") : SECTIONS)
const unknownSections = [...sections].filter((name) => !SECTIONS.includes(name))
if (unknownSections.length) {
  console.error(`Unknown --only section ${unknownSections.join(", ")}; known: ${SECTIONS.join(", ")}`)
  process.exit(2)
}
const mode = process.argv.includes("--smoke") ? "smoke" : process.argv.includes("--scale") ? "scale" : "full"
const smoke = mode === "smoke"
const catalogue = JSON.parse(fs.readFileSync(path.join(projectRoot, "bench", "catalogue.json"), "utf8"))
const scale = catalogue.scales[mode]
const settings = smoke
  ? { warmup: 2, iterations: 6, writes: 4, amount: 30, rounds: 2, explainRuns: 3 }
  : { warmup: 20, iterations: 150, writes: 100, seconds: 10, rounds: 2, explainRuns: 25 }
const port = Number(process.env.BENCH_PORT || 9200)
const base = `http://localhost:${port}`
// The full and the scale catalogue live side by side in one cluster, each seeded once.
const DATABASE = mode === "scale" ? "medusa_brands_bench_scale" : "medusa_brands_bench"
const outputDir = path.join(projectRoot, ".data", "bench")
const naiveStoreDir = path.join(projectRoot, "integration-tests", "hosts", "naive-brand-hook")
const children = new Set()
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1)

const started = Date.now()
const db = smoke
  ? await testDatabase({ label: "bench-smoke" })
  : await devDatabase({ cluster: "bench", port: 54330, database: DATABASE })
const exit = stopOnExit(db.stop, { onSignal: () => terminate(children) })
if (smoke) await db.pg?.createDatabase(DATABASE)
const databaseUrl = db.pg?.url(DATABASE) ?? process.env.DATABASE_URL
if (!databaseUrl) {
  console.error("Set DATABASE_URL: the benchmarks need a database URL, not only DB_* variables.")
  await exit(1)
}
console.log(`Bench (${mode}) on ${db.description}, database ${DATABASE}`)
const knex = knexFactory({ client: "pg", connection: databaseUrl, pool: { min: 0, max: 2 } })

async function count(table, where = (q) => q) {
  const [{ count }] = await where(knex(table).count({ count: "*" }).whereNull("deleted_at"))
  return Number(count)
}

const idByHandle = async (table, handle) =>
  (await knex(table).select("id").where({ handle }).whereNull("deleted_at").first())?.id

async function linkedProducts(brandHandle) {
  const brandId = await idByHandle("brand", brandHandle)
  return brandId ? count("product_brand", (q) => q.where({ brand_id: brandId })) : 0
}

const bulkHandlePrefix = catalogue.bulkTitle.toLowerCase().replace(/\s+/g, "-")

/** Products in the large category (B6 with category_id); the category table has no deleted_at on its pivot. */
async function largeCategoryProducts() {
  const categoryId = await idByHandle("product_category", catalogue.handles.largeCategory)
  if (!categoryId) return 0
  const [{ count }] = await knex("product_category_product").count({ count: "*" }).where({ product_category_id: categoryId })
  return Number(count)
}

async function seedIsComplete() {
  const tables = await knex.raw("select to_regclass('product_brand') as link")
  if (!tables.rows[0].link) return false
  return (
    (await count("brand")) >= scale.brands &&
    (await count("product_collection")) >= scale.collections &&
    (await linkedProducts(catalogue.handles.largeBrand)) >= scale.largeProducts &&
    (await linkedProducts(catalogue.handles.smallBrand)) >= scale.smallProducts &&
    (await count("product", (q) => q.whereLike("handle", `${bulkHandlePrefix}-%`))) >= scale.bulkProducts &&
    (await largeCategoryProducts()) >= Math.ceil(scale.largeProducts / 2)
  )
}

/** The tutorial's store, from its sources, on the same database (it runs no migrations). */
function startNaiveStore(env, naivePort) {
  const log = fs.openSync(path.join(outputDir, "naive-server.log"), "w")
  const server = startDetachedGroup(path.join(projectRoot, "node_modules", ".bin", "medusa"), ["start"], {
    cwd: naiveStoreDir,
    stdio: ["ignore", log, log],
    env: { ...process.env, NODE_ENV: "production", MEDUSA_DISABLE_TELEMETRY: "true", ...env, PORT: String(naivePort), LOG_LEVEL: "warn" },
  })
  children.add(server)
  server.once("exit", () => children.delete(server))
  return server
}

try {
  fs.mkdirSync(outputDir, { recursive: true })
  const buildDir = await ensureBuild()
  const env = { DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true" }
  await mustRunBin("medusa", ["db:migrate"], { cwd: buildDir, env, children })

  const seedRecord = path.join(outputDir, `seed-${DATABASE}.json`)
  let seed
  if (await seedIsComplete()) {
    seed = smoke ? {} : JSON.parse(fs.existsSync(seedRecord) ? fs.readFileSync(seedRecord, "utf8") : "{}")
    console.log(`Reusing the existing bench seed${seed.seconds ? ` (seeded in ${seed.seconds} s on ${seed.date})` : ""}`)
  } else {
    const seedStarted = Date.now()
    console.log(
      `Seeding ${scale.brands} brands, ${scale.collections} collections, ${scale.largeProducts} + ${scale.smallProducts} ` +
        `brand products and ${scale.bulkProducts} bulk products (batches of ${scale.batch}); an interrupted seed resumes`
    )
    await mustRunBin("medusa", ["exec", "../bench/seed.ts"], {
      cwd: demoDir,
      env: { ...env, BENCH_SCALE: JSON.stringify(scale), LOG_LEVEL: "warn" },
      children,
    })
    seed = { seconds: Number(seconds(seedStarted)), date: new Date().toISOString() }
    // Seeding time of a resumed seed counts only its last part.
    if (!smoke) fs.writeFileSync(seedRecord, JSON.stringify(seed))
    console.log(`Seeded in ${seed.seconds} s`)
  }
  await knex.raw("ANALYZE")

  const naivePort = await freePort()
  const naive = startNaiveStore(env, naivePort)
  const log = fs.openSync(path.join(outputDir, "server.log"), "w")
  const memoryFile = path.join(outputDir, "server-memory.json")
  const server = startBuiltServer({
    buildDir,
    env: {
      ...env,
      PORT: String(port),
      LOG_LEVEL: "warn",
      // Lets the walk ask the server for its heap after a full GC (bench/server-memory.cjs).
      NODE_OPTIONS: [process.env.NODE_OPTIONS, "--expose-gc", `--require ${path.join(projectRoot, "bench", "server-memory.cjs")}`].filter(Boolean).join(" "),
      BENCH_MEMORY_FILE: memoryFile,
    },
    stdio: ["ignore", log, log],
  })
  children.add(server)
  server.once("exit", () => children.delete(server))
  await waitForHealthy(`${base}/health`, { isAlive: () => children.has(server) })
  await waitForHealthy(`http://localhost:${naivePort}/health`, { isAlive: () => children.has(naive) })

  const results = await measure(buildDir, { serverPid: server.pid, memoryFile, naiveBase: `http://localhost:${naivePort}` })
  const file = path.join(outputDir, `results-${mode}.json`)
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), mode, scale, settings, seed, results }, null, 2))
  console.log(`Raw results in ${path.relative(projectRoot, file)}; total ${seconds(started)} s`)
  await knex.destroy()
  await terminate(children)
  // ---- Brand operations (CSV export/import, catalogue health): a separate script with its own catalogue.
  await mustRunCommand(process.execPath, [path.join(projectRoot, "scripts", "bench-operations.mjs"), ...(smoke ? ["--smoke"] : [])], { children })
  // ----
  await exit(0)
} catch (e) {
  console.error(e)
  await knex.destroy().catch(() => {})
  await terminate(children)
  await exit(1)
}


async function measure(buildDir, { serverPid, memoryFile, naiveBase }) {
  const admin = await adminLogin(base)
  const { token: publishableKey } = await knex("api_key")
    .select("token")
    .where({ type: "publishable" })
    .whereNull("revoked_at")
    .orderBy("created_at")
    .first()
  const { id: shippingProfile } = await knex("shipping_profile").select("id").where({ type: "default" }).whereNull("deleted_at").first()
  const { default_sales_channel_id: salesChannel } = await knex("store").select("default_sales_channel_id").first()
  const results = {}
  const ctx = {
    base,
    naiveBase,
    admin,
    naiveAdmin: await adminLogin(naiveBase),
    store: { "x-publishable-api-key": publishableKey },
    knex,
    catalogue,
    scale,
    settings,
    results,
    serverPid,
    memoryFile,
    bulkHandlePrefix,
    runId: Date.now().toString(36),
    expect: expectations(knex),
    ids: {
      large: await idByHandle("brand", catalogue.handles.largeBrand),
      small: await idByHandle("brand", catalogue.handles.smallBrand),
      writes: await idByHandle("brand", catalogue.handles.writeBrand),
      collection: await idByHandle("product_collection", catalogue.handles.largeCollection),
      shippingProfile,
      salesChannel,
    },
    get: (url, headers = admin) => () => ({ url: `${base}${url}`, headers }),
    report: (name, target, result, unit = "ms") => {
      results[name] = { target, ...result }
      const side = (label, s) =>
        unit === "ms" ? `${label} median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms` : `${label} ${s.rps.toFixed(0)} req/s (p50 ${s.p50} ms, p97.5 ${s.p97_5} ms)`
      const paired = result.pairedRatio ? `, paired ${result.pairedRatio.toFixed(2)}` : ""
      console.log(`${name.padEnd(4)} ${side("A", result.a)} | ${side("B", result.b)} | ratio ${result.ratio.toFixed(2)}${paired} (target ${target})`)
    },
  }

  console.log(`\nMeasuring (${settings.iterations} interleaved requests per side after ${settings.warmup} warm-up each; every answer checked)`)
  if (sections.has("pages")) await measureBrandPages(ctx)
  if (sections.has("create")) {
    console.log(`Product create: ${settings.writes} per side, 4 sides interleaved (ours with and without a brand, the tutorial's store with and without)`)
    await measureProductCreate(ctx)
  }
  if (sections.has("search")) await measureSearch(ctx)
  if (sections.has("store")) await measureStoreThroughput(ctx)
  if (sections.has("filters")) {
    // B6/B7 (bench/brand-filter-pairs.mjs): brand_id on core product lists against collection_id.
    await measureBrandFilterPairs({
      ...ctx,
      brandId: ctx.ids.large,
      collectionId: ctx.ids.collection,
      categoryId: await idByHandle("product_category", catalogue.handles.largeCategory),
      fields: PAGE_FIELDS,
    })
  }
  if (sections.has("bulk")) await measureBulk(ctx)
  if (sections.has("walk") && scale.walkPages) await walkBigBrand(ctx)

  if (sections.has("pages")) {
    // The exact SQL of B1=, from the plugin the build loads; its link definition needs Medusa's module registry first.
    const requireFromBuild = createRequire(path.join(buildDir, "package.json"))
    requireFromBuild("@medusajs/framework/modules-sdk")
    const { brandProductPageQueries } = requireFromBuild("medusa-brands/api/utils/brand-products")
    await explainBrandPage(ctx, brandProductPageQueries)
  }

  const targets = [
    ["B1", (r) => r <= 1.0],
    ["B1=", (r) => r <= 1.0],
    ["B1b", (r) => r <= 1.3],
    ["B2", (r) => r <= 1.05],
    ["B2a", (r) => r <= 1.02],
    ["B3", (r) => r <= 1.0],
    ["B4", (r) => r >= 0.9],
    ["B6", (r) => r >= BRAND_FILTER_TARGETS.B6],
    ["B6c", (r) => r >= BRAND_FILTER_TARGETS.B6c],
    ["B7", (r) => r <= BRAND_FILTER_TARGETS.B7],
    ["Bulk", (r) => r <= 1.5],
  ].filter(([name]) => results[name])
  const missed = targets.filter(([name, met]) => !met(results[name].ratio)).map(([name]) => name)
  const figures = targets.map(([name]) => `${name} ${results[name].ratio.toFixed(2)}`)
  const extras = []
  if (results.B2n) extras.push(`B2n ${results.B2n.ratio.toFixed(2)}`)
  if (results.B5) extras.push(`B5 API/SQL ${results.B5.ratio.toFixed(1)}`)
  if (results.Delete) extras.push(`delete ${results.Delete.products} ${results.Delete.ms.toFixed(0)} ms`)
  if (results.Walk) extras.push(`walk heap ${results.Walk.growth >= 0 ? "+" : ""}${(results.Walk.growth * 100).toFixed(1)} %`)
  console.log(
    `\nSUMMARY (${mode}) ${[figures.join(", "), extras.join(", ")].filter(Boolean).join("; ")}: ` +
      (missed.length ? `targets missed: ${missed.join(", ")}` : "all targets met") +
      (smoke ? " (smoke run: tiny data, figures not meaningful)" : "")
  )
  return results
}
