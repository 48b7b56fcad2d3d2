import { emitEventStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { BrandEvents } from "../events"
import { acquireProductBrandLocksStep } from "../steps/acquire-product-brand-locks"
import { deleteUnusedBrandUploadsStep } from "../steps/delete-unused-brand-uploads"
import { listBrandImageUrlsStep } from "../steps/list-brand-image-urls"
import { removeBrandProductLinksStep } from "../steps/remove-brand-product-links"
import { softDeleteBrandAliasesStep } from "../steps/soft-delete-brand-aliases"
import { softDeleteBrandsStep } from "../steps/soft-delete-brands"
import { adminFeedNotification, BRAND_FEED_METADATA_KEY, BrandFeed, brandFeedOf, plural } from "../utils/admin-feed"
import { brandLocks } from "../utils/brand-locks"

export type DeleteBrandsWorkflowInput = {
  ids: string[]
  /** How the run shows in the admin feed (see BrandFeed). */
  feed?: BrandFeed
}

/**
 * Soft-deletes brands, removes their product links (only those: products
 * and their other links stay) and frees their aliases. The brand goes first:
 * setProductsBrandWorkflow checks the brand after writing a link, so no link
 * can slip in between. A merge or move of the same brands finishes first (brand locks).
 * Their uploaded logos and banners are deleted last, once nothing can roll back.
 */
export const deleteBrandsWorkflow = createWorkflow(
  "delete-brands",
  (input: WorkflowData<DeleteBrandsWorkflowInput>) => {
    const lock = transform({ input }, ({ input }) => brandLocks(input.ids))
    acquireProductBrandLocksStep(lock)
    const imageUrls = listBrandImageUrlsStep(input.ids)

    softDeleteBrandsStep(input.ids)

    removeBrandProductLinksStep(input.ids)

    softDeleteBrandAliasesStep(input.ids)

    const brandsDeleted = createHook("brandsDeleted", { ids: input.ids })

    const feed = transform({ input }, ({ input }) => brandFeedOf(input.feed, input.ids.length))
    emitEventStep({
      eventName: BrandEvents.DELETED,
      data: transform({ input }, ({ input }) => input.ids.map((id) => ({ id }))),
      metadata: transform({ feed }, ({ feed }) => ({ [BRAND_FEED_METADATA_KEY]: feed })),
    })

    releaseLockStep({ key: lock.keys, ownerId: lock.ownerId, executeOnSubWorkflow: true })

    when({ feed }, ({ feed }) => feed === "summary").then(() => {
      sendNotificationsStep(
        transform({ input }, ({ input }) => [
          adminFeedNotification("Brands deleted", `${plural(input.ids.length, "brand")} deleted; their products were unlinked.`),
        ])
      )
    })

    deleteUnusedBrandUploadsStep(transform({ imageUrls }, ({ imageUrls }) => ({ urls: imageUrls })))

    return new WorkflowResponse(input.ids, { hooks: [brandsDeleted] })
  }
)
