import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { BrandEvents } from "../events"
import { deleteUnusedBrandUploadsStep } from "../steps/delete-unused-brand-uploads"
import { listBrandImageUrlsStep } from "../steps/list-brand-image-urls"
import { removeBrandProductLinksStep } from "../steps/remove-brand-product-links"
import { softDeleteBrandsStep } from "../steps/soft-delete-brands"

export type DeleteBrandsWorkflowInput = { ids: string[] }

/**
 * Soft-deletes brands and removes their product links (only those: products
 * and their other links stay). The brand goes first: setProductsBrandWorkflow
 * checks the brand after writing a link, so no link can slip in between.
 * Their uploaded logos and banners are deleted last, once nothing can roll back.
 */
export const deleteBrandsWorkflow = createWorkflow(
  "delete-brands",
  (input: WorkflowData<DeleteBrandsWorkflowInput>) => {
    const imageUrls = listBrandImageUrlsStep(input.ids)

    softDeleteBrandsStep(input.ids)

    removeBrandProductLinksStep(input.ids)

    const brandsDeleted = createHook("brandsDeleted", { ids: input.ids })

    emitEventStep({
      eventName: BrandEvents.DELETED,
      data: transform({ input }, ({ input }) => input.ids.map((id) => ({ id }))),
    })

    deleteUnusedBrandUploadsStep(transform({ imageUrls }, ({ imageUrls }) => ({ urls: imageUrls })))

    return new WorkflowResponse(input.ids, { hooks: [brandsDeleted] })
  }
)
