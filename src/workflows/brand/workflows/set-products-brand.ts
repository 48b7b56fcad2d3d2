import { createRemoteLinkStep, dismissRemoteLinkStep, releaseLockStep } from "@medusajs/core-flows"
import { LinkDefinition } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { BRAND_MODULE } from "../../../modules/brand"
import { acquireProductBrandLocksStep } from "../steps/acquire-product-brand-locks"
import { preserveProductBrandLinksStep } from "../steps/preserve-product-brand-links"
import { validateBrandExistsStep } from "../steps/validate-brand-exists"
import { validateProductsExistStep } from "../steps/validate-products-exist"
import { productBrandLockKeys, ProductBrandLinkRow, ProductBrandPair } from "../utils/product-brand-link-rows"

export type SetProductsBrandWorkflowInput = {
  /** The brand to move `product_ids` to; null unlinks them from any brand. */
  brand_id: string | null
  product_ids: string[]
  /** Products to unlink, but only where they currently belong to `brand_id`. */
  remove_product_ids?: string[]
}

export type ProductBrandState = { product_id: string; brand_id: string | null }

export type SetProductsBrandWorkflowOutput = {
  brand_id: string | null
  product_ids: string[]
  removed_product_ids: string[]
  /** Each touched product's brand before the change. */
  previous: ProductBrandState[]
  /** Every link row of the touched products before the change, for restoreProductBrandLinksWorkflow. */
  previous_links: ProductBrandLinkRow[]
}

const toLink = ({ product_id, brand_id }: ProductBrandPair): LinkDefinition => ({
  [Modules.PRODUCT]: { product_id },
  [BRAND_MODULE]: { brand_id },
})

function normalizeInput(input: SetProductsBrandWorkflowInput) {
  const moved = [...new Set(input.product_ids)]
  const removed = [...new Set(input.remove_product_ids ?? [])]
  if (removed.length && input.brand_id === null) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "remove_product_ids requires a brand_id")
  }
  const overlap = moved.filter((id) => removed.includes(id))
  if (overlap.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Products cannot be added and removed at once: ${overlap.join(", ")}`
    )
  }
  const all = [...moved, ...removed]
  return {
    moved,
    removed,
    all,
    lockKeys: productBrandLockKeys(all),
    lockOwner: randomUUID(),
  }
}

function planLinkChanges(
  input: SetProductsBrandWorkflowInput,
  ids: { moved: string[]; removed: string[]; all: string[] },
  rows: ProductBrandLinkRow[]
) {
  const current: ProductBrandPair[] = rows.filter((row) => row.deleted_at === null)
  const moved = new Set(ids.moved)
  const removed = new Set(ids.removed)
  const toDismiss = current.filter(
    (pair) =>
      (moved.has(pair.product_id) && pair.brand_id !== input.brand_id) ||
      (removed.has(pair.product_id) && pair.brand_id === input.brand_id)
  )
  const alreadyLinked = new Set(
    current.filter((pair) => pair.brand_id === input.brand_id).map((pair) => pair.product_id)
  )
  const toCreate =
    input.brand_id === null
      ? []
      : ids.moved
          .filter((id) => !alreadyLinked.has(id))
          .map((product_id) => ({ product_id, brand_id: input.brand_id as string }))
  const brandOf = new Map(current.map((pair) => [pair.product_id, pair.brand_id]))

  return {
    dismiss: toDismiss.map(toLink),
    create: toCreate.map(toLink),
    output: {
      brand_id: input.brand_id,
      product_ids: ids.moved,
      removed_product_ids: ids.removed,
      previous: ids.all.map((product_id) => ({ product_id, brand_id: brandOf.get(product_id) ?? null })),
      previous_links: rows,
    } satisfies SetProductsBrandWorkflowOutput,
  }
}

export const setProductsBrandWorkflowId = "set-products-brand"

/**
 * The one place that links products to brands. Moves `product_ids` to
 * `brand_id` (dismissing their previous brand first) or unlinks them when it is
 * null, and unlinks `remove_product_ids` from `brand_id`. Other links of the
 * products are never touched. Every step is compensated.
 *
 * The brand is checked again after the links are written, under per-product
 * locks, so a brand deleted concurrently can never keep a link. When anything
 * fails after the links were read, the products' link rows are written back
 * exactly as they were.
 */
export const setProductsBrandWorkflow = createWorkflow(
  setProductsBrandWorkflowId,
  (input: WorkflowData<SetProductsBrandWorkflowInput>) => {
    const ids = transform({ input }, ({ input }) => normalizeInput(input))

    validateProductsExistStep(ids.all)
    // Fails fast before any write; the check after the writes below guards against a concurrent delete.
    validateBrandExistsStep(input.brand_id)

    acquireProductBrandLocksStep({ keys: ids.lockKeys, ownerId: ids.lockOwner })

    const rows = preserveProductBrandLinksStep(ids.all)
    const plan = transform({ input, ids, rows }, ({ input, ids, rows }) => planLinkChanges(input, ids, rows))

    dismissRemoteLinkStep(plan.dismiss)
    createRemoteLinkStep(plan.create)
    validateBrandExistsStep(input.brand_id).config({ name: "revalidate-brand-exists" })

    const productBrandsSet = createHook("productBrandsSet", plan.output)

    releaseLockStep({ key: ids.lockKeys, ownerId: ids.lockOwner, executeOnSubWorkflow: true })

    return new WorkflowResponse(plan.output, { hooks: [productBrandsSet] })
  }
)
