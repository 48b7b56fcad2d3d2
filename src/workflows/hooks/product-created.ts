import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { restoreProductBrandLinksWorkflow } from "../brand/workflows/restore-product-brand-links"
import { setProductsBrandWorkflow } from "../brand/workflows/set-products-brand"

/** `additional_data.brand_id` on product create links every created product to that brand. */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const brandId = additional_data?.brand_id as string | null | undefined
    if (!brandId) return new StepResponse(undefined)

    const { result } = await setProductsBrandWorkflow(container).run({
      input: { brand_id: brandId, product_ids: products.map((product) => product.id) },
    })
    return new StepResponse(result, { product_ids: result.product_ids, links: result.previous_links })
  },
  async (previous, { container }) => {
    if (previous) await restoreProductBrandLinksWorkflow(container).run({ input: previous })
  }
)
