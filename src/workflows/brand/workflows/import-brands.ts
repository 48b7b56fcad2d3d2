import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateBrandDTO, UpdateBrandDTO } from "../../../modules/brand/types"
import { adminFeedNotification, plural } from "../utils/admin-feed"
import { createBrandsWorkflow } from "./create-brands"
import { updateBrandsWorkflow } from "./update-brands"

export type ImportBrandsWorkflowInput = {
  creates: CreateBrandDTO[]
  updates: UpdateBrandDTO[]
  /** For the admin feed entry. */
  filename: string
  summary: { create: number; update: number; unchanged: number }
}

export const importBrandsWorkflowId = "import-brands"

/**
 * Creates and updates the brands of an import all or nothing, through the brand workflows (their
 * events and hooks run as usual), and posts one admin feed entry instead of one per brand.
 */
export const importBrandsWorkflow = createWorkflow(
  importBrandsWorkflowId,
  (input: WorkflowData<ImportBrandsWorkflowInput>) => {
    when({ input }, ({ input }) => input.creates.length > 0).then(() => {
      createBrandsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ brands: input.creates, feed: "none" as const })),
      })
    })
    when({ input }, ({ input }) => input.updates.length > 0).then(() => {
      updateBrandsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ brands: input.updates })) })
    })
    sendNotificationsStep(
      transform({ input }, ({ input: { filename, summary } }) => [
        adminFeedNotification(
          "Brand import",
          `Brands from ${filename} imported: ${plural(summary.create, "brand")} created, ` +
            `${summary.update.toLocaleString("en-US")} updated, ${summary.unchanged.toLocaleString("en-US")} unchanged.`
        ),
      ])
    )
    return new WorkflowResponse(input.summary)
  }
)
