import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { setBrandFromProductHook, undoBrandFromProductHook } from "../brand/utils/product-hook-brand-change"

/** `additional_data.brand_id` on product create links every created product to that brand. */
createProductsWorkflow.hooks.productsCreated(async ({ products, additional_data }, { container }) => {
  const brandId = additional_data?.brand_id as string | null | undefined
  if (!brandId) return new StepResponse(undefined)
  return setBrandFromProductHook(container, products, brandId)
}, undoBrandFromProductHook)
