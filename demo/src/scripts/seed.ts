import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingProfilesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { ensureAdminUser } from "../lib/admin-user"
import { handleFromName } from "medusa-brands/modules/brand"
import { createBrandsWorkflow } from "medusa-brands/workflows"

/*
 * Idempotent demo data for `npm run dev`: store basics (EUR/USD, a European
 * region, a publishable key), the admin login, and five brands with four
 * products each. Each part is skipped when it already exists.
 */

export const DEMO_BRANDS = [
  {
    name: "Acme",
    handle: "acme",
    description: "Dependable gear for everyday adventures.",
    products: ["Anvil Mug", "Rocket Hoodie", "Canvas Tote", "Desk Lamp"],
  },
  {
    name: "Northwind",
    handle: "northwind",
    description: "Outdoor layers made for wind and rain.",
    products: ["Rain Shell", "Trail Cap", "Wool Socks", "Thermal Flask"],
  },
  {
    name: "Lumen & Co",
    handle: "lumen-co",
    description: "Warm light and soft textiles for the home.",
    products: ["Candle Trio", "Linen Throw", "Oak Tray", "Reading Light"],
  },
  {
    name: "Field Stone",
    handle: "field-stone",
    description: "Tools and pots for small gardens.",
    products: ["Stone Planter", "Garden Gloves", "Seed Kit", "Watering Can"],
  },
  {
    name: "Orbit Works",
    handle: "orbit-works",
    description: "Clocks, globes and prints for curious minds.",
    products: ["Orbit Watch", "Star Map Print", "Desk Globe", "Travel Clock"],
  },
]

/** Where Medusa serves the demo logos and images (static/demo). */
export const demoAssetsUrl = () =>
  `${process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`}/static/demo`

const EUROPE = ["gb", "de", "dk", "se", "fr", "es", "it"]


async function ensureStoreSetup(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const {
    data: [store],
  } = await query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id", "supported_currencies.currency_code"],
  })
  if (!store.supported_currencies?.length) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          supported_currencies: [
            { currency_code: "eur", is_default: true },
            { currency_code: "usd" },
          ],
        },
      },
    })
  }

  const { data: regions } = await query.graph({ entity: "region", fields: ["id"] })
  if (!regions.length) {
    logger.info("Seeding the Europe region")
    await createRegionsWorkflow(container).run({
      input: {
        regions: [
          { name: "Europe", currency_code: "eur", countries: EUROPE, payment_providers: ["pp_system_default"] },
        ],
      },
    })
    await createTaxRegionsWorkflow(container).run({
      input: EUROPE.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token"],
    filters: { type: "publishable" },
  })
  let publishableKey: { id: string; token: string } | undefined = keys[0]
  if (!publishableKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: "Webshop", type: "publishable", created_by: "" }] },
    })
    publishableKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: publishableKey.id, add: [store.default_sales_channel_id!] },
    })
  }

  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  let shippingProfileId = profiles[0]?.id
  if (!shippingProfileId) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfileId = result[0].id
  }

  return {
    salesChannelId: store.default_sales_channel_id!,
    shippingProfileId,
    publishableKey: publishableKey.token,
  }
}

async function ensureDemoCatalog(
  container: MedusaContainer,
  assetsUrl: string,
  store: { salesChannelId: string; shippingProfileId: string }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "brand",
    fields: ["id"],
    filters: { handle: DEMO_BRANDS.map((brand) => brand.handle) },
    withDeleted: true,
  })
  if (existing.length) return

  logger.info("Seeding demo brands and products")
  const { result: brands } = await createBrandsWorkflow(container).run({
    input: {
      brands: DEMO_BRANDS.map(({ name, handle, description }) => ({
        name,
        handle,
        description,
        logo_url: `${assetsUrl}/brands/${handle}.svg`,
      })),
    },
  })

  for (const [index, demo] of DEMO_BRANDS.entries()) {
    // One workflow run per brand: additional_data.brand_id goes through the productsCreated hook.
    await createProductsWorkflow(container).run({
      input: {
        products: demo.products.map((title, position) => {
          const image = `${assetsUrl}/products/${handleFromName(title)}.svg`
          const price = 1500 + 500 * position
          return {
            title,
            handle: handleFromName(title),
            description: `${title} by ${demo.name}.`,
            status: ProductStatus.PUBLISHED,
            thumbnail: image,
            images: [{ url: image }],
            shipping_profile_id: store.shippingProfileId,
            sales_channels: [{ id: store.salesChannelId }],
            options: [{ title: "Size", values: ["Regular", "Large"] }],
            variants: ["Regular", "Large"].map((size, i) => ({
              title: size,
              sku: `${handleFromName(title)}-${size}`.toUpperCase(),
              options: { Size: size },
              manage_inventory: false,
              prices: [
                { currency_code: "eur", amount: price + i * 500 },
                { currency_code: "usd", amount: price + i * 500 + 200 },
              ],
            })),
          }
        }),
        additional_data: { brand_id: brands[index].id },
      },
    })
  }
}

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const email = process.env.ADMIN_EMAIL || "admin@example.com"
  const password = process.env.ADMIN_PASSWORD || "supersecret"

  const store = await ensureStoreSetup(container)
  const { created } = await ensureAdminUser(container, email, password)
  if (created) logger.info(`Created admin user ${email}`)
  await ensureDemoCatalog(container, demoAssetsUrl(), store)
  logger.info(`Publishable API key: ${store.publishableKey}`)
}
