import { MedusaContainer } from "@medusajs/framework/types"
import { ProductBrandState, setProductsBrandWorkflow } from "../workflows/set-products-brand"

/** Puts each product back on the brand (or no brand) it had before a hook changed it. */
export async function restoreProductBrands(container: MedusaContainer, previous: ProductBrandState[]) {
  const productsByBrand = new Map<string | null, string[]>()
  for (const { product_id, brand_id } of previous) {
    productsByBrand.set(brand_id, [...(productsByBrand.get(brand_id) ?? []), product_id])
  }
  for (const [brand_id, product_ids] of productsByBrand) {
    await setProductsBrandWorkflow(container).run({ input: { brand_id, product_ids } })
  }
}
