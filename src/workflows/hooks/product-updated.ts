import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { setBrandFromProductHook, undoBrandFromProductHook } from "../brand/utils/product-hook-brand-change"

/**
 * `additional_data.brand_id` on product update: absent leaves the brand alone,
 * a string moves the products to that brand, and null unlinks their brand.
 */
updateProductsWorkflow.hooks.productsUpdated(async ({ products, additional_data }, { container }) => {
  const brandId = additional_data?.brand_id as string | null | undefined
  if (brandId === undefined) return new StepResponse(undefined)
  return setBrandFromProductHook(container, products, brandId)
}, undoBrandFromProductHook)
