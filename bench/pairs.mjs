// The benchmark pairs: each brand endpoint against the core endpoint doing the same job, every
// answer checked against the database so that a wrong (for example unfiltered) answer fails
// the run instead of looking fast. scripts/bench.mjs seeds, starts the servers and calls these.
import {
  collectedServerMemory,
  describePlan,
  explainAnalyze,
  latencyPair,
  latencySet,
  ratioOf,
  sideOrder,
  stats,
  throughputPair,
  timedRequest,
} from "./measure.mjs"

/** The fields B1=, B1b and the walk request on both sides: the admin brand page's own fields. */
export const PAGE_FIELDS = "id,title,handle,status,thumbnail,created_at,updated_at"
const PAGE_SIZE = 20

/**
 * Expected answers, read from the database independently of the routes: how many products a
 * brand or collection has, and the first page in each route's default order (brand pages:
 * most recently linked first; core lists: by id).
 */
export function expectations(knex) {
  const brandPage = async (brandId, limit = PAGE_SIZE, offset = 0) =>
    (
      await knex("product_brand")
        .select("product_id")
        .where({ brand_id: brandId })
        .whereNull("deleted_at")
        .orderBy([{ column: "created_at", order: "desc" }, { column: "product_id", order: "desc" }])
        .limit(limit)
        .offset(offset)
    ).map((row) => row.product_id)
  const brandCount = async (brandId) =>
    Number((await knex("product_brand").count({ count: "*" }).where({ brand_id: brandId }).whereNull("deleted_at"))[0].count)
  const collectionProducts = (collectionId) =>
    knex("product").where({ collection_id: collectionId, status: "published" }).whereNull("deleted_at")
  return {
    brandPage,
    brandCount,
    collectionPage: async (collectionId) =>
      (await collectionProducts(collectionId).select("id").orderBy("id").limit(PAGE_SIZE)).map((row) => row.id),
    collectionCount: async (collectionId) => Number((await collectionProducts(collectionId).count({ count: "*" }))[0].count),
  }
}

/** A problem with a product list answer, or undefined: its count and the ids of its first page. */
export function listProblem(body, { count, ids }) {
  if (body.count !== count) return `count ${body.count}, expected ${count}`
  const got = (body.products ?? body.brands ?? body.collections ?? []).map((item) => item.id)
  if (JSON.stringify(got) !== JSON.stringify(ids)) return `first ids ${got.slice(0, 3).join(",")}…, expected ${ids.slice(0, 3).join(",")}…`
  return undefined
}

const failOn = (name, expected) => (side, body) => {
  const problem = listProblem(body, expected[side])
  if (problem) throw new Error(`${name} side ${side}: ${problem}`)
}

/** B1, B1= and B1b: a brand's products page against a collection's, and a big brand against a small one. */
export async function measureBrandPages(ctx) {
  const { get, report, ids, settings, expect } = ctx
  const { warmup, iterations } = settings
  const large = { count: await expect.brandCount(ids.large), ids: await expect.brandPage(ids.large) }
  const small = { count: await expect.brandCount(ids.small), ids: await expect.brandPage(ids.small) }
  const collection = { count: await expect.collectionCount(ids.collection), ids: await expect.collectionPage(ids.collection) }
  if (large.count !== ctx.scale.largeProducts || collection.count !== ctx.scale.largeProducts || small.count !== ctx.scale.smallProducts) {
    throw new Error(`Seed mismatch: large brand ${large.count}, collection ${collection.count}, small brand ${small.count}`)
  }
  // B1 as the issue defines it: the two URLs, each route with its own default fields.
  report("B1", "<= 1.0", await latencyPair({
    a: get(`/admin/brands/${ids.large}/products?limit=${PAGE_SIZE}`),
    b: get(`/admin/products?collection_id=${ids.collection}&limit=${PAGE_SIZE}`),
    warmup, iterations,
    onResponse: failOn("B1", { a: large, b: collection }),
  }))
  // Stricter: both sides select the same product fields, so only paging and counting differ.
  report("B1=", "<= 1.0 (same fields)", await latencyPair({
    a: get(`/admin/brands/${ids.large}/products?limit=${PAGE_SIZE}&fields=${PAGE_FIELDS}`),
    b: get(`/admin/products?collection_id=${ids.collection}&limit=${PAGE_SIZE}&fields=${PAGE_FIELDS}`),
    warmup, iterations,
    onResponse: failOn("B1=", { a: large, b: collection }),
  }))
  report("B1b", "<= 1.3", await latencyPair({
    a: get(`/admin/brands/${ids.large}/products?limit=${PAGE_SIZE}&fields=${PAGE_FIELDS}`),
    b: get(`/admin/brands/${ids.small}/products?limit=${PAGE_SIZE}&fields=${PAGE_FIELDS}`),
    warmup, iterations,
    onResponse: failOn("B1b", { a: large, b: small }),
  }))
}

/**
 * B2 and B2a: product create with a brand against without it on our store, and against the
 * same create on the tutorial's store (a hook with one link.create), four sides interleaved.
 * Every created product is checked (linked or not) and deleted afterwards.
 */
export async function measureProductCreate(ctx) {
  const { base, naiveBase, admin, naiveAdmin, report, settings, knex, ids, runId } = ctx
  const productBody = (title) => ({
    title,
    status: "published",
    shipping_profile_id: ids.shippingProfile,
    sales_channels: [{ id: ids.salesChannel }],
    options: [{ title: "Size", values: ["One size"] }],
    variants: [{ title: "One size", options: { Size: "One size" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 1000 }] }],
  })
  const create = (server, headers, side, withBrand) => (i) => ({
    method: "POST",
    url: `${server}/admin/products?fields=id`,
    headers,
    body: { ...productBody(`Bench Write ${runId} ${side} ${i}`), ...(withBrand ? { additional_data: { brand_id: ids.writes } } : {}) },
  })
  const sides = {
    ours: create(base, admin, "ours", true),
    oursPlain: create(base, admin, "plain", false),
    naive: create(naiveBase, naiveAdmin, "naive", true),
    naivePlain: create(naiveBase, naiveAdmin, "naive-plain", false),
  }
  const created = Object.fromEntries(Object.keys(sides).map((side) => [side, []]))
  const warmup = Math.min(settings.warmup, 5)
  try {
    const { samples, stats: s } = await latencySet({
      sides,
      warmup,
      iterations: settings.writes,
      onResponse: (side, body) => created[side].push(body.product.id),
      onWarmup: (side, body) => created[side].push(body.product.id),
    })
    const linked = await knex("product_brand").select("product_id").whereNull("deleted_at").whereIn("product_id", Object.values(created).flat())
    const linkedIds = new Set(linked.map((row) => row.product_id))
    for (const [side, productIds] of Object.entries(created)) {
      const shouldLink = side === "ours" || side === "naive"
      const wrong = productIds.filter((id) => linkedIds.has(id) !== shouldLink)
      if (wrong.length) throw new Error(`B2: ${wrong.length} products of side ${side} ${shouldLink ? "were not" : "were"} linked`)
    }
    report("B2", "<= 1.05", ratioOf(s.ours, s.oursPlain, samples.ours, samples.oursPlain))
    report("B2a", "<= 1.02", ratioOf(s.ours, s.naive, samples.ours, samples.naive))
    report("B2n", "printed (the tutorial's own B2)", ratioOf(s.naive, s.naivePlain, samples.naive, samples.naivePlain))
  } finally {
    const all = Object.values(created).flat()
    for (let i = 0; i < all.length; i += 100) {
      await timedRequest({ method: "POST", url: `${base}/admin/products/batch`, headers: admin, body: { delete: all.slice(i, i + 100) } })
    }
  }
}

/** B3: brand search against collection search; both must find exactly the seeded matches, first page included. */
export async function measureSearch(ctx) {
  const { get, report, settings, knex, catalogue } = ctx
  const term = catalogue.searchTerm
  const like = `%${term}%`
  const brands = knex("brand").whereNull("deleted_at").where((q) => q.whereILike("name", like).orWhereILike("handle", like))
  const collections = knex("product_collection").whereNull("deleted_at").whereILike("title", like)
  const expected = {
    a: { count: Number((await brands.clone().count({ count: "*" }))[0].count), ids: (await brands.clone().select("id").orderBy("id").limit(PAGE_SIZE)).map((r) => r.id) },
    b: { count: Number((await collections.clone().count({ count: "*" }))[0].count), ids: (await collections.clone().select("id").orderBy("id").limit(PAGE_SIZE)).map((r) => r.id) },
  }
  // The catalogue's names carry the word in as many brands as collections: 250 each at full scale.
  const seeded = ctx.scale.searchMatches
  if (expected.a.count !== seeded || expected.b.count !== seeded) {
    throw new Error(`B3: the seed holds ${expected.a.count} brands and ${expected.b.count} collections matching "${term}", expected ${seeded}`)
  }
  console.log(`B3 searches "${term}": ${seeded} brands and ${seeded} collections match`)
  report("B3", "<= 1.0", await latencyPair({
    a: get(`/admin/brands?q=${term}&limit=${PAGE_SIZE}`),
    b: get(`/admin/collections?q=${term}&limit=${PAGE_SIZE}`),
    warmup: settings.warmup,
    iterations: settings.iterations,
    onResponse: failOn("B3", expected),
  }))
}

/** B4: store throughput, every answer's count and page checked, rounds alternating A-first and B-first. */
export async function measureStoreThroughput(ctx) {
  const { base, store, ids, settings, report, expect } = ctx
  const expected = {
    a: { count: await expect.brandCount(ids.large), ids: await expect.brandPage(ids.large) },
    b: { count: await expect.collectionCount(ids.collection), ids: await expect.collectionPage(ids.collection) },
  }
  const run = settings.amount ? `${settings.amount} requests` : `${settings.seconds} s`
  console.log(`Throughput: autocannon, 10 connections, ${run} per run, ${settings.rounds} rounds alternating A-first and B-first`)
  report("B4", ">= 0.9", await throughputPair({
    a: `${base}/store/brands/${ids.large}/products?limit=${PAGE_SIZE}`,
    b: `${base}/store/products?collection_id=${ids.collection}&limit=${PAGE_SIZE}`,
    headers: store,
    seconds: settings.seconds,
    amount: settings.amount,
    rounds: settings.rounds,
    verify: (side, body) => {
      try {
        return listProblem(JSON.parse(body), expected[side])
      } catch {
        return "not JSON"
      }
    },
  }), "rps")
}

/**
 * Bulk: the bulk products (no brand, no collection) added to a new brand through
 * POST /admin/brands/:id/products, and to a new collection through core's
 * POST /admin/collections/:id/products, in the same batches, alternating which goes first.
 * Then the brand is deleted (timed) and the collection emptied and deleted.
 */
export async function measureBulk(ctx) {
  const { base, admin, knex, scale, runId, report, results } = ctx
  const products = (await knex("product").select("id").whereLike("handle", `${ctx.bulkHandlePrefix}-%`).whereNull("deleted_at").orderBy("id")).map((r) => r.id)
  if (products.length !== scale.bulkProducts) throw new Error(`Bulk: ${products.length} bulk products seeded, expected ${scale.bulkProducts}`)
  await releaseBulkProducts(ctx, products)

  const post = async (url, body) => (await timedRequest({ method: "POST", url: `${base}${url}`, headers: admin, body })).body
  const { brand } = await post("/admin/brands", { name: `Bench Bulk Run ${runId}`, handle: `bench-bulk-run-${runId}` })
  const { collection } = await post("/admin/collections", { title: `Bench Bulk Run ${runId}`, handle: `bench-bulk-run-${runId}` })
  const batches = []
  for (let i = 0; i < products.length; i += scale.bulkBatch) batches.push(products.slice(i, i + scale.bulkBatch))
  const ms = { a: [], b: [] }
  const add = {
    a: (batch) => ({ method: "POST", url: `${base}/admin/brands/${brand.id}/products?fields=id`, headers: admin, body: { add: batch } }),
    b: (batch) => ({ method: "POST", url: `${base}/admin/collections/${collection.id}/products?fields=id`, headers: admin, body: { add: batch } }),
  }
  for (const [i, batch] of batches.entries()) {
    for (const side of sideOrder(["a", "b"], i)) ms[side].push((await timedRequest(add[side](batch))).ms)
  }
  const linked = Number((await knex("product_brand").count({ count: "*" }).where({ brand_id: brand.id }).whereNull("deleted_at"))[0].count)
  const collected = Number((await knex("product").count({ count: "*" }).where({ collection_id: collection.id }).whereNull("deleted_at"))[0].count)
  if (linked !== products.length || collected !== products.length) {
    throw new Error(`Bulk: ${linked} products linked to the brand and ${collected} in the collection, expected ${products.length} each`)
  }
  const total = (list) => list.reduce((sum, x) => sum + x, 0)
  const a = { totalMs: total(ms.a), ...stats(ms.a) }
  const b = { totalMs: total(ms.b), ...stats(ms.b) }
  results.Bulk = { target: "<= 1.5", a, b, ratio: a.totalMs / b.totalMs, batches: batches.length, batchSize: scale.bulkBatch }
  console.log(
    `Bulk A ${batches.length} × add ${scale.bulkBatch} to a brand: ${(a.totalMs / 1000).toFixed(2)} s (median batch ${a.median.toFixed(0)} ms) | ` +
      `B the same to a collection: ${(b.totalMs / 1000).toFixed(2)} s (median ${b.median.toFixed(0)} ms) | ratio ${results.Bulk.ratio.toFixed(2)} (target <= 1.5)`
  )

  const deleted = await timedRequest({ method: "DELETE", url: `${base}/admin/brands/${brand.id}`, headers: admin })
  const left = Number((await knex("product_brand").count({ count: "*" }).where({ brand_id: brand.id }).whereNull("deleted_at"))[0].count)
  if (left) throw new Error(`Delete: ${left} links of the deleted brand are still live`)
  results.Delete = { ms: deleted.ms, products: products.length }
  console.log(`Delete of the ${products.length}-product brand: ${deleted.ms.toFixed(0)} ms (all its links dismissed)`)
  await releaseBulkProducts(ctx, products)
}

/** Puts the bulk products back to no brand and no collection (after this run, or an interrupted one). */
async function releaseBulkProducts(ctx, products) {
  const { base, admin, knex, scale } = ctx
  const request = (method, url, body) => timedRequest({ method, url: `${base}${url}`, headers: admin, body })
  const brands = await knex("brand").select("id").whereLike("handle", "bench-bulk-run-%").whereNull("deleted_at")
  for (const { id } of brands) await request("DELETE", `/admin/brands/${id}`)
  const collections = await knex("product_collection").select("id").whereLike("handle", "bench-bulk-run-%").whereNull("deleted_at")
  for (const { id } of collections) {
    const members = (await knex("product").select("id").where({ collection_id: id }).whereNull("deleted_at")).map((r) => r.id)
    for (let i = 0; i < members.length; i += scale.bulkBatch) {
      await request("POST", `/admin/collections/${id}/products?fields=id`, { remove: members.slice(i, i + scale.bulkBatch) })
    }
    await request("DELETE", `/admin/collections/${id}`)
  }
  const busy = await knex("product")
    .whereIn("id", products)
    .where((q) => q.whereNotNull("collection_id").orWhereExists(knex("product_brand").whereRaw("product_brand.product_id = product.id").whereNull("deleted_at")))
    .count({ count: "*" })
  if (Number(busy[0].count)) throw new Error(`Bulk: ${busy[0].count} bulk products still have a brand or a collection`)
}

/** The walk's limit on heap growth (see walkBigBrand). */
const MAX_HEAP_GROWTH = 0.02

/**
 * Walks `walkPages` pages of the big brand, checking each page (count, size, no product twice,
 * the last page's products), and the same number of pages of core's collection page as a
 * control, alternating. After a warm-up walk of each, the server's heap after a full garbage
 * collection must not grow beyond noise over two more walks of each: it moved 0.3 % in a
 * clean run, and 3.2 % when the route kept each page's products in memory (about 6 kB a page).
 * The resident set is printed alongside (V8 keeps pages it no longer needs, so it says little).
 */
export async function walkBigBrand(ctx) {
  const { get, ids, expect, results, serverPid, memoryFile } = ctx
  const total = await expect.brandCount(ids.large)
  const pages = Math.min(ctx.scale.walkPages, Math.ceil(total / PAGE_SIZE))
  const walkBrand = async () => {
    const seen = new Set()
    const ms = []
    for (let page = 0; page < pages; page++) {
      const offset = page * PAGE_SIZE
      const { ms: took, body } = await timedRequest(get(`/admin/brands/${ids.large}/products?limit=${PAGE_SIZE}&offset=${offset}&fields=${PAGE_FIELDS}`)())
      ms.push(took)
      if (body.count !== total) throw new Error(`Walk page ${page}: count ${body.count}, expected ${total}`)
      if (body.products.length !== Math.min(PAGE_SIZE, total - offset)) throw new Error(`Walk page ${page}: ${body.products.length} products`)
      if (page === pages - 1) {
        const expected = await expect.brandPage(ids.large, PAGE_SIZE, offset)
        if (JSON.stringify(body.products.map((p) => p.id)) !== JSON.stringify(expected)) throw new Error(`Walk page ${page}: wrong products`)
      }
      for (const product of body.products) {
        if (seen.has(product.id)) throw new Error(`Walk page ${page}: product ${product.id} seen twice`)
        seen.add(product.id)
      }
    }
    return ms
  }
  const walkCollection = async () => {
    for (let page = 0; page < pages; page++) {
      await timedRequest(get(`/admin/products?collection_id=${ids.collection}&limit=${PAGE_SIZE}&offset=${page * PAGE_SIZE}&fields=${PAGE_FIELDS}`)())
    }
  }
  const memory = async (after) => ({ after, ...(await collectedServerMemory(serverPid, memoryFile)) })
  await walkBrand()
  await walkCollection()
  const samples = [await memory("warm-up")]
  let ms
  for (let round = 0; round < 2; round++) {
    ms = await walkBrand()
    samples.push(await memory("brand walk"))
    await walkCollection()
    samples.push(await memory("collection walk"))
  }
  const growth = (samples.at(-1).heapMb - samples[0].heapMb) / samples[0].heapMb
  const median = (list) => stats(list).median
  results.Walk = { pages, memory: samples, growth, firstPagesMs: median(ms.slice(0, 20)), lastPagesMs: median(ms.slice(-20)) }
  // A few pages (the smoke run) cannot tell growth from noise; 100 and more can.
  const enforced = pages >= 100
  const series = (key) => samples.map((sample) => sample[key].toFixed(0)).join(" → ")
  console.log(
    `Walk ${pages} pages of the ${total}-product brand, alternating with ${pages} pages of the collection ` +
      `(after warm-up, brand, collection, brand, collection): heap after GC ${series("heapMb")} MB ` +
      `(${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)} %${enforced ? `, limit ${MAX_HEAP_GROWTH * 100} %` : ", not judged"}), RSS ${series("rssMb")} MB; ` +
      `median brand page ${results.Walk.firstPagesMs.toFixed(1)} ms over the first 20 pages, ${results.Walk.lastPagesMs.toFixed(1)} ms over the last 20`
  )
  if (enforced && growth > MAX_HEAP_GROWTH) throw new Error(`Walk: the heap grew ${(growth * 100).toFixed(1)} % over the walks`)
}

/** B5: the exact SQL of B1= (as the build under test runs it), timed inside Postgres. */
export async function explainBrandPage(ctx, brandProductPageQueries) {
  const { knex, ids, settings, results } = ctx
  const queries = brandProductPageQueries({ brandId: ids.large, skip: 0, take: PAGE_SIZE }, PAGE_FIELDS.split(","))
  const page = await explainAnalyze(knex, queries.page, settings.explainRuns)
  // Without the counter table (an ablation, or migration scripts not run) the route counts the links.
  const counter = (await knex.raw("SELECT to_regclass('brand_product_count') AS t")).rows[0].t
  const total = await explainAnalyze(knex, counter ? queries.count : queries.countByScan, settings.explainRuns)
  const sqlMs = page.median + total.median
  const api = results["B1="].a.median
  results.B5 = { target: "print B1='s API/SQL ratio", page, count: total, sqlMs, apiMs: api, ratio: api / sqlMs }
  console.log(
    `B5   SQL of B1= (EXPLAIN ANALYZE, planning + execution, median of ${settings.explainRuns}): ` +
      `page with its products ${page.median.toFixed(2)} ms + count ${total.median.toFixed(2)} ms = ${sqlMs.toFixed(2)} ms; ` +
      `B1= API ${api.toFixed(1)} ms; API/SQL ratio ${(api / sqlMs).toFixed(1)}`
  )
  for (const [label, result] of [["page", page], ["count", total]]) {
    console.log(`     ${label} plan:\n${describePlan(result.plan.Plan, 3).join("\n")}`)
  }
}
