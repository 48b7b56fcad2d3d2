import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { setProductsBrandWorkflow } from "../brand/workflows/set-products-brand"
import { restoreProductBrands } from "../brand/utils/restore-product-brands"

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
    return new StepResponse(result, result.previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await restoreProductBrands(container, previous)
  }
)
