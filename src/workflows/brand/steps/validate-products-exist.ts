import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateProductsExistStepId = "validate-products-exist"

/** Fails with a 400 listing the ids that are not (non-deleted) products. */
export const validateProductsExistStep = createStep(
  validateProductsExistStepId,
  async (productIds: string[], { container }) => {
    if (!productIds.length) return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: productIds },
    })
    const found = new Set(data.map((product: { id: string }) => product.id))
    const missing = productIds.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Products with ids ${missing.map((id) => `"${id}"`).join(", ")} were not found`
      )
    }
  }
)
