import { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { PRODUCT_BRAND_TABLE } from "medusa-brands/links/product-brand"
import { createBrandsWorkflow } from "medusa-brands/workflows"
import seedDemo from "../demo/src/scripts/seed"

/*
 * The catalogue of the brand-operations benchmark (scripts/bench-operations.mjs), run through
 * `medusa exec` with OPS_SCALE. Brands go through createBrandsWorkflow (1,000 per run, so the
 * admin feed gets one summary per run); products through the Product Module, without variants
 * (export, import and health read products and their brand links only); links through the link
 * module. Each part counts what exists first, so an interrupted seed resumes.
 */

type Scale = { brands: number; products: number }

const BRAND_BATCH = 1000
const PRODUCT_BATCH = 2000
const LINK_BATCH = 5000

/** Every 50th brand has a twin spelled differently ("… Inc."), every 20th is inactive. */
const brandName = (i: number) => `Ops Brand ${String(i).padStart(5, "0")}`
const brandHandle = (i: number) => `ops-brand-${String(i).padStart(5, "0")}`
/** Products: every 10th a draft; products k*10+9 have no brand; the others go to brand n % brands. */
const productHandle = (n: number) => `ops-product-${String(n).padStart(6, "0")}`

async function countRows(container: MedusaContainer, table: string, like: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [{ count }] = await knex(table).count({ count: "*" }).where("handle", "like", like).whereNull("deleted_at")
  return Number(count)
}

export default async function seedOperationsBench({ container, args }: ExecArgs) {
  // Progress on stdout: the benchmark runs this with LOG_LEVEL=warn, which keeps Medusa's own logs quiet.
  const log = (message: string) => console.log(message)
  const scale: Scale = JSON.parse(process.env.OPS_SCALE || '{"brands":60,"products":300}')
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const started = Date.now()
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

  if (!(await countRows(container, "brand", "%"))) await seedDemo({ container, args })

  const twins = Math.floor(scale.brands / 50)
  const mainBrands = scale.brands - twins
  for (let from = await countRows(container, "brand", "ops-brand-%"); from < mainBrands; from += BRAND_BATCH) {
    const count = Math.min(BRAND_BATCH, mainBrands - from)
    const brands = Array.from({ length: count }, (_, k) => {
      const i = from + k
      return { name: brandName(i), handle: brandHandle(i), is_active: i % 20 !== 19 }
    })
    await createBrandsWorkflow(container).run({ input: { brands } })
    log(`  brands: ${from + count}/${mainBrands} (${elapsed()})`)
  }
  if (!(await countRows(container, "brand", "ops-twin-%"))) {
    const brands = Array.from({ length: twins }, (_, k) => ({ name: `${brandName(k * 50)} Inc.`, handle: `ops-twin-${k}` }))
    if (brands.length) await createBrandsWorkflow(container).run({ input: { brands } })
  }

  const productModule = container.resolve(Modules.PRODUCT)
  for (let from = await countRows(container, "product", "ops-product-%"); from < scale.products; from += PRODUCT_BATCH) {
    const count = Math.min(PRODUCT_BATCH, scale.products - from)
    await productModule.createProducts(
      Array.from({ length: count }, (_, k) => {
        const n = from + k
        return {
          title: `Ops Product ${n}`,
          handle: productHandle(n),
          status: n % 10 === 3 ? ProductStatus.DRAFT : ProductStatus.PUBLISHED,
        }
      })
    )
    log(`  products: ${from + count}/${scale.products} (${elapsed()})`)
  }

  const [{ count: linked }] = await knex(PRODUCT_BRAND_TABLE).count({ count: "*" }).whereNull("deleted_at")
  if (Number(linked) < (scale.products * 9) / 10 - 1) {
    const brandIds = new Map<string, string>(
      (await knex("brand").select("id", "handle").where("handle", "like", "ops-brand-%").whereNull("deleted_at")).map(
        (row: { id: string; handle: string }) => [row.handle, row.id]
      )
    )
    const products: { id: string; handle: string }[] = await knex("product")
      .select("id", "handle")
      .where("handle", "like", "ops-product-%")
      .whereNull("deleted_at")
      .whereNotExists(knex(PRODUCT_BRAND_TABLE).select(1).whereRaw(`${PRODUCT_BRAND_TABLE}.product_id = product.id`))
    const pairs = products.flatMap(({ id, handle }) => {
      const n = Number(handle.slice("ops-product-".length))
      return n % 10 === 9 ? [] : [{ product_id: id, brand_id: brandIds.get(brandHandle(n % mainBrands))! }]
    })
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    for (let from = 0; from < pairs.length; from += LINK_BATCH) {
      await link.create(
        pairs.slice(from, from + LINK_BATCH).map((pair) => ({ [Modules.PRODUCT]: { product_id: pair.product_id }, brand: { brand_id: pair.brand_id } }))
      )
      log(`  links: ${Math.min(from + LINK_BATCH, pairs.length)}/${pairs.length} (${elapsed()})`)
    }
  }
  log(`Operations bench seed complete in ${elapsed()}`)
}

export { brandHandle, productHandle }
