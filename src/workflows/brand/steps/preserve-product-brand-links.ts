import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readProductBrandLinkRows, writeProductBrandLinkRows } from "../utils/product-brand-link-rows"

export const preserveProductBrandLinksStepId = "preserve-product-brand-links"

/**
 * Returns every link row of the products, dismissed ones included. Its
 * compensation writes exactly those rows back, so a failed change leaves no
 * trace: no new dismissed rows, and the original ids and timestamps.
 */
export const preserveProductBrandLinksStep = createStep(
  preserveProductBrandLinksStepId,
  async (productIds: string[], { container }) => {
    const rows = await readProductBrandLinkRows(container, productIds)
    return new StepResponse(rows, { productIds, rows })
  },
  async (saved, { container }) => {
    if (saved) await writeProductBrandLinkRows(container, saved.productIds, saved.rows)
  }
)
