import { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { restoreProductBrandLinksWorkflow, RestoreProductBrandLinksWorkflowInput } from "../workflows/restore-product-brand-links"
import { setProductsBrandWorkflow } from "../workflows/set-products-brand"

/**
 * What the product hooks do with `additional_data.brand_id`: run
 * setProductsBrandWorkflow for the products, and keep its link rows from
 * before so that the hook's compensation can put them back.
 */
export async function setBrandFromProductHook(
  container: MedusaContainer,
  products: { id: string }[],
  brandId: string | null
) {
  const { result } = await setProductsBrandWorkflow(container).run({
    input: { brand_id: brandId, product_ids: products.map((product) => product.id) },
  })
  const previous: RestoreProductBrandLinksWorkflowInput = {
    product_ids: result.product_ids,
    links: result.previous_links,
  }
  return new StepResponse(result, previous)
}

/** The product hooks' compensation: the products' link rows exactly as before. */
export async function undoBrandFromProductHook(
  previous: RestoreProductBrandLinksWorkflowInput | undefined,
  { container }: { container: MedusaContainer }
) {
  if (previous) await restoreProductBrandLinksWorkflow(container).run({ input: previous })
}
