import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

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
