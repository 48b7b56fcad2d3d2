import { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seedDemoStore, { DEMO_BRANDS, demoAssetsUrl } from "../demo/src/scripts/seed"
import { createBrandsWorkflow } from "medusa-brands/workflows"

/*
 * Data for the browser tests, run with `medusa exec ../e2e/seed.ts (from demo/) <stage>`:
 * - `base`: the demo store of `npm run dev` (admin login, region, 5 brands with 4 products each)
 *   and catalog brands (with logos, some inactive) up to 60 in all, for searching and paging the list.
 * - `bulk`: brands up to 2,000 in all, the last one named SEARCH_ONLY_BRAND, which no first page shows.
 * Brands are created through createBrandsWorkflow, 500 per run.
 */
const STAGES = {
  base: { total: 60, prefix: "Catalog Brand" },
  bulk: { total: 2000, prefix: "Bulk Brand" },
} as const
const SEARCH_ONLY_BRAND = "Xylophone Atelier"
const CHUNK = 500

async function brandCount(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({ entity: "brand", fields: ["id"], pagination: { skip: 0, take: 1 } })
  return metadata?.count ?? 0
}

const DEMO_LOGOS = DEMO_BRANDS.map((brand) => brand.handle)

/** Catalog brands get the demo logos in turn, and every fifth one is inactive, so the list shows both. */
function catalogBrand(name: string, index: number) {
  return {
    name,
    logo_url: `${demoAssetsUrl()}/brands/${DEMO_LOGOS[index % DEMO_LOGOS.length]}.svg`,
    is_active: index % 5 !== 4,
  }
}

async function createBrands(container: MedusaContainer, brands: { name: string }[]) {
  for (let start = 0; start < brands.length; start += CHUNK) {
    await createBrandsWorkflow(container).run({ input: { brands: brands.slice(start, start + CHUNK) } })
  }
}

export default async function seedBrowserTests({ container, args }: ExecArgs) {
  const stage = args[0] as keyof typeof STAGES
  if (!(stage in STAGES)) throw new Error(`Usage: medusa exec ../e2e/seed.ts (from demo/) <${Object.keys(STAGES).join("|")}>`)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  if (stage === "base") await seedDemoStore({ container, args: [] })

  const { total, prefix } = STAGES[stage]
  const missing = total - (await brandCount(container))
  const names = Array.from({ length: Math.max(missing, 0) }, (_, i) => `${prefix} ${String(i + 1).padStart(4, "0")}`)
  if (stage === "bulk" && names.length) names[names.length - 1] = SEARCH_ONLY_BRAND
  await createBrands(container, stage === "base" ? names.map(catalogBrand) : names.map((name) => ({ name })))
  logger.info(`Seeded ${names.length} brands for the browser tests (${await brandCount(container)} in all)`)
}
