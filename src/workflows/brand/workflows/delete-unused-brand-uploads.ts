import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteUnusedBrandUploadsStep } from "../steps/delete-unused-brand-uploads"
import { BrandUploadSelection } from "../utils/brand-uploads"

/** Deletes uploaded logos and banners that no brand uses (by URL, or uploaded before a date). */
export const deleteUnusedBrandUploadsWorkflow = createWorkflow(
  "delete-unused-brand-uploads",
  (input: WorkflowData<BrandUploadSelection>) => new WorkflowResponse(deleteUnusedBrandUploadsStep(input))
)
