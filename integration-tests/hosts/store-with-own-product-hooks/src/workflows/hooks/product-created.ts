import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { setProductsBrandFromAdditionalData, undoProductsBrandFromAdditionalData } from "medusa-brands/workflows"
import { saveErpId, undoErpId } from "./erp"

// The README's composition: the brand first, then the store's own work, undone in reverse.
createProductsWorkflow.hooks.productsCreated(
  async (input, { container }) => {
    const brand = await setProductsBrandFromAdditionalData(container, input, { on: "create" })
    try {
      const erp = await saveErpId(container, input.products, input.additional_data?.erp_id)
      return new StepResponse(undefined, { brand, erp })
    } catch (error) {
      await undoProductsBrandFromAdditionalData(container, brand)
      throw error
    }
  },
  async (undo, { container }) => {
    await undoErpId(container, undo?.erp)
    await undoProductsBrandFromAdditionalData(container, undo?.brand)
  }
)
