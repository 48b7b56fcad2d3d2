import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { brandsPluginOptions } from "../../lib/plugin-options"
import {
  setProductsBrandFromAdditionalData,
  undoProductsBrandFromAdditionalData,
} from "../brand/utils/product-hook-brand-change"

/**
 * `additional_data.brand_id` on product update: absent leaves the brand alone, a string moves
 * the products to that brand, and null unlinks their brand.
 */
if (brandsPluginOptions().productHooks) {
  updateProductsWorkflow.hooks.productsUpdated(
    async (input, { container }) =>
      new StepResponse(undefined, await setProductsBrandFromAdditionalData(container, input, { on: "update" })),
    (undo, { container }) => undoProductsBrandFromAdditionalData(container, undo)
  )
}
