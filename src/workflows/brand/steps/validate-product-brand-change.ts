import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { assertBrandExists } from "../utils/assert-brand-exists"

export const validateProductBrandChangeStepId = "validate-product-brand-change"

/**
 * Fails with a 400 before anything is written: for ids that are not
 * (non-deleted) products, and for a brand that does not exist or was deleted.
 */
export const validateProductBrandChangeStep = createStep(
  validateProductBrandChangeStepId,
  async ({ product_ids, brand_id }: { product_ids: string[]; brand_id: string | null }, { container }) => {
    const [products] = await Promise.all([
      product_ids.length
        ? container.resolve(Modules.PRODUCT).listProducts({ id: product_ids }, { select: ["id"], take: null })
        : [],
      brand_id === null ? undefined : assertBrandExists(container, brand_id),
    ])
    const found = new Set(products.map((product) => product.id))
    const missing = product_ids.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Products with ids ${missing.map((id) => `"${id}"`).join(", ")} were not found`
      )
    }
  }
)
