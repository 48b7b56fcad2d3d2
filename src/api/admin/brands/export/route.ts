import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamBrandExport } from "../../../utils/brand-export"
import { AdminExportBrandsType } from "../validators"

/** `?type=brands` (every field of every brand) or `?type=assignments` (one row per product), streamed as CSV. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminExportBrandsType>, res: MedusaResponse) => {
  await streamBrandExport(req.scope, req.validatedQuery.type, res)
}
