import { PRODUCT_BRAND_TABLE } from "medusa-brands/links/product-brand"

/*
 * The concurrency scenarios, written once against plain HTTP and SQL so that
 * the same code runs on one in-process server (npm test) and across several
 * Medusa instances sharing Postgres and Redis (the scale-out test). Requests
 * are spread round-robin over `apis`. Every scenario makes its own uniquely
 * named data, so scenarios can share a database.
 */

export type ApiResponse = { status: number; data: any }
export type Api = {
  name: string
  request: (method: "GET" | "POST" | "DELETE", path: string, body?: unknown) => Promise<ApiResponse>
}
/** Runs SQL with `?` placeholders and returns the rows. */
export type Sql = (sql: string, bindings?: unknown[]) => Promise<any[]>

export type ScenarioContext = { apis: Api[]; sql: Sql; suffix: string }

/** Counts what the scenarios did, for the README figures. */
export const scenarioTotals = {
  concurrentRequests: 0,
  brandsCreated: [] as string[],
  brandsDeleted: [] as string[],
  /** Targets of successful merges (one brand.merged each). */
  brandsMerged: [] as string[],
}

const spread = <T>(apis: Api[], count: number, send: (api: Api, i: number) => Promise<T>) => {
  scenarioTotals.concurrentRequests += count
  return Promise.all(Array.from({ length: count }, (_, i) => send(apis[i % apis.length], i)))
}

function ok(response: ApiResponse, what: string) {
  if (response.status !== 200) {
    throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.data)}`)
  }
  return response.data
}

async function createBrand({ apis }: ScenarioContext, name: string): Promise<string> {
  const { brand } = ok(await apis[0].request("POST", "/admin/brands", { name }), `create brand ${name}`)
  scenarioTotals.brandsCreated.push(brand.id)
  return brand.id
}

const productBody = (title: string, brandId?: string) => ({
  title,
  options: [{ title: "Size", values: ["One size"] }],
  variants: [{ title: "One size", options: { Size: "One size" }, prices: [{ currency_code: "eur", amount: 1000 }] }],
  ...(brandId ? { additional_data: { brand_id: brandId } } : {}),
})

async function createProducts(ctx: ScenarioContext, title: string, count: number): Promise<string[]> {
  const { created } = ok(
    await ctx.apis[0].request("POST", "/admin/products/batch", {
      create: Array.from({ length: count }, (_, i) => productBody(`${title} ${i + 1}`)),
    }),
    "batch-create products"
  )
  return created.map((product: { id: string }) => product.id)
}

/** Active brand ids per product. */
async function activeBrands(sql: Sql, productIds: string[]) {
  const rows = await sql(
    `select product_id, brand_id from ${PRODUCT_BRAND_TABLE} where deleted_at is null and product_id = any(?)`,
    [productIds]
  )
  const byProduct = new Map<string, string[]>(productIds.map((id) => [id, []]))
  for (const row of rows) byProduct.get(row.product_id)!.push(row.brand_id)
  return byProduct
}

/** 50 concurrent product creates with the same brand give 50 products, each linked once, and no error. */
export async function fiftyCreatesWithOneBrand(ctx: ScenarioContext) {
  const brandId = await createBrand(ctx, `Fifty ${ctx.suffix}`)
  const responses = await spread(ctx.apis, 50, (api, i) =>
    api.request("POST", "/admin/products", productBody(`Fifty ${ctx.suffix} ${i}`, brandId))
  )
  expect(responses.map((response) => response.status)).toEqual(Array(50).fill(200))
  const productIds = responses.map((response) => response.data.product.id)
  expect(new Set(productIds).size).toEqual(50)

  const brands = await activeBrands(ctx.sql, productIds)
  expect([...brands.values()]).toEqual(Array(50).fill([brandId]))
  const [{ count }] = await ctx.sql(`select count(*)::int as count from ${PRODUCT_BRAND_TABLE} where brand_id = ?`, [brandId])
  expect(count).toEqual(50)
  return { brandId, productIds }
}

/** 20 concurrent moves of one product between two brands leave exactly one link, seen alike by every instance. */
export async function twentyConcurrentMoves(ctx: ScenarioContext) {
  const first = await createBrand(ctx, `Mover A ${ctx.suffix}`)
  const second = await createBrand(ctx, `Mover B ${ctx.suffix}`)
  const { product } = ok(
    await ctx.apis[0].request("POST", "/admin/products", productBody(`Mover ${ctx.suffix}`, first)),
    "create the product to move"
  )
  const responses = await spread(ctx.apis, 20, (api, i) =>
    api.request("POST", `/admin/products/${product.id}`, { additional_data: { brand_id: i % 2 ? first : second } })
  )
  expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200))

  const [brandIds] = [...(await activeBrands(ctx.sql, [product.id])).values()]
  expect(brandIds).toHaveLength(1)
  expect([first, second]).toContain(brandIds[0])
  // One row per pair ever linked: nothing piles up however often it moves.
  const rows = await ctx.sql(`select brand_id from ${PRODUCT_BRAND_TABLE} where product_id = ?`, [product.id])
  expect(rows.length).toBeLessThanOrEqual(2)
  for (const api of ctx.apis) {
    const { data } = await api.request("GET", `/admin/products/${product.id}?fields=id,brand.id`)
    expect([api.name, data.product.brand?.id]).toEqual([api.name, brandIds[0]])
  }
}

/** 10 concurrent creates with the same handle give exactly one brand; the other 9 get a 4xx with a message. */
export async function tenCreatesWithOneHandle(ctx: ScenarioContext) {
  const handle = `same-${ctx.suffix}`
  const responses = await spread(ctx.apis, 10, (api, i) =>
    api.request("POST", "/admin/brands", { name: `Same ${ctx.suffix} ${i}`, handle })
  )
  const created = responses.filter((response) => response.status === 200)
  const refused = responses.filter((response) => response.status !== 200)
  expect(created).toHaveLength(1)
  scenarioTotals.brandsCreated.push(created[0].data.brand.id)
  expect(refused.map((response) => response.status >= 400 && response.status < 500)).toEqual(Array(9).fill(true))
  for (const response of refused) expect(response.data.message).toMatch(/handle|already exists/i)

  const rows = await ctx.sql("select id from brand where handle = ?", [handle])
  expect(rows).toEqual([{ id: created[0].data.brand.id }])
}

/** Concurrent bulk adds of overlapping product sets leave every product with exactly one brand, one that asked for it. */
export async function overlappingBulkAdds(ctx: ScenarioContext) {
  const brandIds = [] as string[]
  for (const letter of ["A", "B", "C", "D"]) brandIds.push(await createBrand(ctx, `Bulk ${letter} ${ctx.suffix}`))
  const productIds = await createProducts(ctx, `Bulk ${ctx.suffix}`, 24)
  // Brand k asks for 12 products starting at 6k (wrapping), twice: every product is wanted by two brands.
  const windowOf = (k: number) => Array.from({ length: 12 }, (_, i) => productIds[(6 * k + i) % productIds.length])
  const responses = await spread(ctx.apis, 8, (api, i) =>
    api.request("POST", `/admin/brands/${brandIds[i % 4]}/products`, { add: windowOf(i % 4) })
  )
  expect(responses.map((response) => response.status)).toEqual(Array(8).fill(200))

  const brands = await activeBrands(ctx.sql, productIds)
  productIds.forEach((productId) => {
    const wanted = brandIds.filter((_, k) => windowOf(k).includes(productId))
    const linked = brands.get(productId)!
    expect([productId, linked.length]).toEqual([productId, 1])
    expect(wanted).toContain(linked[0])
  })
}

/** A brand deleted while products are added to it ends up with no active link, whichever request wins. */
export async function deleteDuringBulkAdd(ctx: ScenarioContext) {
  const productIds = await createProducts(ctx, `Doomed ${ctx.suffix}`, 10)
  for (let round = 0; round < 5; round++) {
    const brandId = await createBrand(ctx, `Doomed ${round} ${ctx.suffix}`)
    const [add, remove] = await spread(ctx.apis, 2, (api, i) =>
      i === 0
        ? api.request("POST", `/admin/brands/${brandId}/products`, { add: productIds })
        : api.request("DELETE", `/admin/brands/${brandId}`)
    )
    expect(remove.status).toEqual(200)
    scenarioTotals.brandsDeleted.push(brandId)
    // The add either ran first (and its links were removed with the brand) or found the brand gone.
    expect([200, 400, 404]).toContain(add.status)
    const rows = await ctx.sql(`select product_id from ${PRODUCT_BRAND_TABLE} where brand_id = ? and deleted_at is null`, [brandId])
    expect([round, rows]).toEqual([round, []])
  }
}

/**
 * Products created into, or moved into, a brand while it is merged into another end on the target,
 * or their request fails with a 4xx; no link to the merged brand survives.
 */
export async function linksDuringMerge(ctx: ScenarioContext) {
  const target = await createBrand(ctx, `Merge target ${ctx.suffix}`)
  const source = await createBrand(ctx, `Merge source ${ctx.suffix}`)
  // Enough products for a merge of several batches, so the writes below land during it.
  const existing = await createProducts(ctx, `Merge existing ${ctx.suffix}`, 100)
  const spare = await createProducts(ctx, `Merge spare ${ctx.suffix}`, 10)
  for (let i = 0; i < existing.length; i += 50) {
    ok(await ctx.apis[0].request("POST", `/admin/brands/${source}/products`, { add: existing.slice(i, i + 50) }), "link to the source")
  }
  const writes = spare.flatMap((id, i) => [
    (api: Api) => api.request("POST", "/admin/products", productBody(`Merge new ${ctx.suffix} ${i}`, source)),
    (api: Api) => api.request("POST", `/admin/brands/${source}/products`, { add: [id] }),
  ])
  // Creates and moves alternate, one every 150 ms; the merge starts after 1.5 s. Some land before
  // it retires the source brand (and must be moved), some while it runs (and must fail), some after.
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const [merge, ...responses] = await spread(ctx.apis, writes.length + 1, async (api, i) => {
    await wait(i === 0 ? 1500 : (i - 1) * 150)
    return i === 0 ? api.request("POST", `/admin/brands/${target}/merge`, { brand_ids: [source] }) : writes[i - 1](api)
  })
  expect([merge.status, merge.data.message]).toEqual([200, undefined])
  scenarioTotals.brandsMerged.push(target)
  for (const response of responses) expect(response.status === 200 || (response.status >= 400 && response.status < 500)).toBe(true)

  const created = responses.filter((_, i) => i % 2 === 0 && responses[i].status === 200).map((r) => r.data.product.id)
  const moved = spare.filter((_, i) => responses[2 * i + 1].status === 200)
  const brands = await activeBrands(ctx.sql, [...existing, ...created, ...moved])
  for (const [productId, linked] of brands) expect([productId, linked]).toEqual([productId, [target]])
  const [{ count }] = await ctx.sql(`select count(*)::int as count from ${PRODUCT_BRAND_TABLE} where brand_id = ? and deleted_at is null`, [source])
  expect(count).toEqual(0)
}

/** Two merges sharing a brand at once: one succeeds whole, the other fails with a 4xx and changes nothing. */
export async function overlappingMerges(ctx: ScenarioContext) {
  const ids: string[] = []
  for (const letter of ["A", "B", "C", "D"]) ids.push(await createBrand(ctx, `Overlap ${letter} ${ctx.suffix}`))
  const productIds = await createProducts(ctx, `Overlap ${ctx.suffix}`, 40)
  for (let k = 0; k < 4; k++) {
    ok(await ctx.apis[0].request("POST", `/admin/brands/${ids[k]}/products`, { add: productIds.slice(10 * k, 10 * k + 10) }), "link")
  }
  // B and C into A, while C and D go into B.
  const merges = [
    { target: ids[0], sources: [ids[1], ids[2]] },
    { target: ids[1], sources: [ids[2], ids[3]] },
  ]
  const responses = await spread(ctx.apis, 2, (api, i) =>
    api.request("POST", `/admin/brands/${merges[i].target}/merge`, { brand_ids: merges[i].sources })
  )
  const won = responses.findIndex((response) => response.status === 200)
  expect(won).toBeGreaterThanOrEqual(0)
  const lost = responses[1 - won]
  expect([lost.status >= 400 && lost.status < 500, lost.data.message]).toEqual([true, expect.stringMatching(/not found|deleted/)])

  const { target, sources } = merges[won]
  scenarioTotals.brandsMerged.push(target)
  const deleted = await ctx.sql("select id from brand where id = any(?) and deleted_at is not null order by id", [ids])
  expect(deleted.map((row) => row.id)).toEqual([...sources].sort())
  const expected = new Map(productIds.map((id, i) => [id, ids[Math.floor(i / 10)]]))
  for (const [productId, brandId] of expected) if (sources.includes(brandId)) expected.set(productId, target)
  const linked = await activeBrands(ctx.sql, productIds)
  for (const [productId, brandIds] of linked) expect([productId, brandIds]).toEqual([productId, [expected.get(productId)]])
  const aliases = await ctx.sql("select brand_id, count(*)::int as count from brand_alias where deleted_at is null and brand_id = any(?) group by brand_id", [ids])
  expect(aliases).toEqual([{ brand_id: target, count: 2 }])
}

export const CONCURRENCY_SCENARIOS = {
  fiftyCreatesWithOneBrand,
  twentyConcurrentMoves,
  tenCreatesWithOneHandle,
  overlappingBulkAdds,
  deleteDuringBulkAdd,
  linksDuringMerge,
  overlappingMerges,
}

/**
 * The brand.created, brand.deleted and brand.merged subscriber (the admin feed)
 * ran exactly once per event: waits until every expected notification exists,
 * then a little longer to catch late duplicates.
 */
export async function expectBrandFeedExactlyOnce(
  sql: Sql,
  expected: { created: string[]; deleted: string[]; merged?: string[] },
  { timeoutMs = 30_000, settleMs = 2_000 } = {}
) {
  const count = async () => {
    const rows = await sql(
      `select resource_id, trigger_type, count(*)::int as count from notification
       where resource_type = 'brand' and resource_id = any(?) group by resource_id, trigger_type`,
      [[...expected.created, ...expected.deleted, ...(expected.merged ?? [])]]
    )
    return Object.fromEntries(rows.map((row) => [`${row.trigger_type} ${row.resource_id}`, row.count]))
  }
  const wanted = Object.fromEntries([
    ...expected.created.map((id) => [`brand.created ${id}`, 1]),
    ...expected.deleted.map((id) => [`brand.deleted ${id}`, 1]),
    ...(expected.merged ?? []).map((id) => [`brand.merged ${id}`, 1]),
  ])
  const deadline = Date.now() + timeoutMs
  while (Object.keys(await count()).length < Object.keys(wanted).length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await new Promise((resolve) => setTimeout(resolve, settleMs))
  expect(await count()).toEqual(wanted)
}
