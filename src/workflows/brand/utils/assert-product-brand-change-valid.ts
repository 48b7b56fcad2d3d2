import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { assertBrandExists } from "./assert-brand-exists"

/**
 * Throws a 400 for ids that are not (non-deleted) products, and for a brand that does not
 * exist or was deleted.
 */
export async function assertProductBrandChangeValid(
  container: MedusaContainer,
  { productIds, brandId }: { productIds: string[]; brandId: string | null }
) {
  const [products] = await Promise.all([
    productIds.length
      ? container.resolve(Modules.PRODUCT).listProducts({ id: productIds }, { select: ["id"], take: null })
      : [],
    brandId === null ? undefined : assertBrandExists(container, brandId),
  ])
  const found = new Set(products.map((product) => product.id))
  const missing = productIds.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Products with ids ${missing.map((id) => `"${id}"`).join(", ")} were not found`
    )
  }
}
