import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { importBrandAssignmentsWorkflow, importBrandsWorkflow } from "../../../../workflows/brand"
import { BRAND_IMPORT_LIMITS } from "../../../utils/brand-csv-formats"
import { planAssignmentsImport, planBrandsImport } from "../../../utils/brand-import"
import { parseCsvUpload } from "../../../utils/csv"
import { uploadedFile } from "../../../utils/multipart-upload"
import { AdminImportBrandsType } from "../validators"

/** Row errors listed in a response; `summary.error` counts them all. */
export const MAX_LISTED_ERRORS = 100

/**
 * Multipart: `file` (a CSV), `type` (brands or assignments) and `dry_run` (true unless "false").
 * A dry run writes nothing and answers what each row would do. An apply runs the same plan, all or
 * nothing, and is refused (400, nothing written) when any row has an error.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminImportBrandsType>, res: MedusaResponse) => {
  // singleFileUpload answered 400 already when there is no file.
  const file = uploadedFile(req)!
  const { type, dry_run } = req.validatedBody
  const csv = parseCsvUpload(file.buffer, BRAND_IMPORT_LIMITS)
  const plan = type === "brands" ? await planBrandsImport(req.scope, csv) : await planAssignmentsImport(req.scope, csv)
  const answer = {
    type,
    dry_run,
    summary: plan.summary,
    errors: plan.errors.slice(0, MAX_LISTED_ERRORS),
  }
  if (dry_run) return res.json(answer)
  if (plan.summary.error) {
    return res.status(400).json({
      type: MedusaError.Types.INVALID_DATA,
      message: `${plan.summary.error} of ${plan.summary.total} rows have errors; nothing was imported`,
      summary: answer.summary,
      errors: answer.errors,
    })
  }

  const filename = file.originalname || "the uploaded file"
  if ("creates" in plan) {
    await importBrandsWorkflow(req.scope).run({
      input: { creates: plan.creates, updates: plan.updates, filename, summary: plan.summary },
    })
  } else {
    await importBrandAssignmentsWorkflow(req.scope).run({
      input: { assignments: plan.changes, filename, summary: plan.summary },
    })
  }
  res.json(answer)
}
