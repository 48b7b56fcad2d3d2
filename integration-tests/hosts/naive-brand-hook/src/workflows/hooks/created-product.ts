import { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { BRAND_MODULE } from "medusa-brands/modules/brand"

type BrandModuleService = { retrieveBrand: (id: string) => Promise<unknown> }

// The tutorial's hook: retrieve the brand (throws when it does not exist), link every created
// product to it, and dismiss those links on compensation. No locks, no re-check, no exact restore.
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    if (!additional_data?.brand_id) return new StepResponse([], [])
    const brandModuleService: BrandModuleService = container.resolve(BRAND_MODULE)
    await brandModuleService.retrieveBrand(additional_data.brand_id as string)
    const link = container.resolve("link")
    const links: LinkDefinition[] = products.map((product) => ({
      [Modules.PRODUCT]: { product_id: product.id },
      [BRAND_MODULE]: { brand_id: additional_data.brand_id },
    }))
    await link.create(links)
    container.resolve("logger").info("Linked brand to products")
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve("link").dismiss(links)
  }
)
