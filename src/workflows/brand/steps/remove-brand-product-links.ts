import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaContainer } from "@medusajs/framework/types"
import { BRAND_MODULE } from "../../../modules/brand"
import { ProductBrandPair } from "../utils/product-brand-link-rows"

function productBrandLinkService(container: MedusaContainer) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  return link.getLinkModule(Modules.PRODUCT, "product_id", BRAND_MODULE, "brand_id")!
}

export const removeBrandProductLinksStepId = "remove-brand-product-links"

/**
 * Soft-deletes every active product link of the brands. Compensation restores
 * exactly those pairs: links dismissed earlier (a product that moved to another
 * brand) stay dismissed.
 */
export const removeBrandProductLinksStep = createStep(
  removeBrandProductLinksStepId,
  async (brandIds: string[], { container }) => {
    const service = productBrandLinkService(container)
    const links = (await service.list(
      { brand_id: brandIds },
      { select: ["product_id", "brand_id"] }
    )) as ProductBrandPair[]
    if (links.length) await service.softDelete({ brand_id: brandIds })
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    const service = productBrandLinkService(container)
    const productsByBrand = new Map<string, string[]>()
    for (const { brand_id, product_id } of links) {
      productsByBrand.set(brand_id, [...(productsByBrand.get(brand_id) ?? []), product_id])
    }
    for (const [brand_id, product_id] of productsByBrand) {
      await service.restore({ brand_id, product_id })
    }
  }
)
