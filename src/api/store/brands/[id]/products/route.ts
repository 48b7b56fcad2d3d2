import { MedusaResponse } from "@medusajs/framework/http"
import { listStoreBrandProducts, StoreBrandProductsRequest } from "../../helpers"

/** Published products of an active brand in the key's sales channels, priced like core /store/products. */
export const GET = async (req: StoreBrandProductsRequest, res: MedusaResponse) => {
  res.json(await listStoreBrandProducts(req, req.params.id))
}
