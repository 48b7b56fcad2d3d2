import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyBrandAssignmentsStep, BrandAssignments } from "../steps/apply-brand-assignments"
import { adminFeedNotification, plural } from "../utils/admin-feed"

export type ImportBrandAssignmentsWorkflowInput = {
  assignments: BrandAssignments
  /** For the admin feed entry. */
  filename: string
  summary: { create: number; update: number; unchanged: number }
}

export const importBrandAssignmentsWorkflowId = "import-brand-assignments"

/** Applies the product → brand assignments of an import all or nothing, then posts one admin feed entry. */
export const importBrandAssignmentsWorkflow = createWorkflow(
  importBrandAssignmentsWorkflowId,
  (input: WorkflowData<ImportBrandAssignmentsWorkflowInput>) => {
    const applied = applyBrandAssignmentsStep(input.assignments)
    sendNotificationsStep(
      transform({ input }, ({ input: { filename, summary } }) => [
        adminFeedNotification(
          "Brand import",
          `Brand assignments from ${filename} imported: ${plural(summary.create, "product")} got a brand, ` +
            `${plural(summary.update, "product")} changed or lost one, ${summary.unchanged.toLocaleString("en-US")} unchanged.`
        ),
      ])
    )
    return new WorkflowResponse(applied)
  }
)
