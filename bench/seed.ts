import {
  batchLinkProductsToCategoryWorkflow,
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { PRODUCT_BRAND_TABLE } from "medusa-brands/links/product-brand"
import { BRAND_MODULE, handleFromName } from "medusa-brands/modules/brand"
import seedDemo from "../demo/src/scripts/seed"
import catalogue from "./catalogue.json"

/*
 * Seeds the benchmark catalogue in batches: brands through the brand module, collections and
 * products through core's workflows (products linked by the plugin's productsCreated hook). scripts/bench.mjs
 * runs it through `medusa exec` with BENCH_SCALE (a scale of catalogue.json). Each
 * part counts what exists first, so an interrupted seed resumes where it stopped.
 */

type Scale = {
  brands: number
  collections: number
  largeProducts: number
  smallProducts: number
  /** Products with no brand and no collection, for the bulk add benchmark. */
  bulkProducts: number
  batch: number
}
type Log = (message: string) => void

const { handles } = catalogue
const [firstWords, secondWords] = catalogue.words

/** Deterministic names; brands and collections share them so `q` matches as many of each. */
const catalogueName = (i: number) =>
  `${firstWords[i % firstWords.length]} ${secondWords[Math.floor(i / firstWords.length) % secondWords.length]} ${i}`


async function inBatches(total: number, batch: number, log: Log, label: string, create: (from: number, count: number) => Promise<void>) {
  if (!total) return log(`  ${label}: already seeded`)
  const started = Date.now()
  for (let done = 0; done < total; done += batch) {
    const count = Math.min(batch, total - done)
    await create(done, count)
    log(`  ${label}: ${done + count}/${total} created (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  }
}

/** Names to create so that `table` holds `target` live rows, the special ones first. */
async function missingNames(container: MedusaContainer, table: string, handleColumn: string, target: number, special: { name: string; handle: string }[], prefix: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: Record<string, string>[] = await knex(table).select(handleColumn).whereNull("deleted_at")
  const existing = new Set(rows.map((row) => row[handleColumn]))
  const missing = special.filter((entry) => !existing.has(entry.handle))
  for (let i = 0; existing.size + missing.length < target; i++) {
    const name = catalogueName(i)
    const handle = `${prefix}${handleFromName(name)}`
    if (!existing.has(handle)) missing.push({ name, handle })
  }
  return missing
}

async function idByHandle(container: MedusaContainer, table: string, handle: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const row = await knex(table).select("id").where({ handle }).whereNull("deleted_at").first()
  return row.id as string
}

type ProductSet = {
  total: number
  title: string
  /** Linked through `additional_data.brand_id`, as the product create form does. */
  brandHandle?: string
  collectionId?: string
  salesChannelId: string
  shippingProfileId: string
}

/** How many products of `set` exist: linked to its brand, or for a set without brand, by handle prefix. */
async function existingProducts(container: MedusaContainer, set: ProductSet, brandId?: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [{ count }] = brandId
    ? await knex(PRODUCT_BRAND_TABLE).count({ count: "*" }).where({ brand_id: brandId }).whereNull("deleted_at")
    : await knex("product").count({ count: "*" }).whereLike("handle", `${handleFromName(set.title)}-%`).whereNull("deleted_at")
  return Number(count)
}

async function ensureProducts(container: MedusaContainer, log: Log, scale: Scale, set: ProductSet) {
  const { total, title, collectionId, salesChannelId, shippingProfileId } = set
  const brandId = set.brandHandle ? await idByHandle(container, "brand", set.brandHandle) : undefined
  const existing = await existingProducts(container, set, brandId)
  await inBatches(Math.max(total - existing, 0), scale.batch, log, `${title} products`, async (from, batchSize) => {
    await createProductsWorkflow(container).run({
      input: {
        products: Array.from({ length: batchSize }, (_, i) => {
          const n = existing + from + i + 1
          return {
            title: `${title} ${n}`,
            handle: `${handleFromName(title)}-${n}`,
            status: ProductStatus.PUBLISHED,
            collection_id: collectionId,
            shipping_profile_id: shippingProfileId,
            sales_channels: [{ id: salesChannelId }],
            options: [{ title: "Size", values: ["One size"] }],
            variants: [
              {
                title: "One size",
                options: { Size: "One size" },
                manage_inventory: false,
                prices: [
                  { currency_code: "eur", amount: 1000 + (n % 500) },
                  { currency_code: "usd", amount: 1200 + (n % 500) },
                ],
              },
            ],
          }
        }),
        additional_data: brandId ? { brand_id: brandId } : undefined,
      },
    })
  })
}

/** B6 with category_id: every other product of the large brand (by id) in one category. */
async function ensureLargeCategory(container: MedusaContainer, log: Log, scale: Scale) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  let categoryId = (await knex("product_category").select("id").where({ handle: handles.largeCategory }).whereNull("deleted_at").first())?.id
  if (!categoryId) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: { product_categories: [{ name: "Bench Large Category", handle: handles.largeCategory, is_active: true }] },
    })
    categoryId = result[0].id
  }
  const brandId = await idByHandle(container, "brand", handles.largeBrand)
  const { rows } = await knex.raw(
    `SELECT product_id FROM (
       SELECT product_id, row_number() OVER (ORDER BY product_id) AS n FROM "${PRODUCT_BRAND_TABLE}" WHERE brand_id = ? AND deleted_at IS NULL
     ) linked
     WHERE n % 2 = 1 AND NOT EXISTS (
       SELECT 1 FROM product_category_product pcp WHERE pcp.product_id = linked.product_id AND pcp.product_category_id = ?)`,
    [brandId, categoryId]
  )
  const missing: string[] = rows.map((row: { product_id: string }) => row.product_id)
  await inBatches(missing.length, scale.batch, log, "large category products", async (from, count) => {
    await batchLinkProductsToCategoryWorkflow(container).run({ input: { id: categoryId, add: missing.slice(from, from + count) } })
  })
}

export default async function seedBench({ container, args }: ExecArgs) {
  // Progress goes to stdout; the seed runs with LOG_LEVEL=warn, which hides one log line per brand.created notification.
  const log: Log = (message) => console.log(message)
  const scale: Scale = JSON.parse(process.env.BENCH_SCALE || JSON.stringify(catalogue.scales.smoke))
  const started = Date.now()

  // Store, region, publishable key, admin login and the small demo catalogue.
  await seedDemo({ container, args })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const {
    data: [profile],
  } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })

  const brands = await missingNames(container, "brand", "handle", scale.brands, [
    { name: "Bench Large", handle: handles.largeBrand },
    { name: "Bench Small", handle: handles.smallBrand },
    { name: "Bench Writes", handle: handles.writeBrand },
  ], "bench-")
  await inBatches(brands.length, 1000, log, "brands", async (from, count) => {
    // Through the module service: the same rows as createBrandsWorkflow, without a brand.created
    // event (and an admin notification) per brand, which made 100,000 brands take half an hour.
    await container.resolve(BRAND_MODULE).createBrands(brands.slice(from, from + count))
  })

  const collections = await missingNames(container, "product_collection", "handle", scale.collections, [
    { name: "Bench Large Collection", handle: handles.largeCollection },
  ], "bench-collection-")
  await inBatches(collections.length, 1000, log, "collections", async (from, count) => {
    const batch = collections.slice(from, from + count).map(({ name, handle }) => ({ title: name, handle }))
    await createCollectionsWorkflow(container).run({ input: { collections: batch } })
  })

  const context = { salesChannelId: store.default_sales_channel_id!, shippingProfileId: profile.id }
  await ensureProducts(container, log, scale, {
    ...context,
    brandHandle: handles.largeBrand,
    total: scale.largeProducts,
    title: "Bench Large",
    collectionId: await idByHandle(container, "product_collection", handles.largeCollection),
  })
  await ensureProducts(container, log, scale, {
    ...context,
    brandHandle: handles.smallBrand,
    total: scale.smallProducts,
    title: "Bench Small",
  })
  await ensureProducts(container, log, scale, { ...context, total: scale.bulkProducts, title: catalogue.bulkTitle })

  await ensureLargeCategory(container, log, scale)

  log(`Bench seed complete in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
