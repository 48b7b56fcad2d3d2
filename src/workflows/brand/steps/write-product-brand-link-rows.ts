import { createStep } from "@medusajs/framework/workflows-sdk"
import { ProductBrandLinkRow, writeProductBrandLinkRows } from "../utils/product-brand-link-rows"

export const writeProductBrandLinkRowsStepId = "write-product-brand-link-rows"

/** Replaces the link rows of the products with `links` (see writeProductBrandLinkRows). */
export const writeProductBrandLinkRowsStep = createStep(
  writeProductBrandLinkRowsStepId,
  async (input: { product_ids: string[]; links: ProductBrandLinkRow[] }, { container }) => {
    await writeProductBrandLinkRows(container, input.product_ids, input.links)
  }
)
