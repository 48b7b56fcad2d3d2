// B6 and B7: `brand_id` on core product lists against `collection_id` on the same lists, for the
// same 10,000 products (the seed puts the large brand's products in the large collection, and
// every other one of them in the large category). Called from scripts/bench.mjs.
import { latencyPair, throughputPair, timedRequest } from "./measure.mjs"

export const BRAND_FILTER_TARGETS = { B6: 0.95, B6c: 0.95, B7: 1.05 }

/** Both URLs of a pair must list the same products, or the comparison means nothing. */
async function assertSameProducts(a, b, headers, expectedCount) {
  const [pageA, pageB] = await Promise.all([a, b].map((url) => timedRequest({ url, headers })))
  const ids = (page) => page.body.products.map((product) => product.id).join(",")
  if (pageA.body.count !== expectedCount || pageB.body.count !== expectedCount || ids(pageA) !== ids(pageB)) {
    throw new Error(
      `B6/B7 sides differ: ${a} counted ${pageA.body.count}, ${b} counted ${pageB.body.count}, expected ${expectedCount} and the same page`
    )
  }
}

/**
 * Runs B6 (store throughput, plain and with a category) and B7 (admin latency, same fields),
 * reporting each through `report(name, target, result, unit)`.
 */
export async function measureBrandFilterPairs({ base, admin, store, brandId, collectionId, categoryId, scale, settings, fields, report }) {
  const storeUrl = (filter) => `${base}/store/products?${filter}&limit=20`
  const brand = `brand_id=${brandId}`
  const collection = `collection_id=${collectionId}`
  const category = `category_id=${categoryId}`
  const inCategory = Math.ceil(scale.largeProducts / 2)

  await assertSameProducts(storeUrl(brand), storeUrl(collection), store, scale.largeProducts)
  await assertSameProducts(storeUrl(`${brand}&${category}`), storeUrl(`${collection}&${category}`), store, inCategory)
  console.log("B6/B7: core product lists filtered by brand_id against collection_id (the same products)")
  report("B6", `>= ${BRAND_FILTER_TARGETS.B6}`, await throughputPair({
    a: storeUrl(brand),
    b: storeUrl(collection),
    headers: store,
    seconds: settings.seconds,
    amount: settings.amount,
    rounds: settings.rounds,
  }), "rps")
  report("B6c", `>= ${BRAND_FILTER_TARGETS.B6c}`, await throughputPair({
    a: storeUrl(`${brand}&${category}`),
    b: storeUrl(`${collection}&${category}`),
    headers: store,
    seconds: settings.seconds,
    amount: settings.amount,
    rounds: settings.rounds,
  }), "rps")

  const adminUrl = (filter) => `${base}/admin/products?${filter}&limit=20&fields=${fields}`
  await assertSameProducts(adminUrl(brand), adminUrl(collection), admin, scale.largeProducts)
  report("B7", `<= ${BRAND_FILTER_TARGETS.B7}`, await latencyPair({
    a: () => ({ url: adminUrl(brand), headers: admin }),
    b: () => ({ url: adminUrl(collection), headers: admin }),
    warmup: settings.warmup,
    iterations: settings.iterations,
    onResponse: (side, body) => {
      if (body.count !== scale.largeProducts) throw new Error(`B7 side ${side} counted ${body.count}, expected ${scale.largeProducts}`)
    },
  }))
}
