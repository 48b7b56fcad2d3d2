import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { brandsPluginOptions } from "../../lib/plugin-options"
import {
  setProductsBrandFromAdditionalData,
  undoProductsBrandFromAdditionalData,
} from "../brand/utils/product-hook-brand-change"

/** `additional_data.brand_id` on product create links every created product to that brand. */
if (brandsPluginOptions().productHooks) {
  createProductsWorkflow.hooks.productsCreated(
    async (input, { container }) =>
      new StepResponse(undefined, await setProductsBrandFromAdditionalData(container, input, { on: "create" })),
    (undo, { container }) => undoProductsBrandFromAdditionalData(container, undo)
  )
}
