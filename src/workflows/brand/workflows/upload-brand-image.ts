import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BrandImageKind } from "../../../modules/brand/image-rules"
import { createBrandUploadStep } from "../steps/create-brand-upload"

export type UploadBrandImageWorkflowInput = {
  kind: BrandImageKind
  filename: string
  mimeType: string
  /** The file, base64-encoded. */
  content: string
}

/**
 * Stores a checked logo or banner through the File Module (any provider the store uses) and
 * records it, so that the file is deleted once no brand uses it.
 */
export const uploadBrandImageWorkflow = createWorkflow(
  "upload-brand-image",
  (input: WorkflowData<UploadBrandImageWorkflowInput>) => {
    const files = uploadFilesStep(
      transform({ input }, ({ input }) => ({
        files: [{ filename: input.filename, mimeType: input.mimeType, content: input.content, access: "public" as const }],
      }))
    )
    const upload = createBrandUploadStep(
      transform({ input, files }, ({ input, files }) => ({ file_id: files[0].id, url: files[0].url, kind: input.kind }))
    )
    return new WorkflowResponse(upload)
  }
)
