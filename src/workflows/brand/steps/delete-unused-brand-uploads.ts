import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BrandUploadSelection, deleteUnusedBrandUploads } from "../utils/brand-uploads"

export const deleteUnusedBrandUploadsStepId = "delete-unused-brand-uploads"

/**
 * Deletes the selected uploaded logos and banners that no brand uses any more. Deleting a
 * file cannot be undone, so workflows run this step last, after their hooks.
 */
export const deleteUnusedBrandUploadsStep = createStep(
  { name: deleteUnusedBrandUploadsStepId, noCompensation: true },
  async (selection: BrandUploadSelection, { container }) => {
    const deleted = await deleteUnusedBrandUploads(container, selection)
    return new StepResponse(deleted.map((upload) => upload.url))
  }
)
