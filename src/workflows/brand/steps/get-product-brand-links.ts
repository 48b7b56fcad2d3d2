import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import ProductBrandLink from "../../../links/product-brand"

export type ProductBrandPair = { product_id: string; brand_id: string }

export const getProductBrandLinksStepId = "get-product-brand-links"

/** The current product–brand pairs of the given products. */
export const getProductBrandLinksStep = createStep(
  getProductBrandLinksStepId,
  async (productIds: string[], { container }) => {
    if (!productIds.length) return new StepResponse([] as ProductBrandPair[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: ProductBrandLink.entryPoint,
      fields: ["product_id", "brand_id"],
      filters: { product_id: productIds },
    })
    return new StepResponse(data as ProductBrandPair[])
  }
)
