import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { restoreProductBrandLinksWorkflow } from "../brand/workflows/restore-product-brand-links"
import { setProductsBrandWorkflow } from "../brand/workflows/set-products-brand"

/**
 * `additional_data.brand_id` on product update: absent leaves the brand alone,
 * a string moves the products to that brand, and null unlinks their brand.
 */
updateProductsWorkflow.hooks.productsUpdated(
  async ({ products, additional_data }, { container }) => {
    if (!additional_data || !("brand_id" in additional_data) || additional_data.brand_id === undefined) {
      return new StepResponse(undefined)
    }
    const { result } = await setProductsBrandWorkflow(container).run({
      input: {
        brand_id: additional_data.brand_id as string | null,
        product_ids: products.map((product) => product.id),
      },
    })
    return new StepResponse(result, { product_ids: result.product_ids, links: result.previous_links })
  },
  async (previous, { container }) => {
    if (previous) await restoreProductBrandLinksWorkflow(container).run({ input: previous })
  }
)
