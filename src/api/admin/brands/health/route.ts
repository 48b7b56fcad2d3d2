import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { brandHealth } from "../../../utils/brand-health"

/** The catalogue health figures (README: "Catalogue health"). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await brandHealth(req.scope))
}
