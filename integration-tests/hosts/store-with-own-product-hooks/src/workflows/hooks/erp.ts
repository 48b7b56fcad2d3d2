import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ProductHookInput,
  ProductsBrandUndo,
  setProductsBrandFromAdditionalData,
  undoProductsBrandFromAdditionalData,
} from "medusa-brands/workflows"

export const FAILING_ERP_ID = "erp-that-fails"

type ErpSnapshot = { id: string; metadata: Record<string, unknown> | null }[]

/** The store's own use of additional_data: copies `erp_id` into the products' metadata. */
export async function saveErpId(container: MedusaContainer, products: { id: string }[], erpId: unknown) {
  if (typeof erpId !== "string") return undefined
  if (erpId === FAILING_ERP_ID) throw new Error("The ERP refused the product")
  const productModule = container.resolve(Modules.PRODUCT)
  const before: ErpSnapshot = await productModule.listProducts({ id: products.map((p) => p.id) }, { select: ["id", "metadata"] })
  await Promise.all(before.map(({ id, metadata }) => productModule.updateProducts(id, { metadata: { ...metadata, erp_id: erpId } })))
  return before
}

export async function undoErpId(container: MedusaContainer, before: ErpSnapshot | undefined) {
  const productModule = container.resolve(Modules.PRODUCT)
  await Promise.all((before ?? []).map(({ id, metadata }) => productModule.updateProducts(id, { metadata })))
}

/**
 * The README's composition of the plugin's brand work with the store's own, for one product hook:
 * the brand first, then the store's work, undone in reverse.
 */
export function brandThenErp(on: "create" | "update") {
  const invoke = async (input: ProductHookInput, { container }: { container: MedusaContainer }) => {
    const brand = await setProductsBrandFromAdditionalData(container, input, { on })
    try {
      const erp = await saveErpId(container, input.products, input.additional_data?.erp_id)
      return new StepResponse(undefined, { brand, erp })
    } catch (error) {
      await undoProductsBrandFromAdditionalData(container, brand)
      throw error
    }
  }
  const compensate = async (
    undo: { brand?: ProductsBrandUndo; erp?: ErpSnapshot } | undefined,
    { container }: { container: MedusaContainer }
  ) => {
    await undoErpId(container, undo?.erp)
    await undoProductsBrandFromAdditionalData(container, undo?.brand)
  }
  return [invoke, compensate] as const
}
