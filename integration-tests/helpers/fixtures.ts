import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { PRODUCT_BRAND_TABLE } from "medusa-brands/links/product-brand"
import { createBrandsWorkflow } from "medusa-brands/workflows"

export async function createSalesChannel(container: MedusaContainer, name = "Webshop") {
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name }] },
  })
  return result[0]
}

export async function createBrands(container: MedusaContainer, names: string[]) {
  const { result } = await createBrandsWorkflow(container).run({
    input: { brands: names.map((name) => ({ name })) },
  })
  return result
}

type ProductFixture = {
  count: number
  title?: string
  brandId?: string
  salesChannelId?: string
  status?: ProductStatus
}

/** Creates products in one workflow run; with `brandId` they are linked through the productsCreated hook. */
export async function createProducts(container: MedusaContainer, fixture: ProductFixture) {
  const title = fixture.title ?? "Product"
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: Array.from({ length: fixture.count }, (_, i) => ({
        title: `${title} ${String(i + 1).padStart(3, "0")}`,
        status: fixture.status ?? ProductStatus.PUBLISHED,
        options: [{ title: "Size", values: ["One size"] }],
        variants: [
          {
            title: "One size",
            options: { Size: "One size" },
            manage_inventory: false,
            prices: [
              { currency_code: "eur", amount: 1000 + i },
              { currency_code: "usd", amount: 1200 + i },
            ],
          },
        ],
        sales_channels: fixture.salesChannelId ? [{ id: fixture.salesChannelId }] : undefined,
      })),
      additional_data: fixture.brandId ? { brand_id: fixture.brandId } : undefined,
    },
  })
  return result
}

/** Every product–brand link row, including dismissed ones, ordered for comparison. */
export async function productBrandRows(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return knex(PRODUCT_BRAND_TABLE)
    .select("product_id", "brand_id", knex.raw("deleted_at is not null as dismissed"))
    .orderBy(["product_id", "brand_id"])
}

/** The active brand ids of a product, straight from the link table. */
export async function brandIdsOf(container: MedusaContainer, productId: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = await knex(PRODUCT_BRAND_TABLE).select("brand_id").where({ product_id: productId }).whereNull("deleted_at")
  return rows.map((row: { brand_id: string }) => row.brand_id)
}

/** The active sales channel ids of a product. */
export async function salesChannelIdsOf(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["sales_channels.id"],
    filters: { id: productId },
  })
  return (data[0]?.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : []))
}

/** A publishable API key for the given sales channels, as store request options. */
export async function createPublishableKey(container: MedusaContainer, salesChannelIds: string[]) {
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Webshop", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: salesChannelIds } })
  return { headers: { "x-publishable-api-key": result[0].token } }
}
