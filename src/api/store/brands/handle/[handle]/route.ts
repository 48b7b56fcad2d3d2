import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { queryBrands } from "../../../../utils/brands"
import { listStoreBrandProducts, StoreBrandProductsRequest } from "../../helpers"
import { defaultStoreBrandFields, STORE_BRAND_FILTERS } from "../../query-config"

/**
 * A storefront's brand page in one request: the active brand with this handle (its public
 * fields) and the first page of its products, exactly as GET /store/brands/:id/products pages them.
 */
export const GET = async (req: StoreBrandProductsRequest, res: MedusaResponse) => {
  const { handle } = req.params
  const { brands } = await queryBrands(req.scope, defaultStoreBrandFields, { ...STORE_BRAND_FILTERS, handle })
  if (!brands.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Brand with handle "${handle}" was not found`)
  }
  const brand = brands[0]
  res.json({ brand, ...(await listStoreBrandProducts(req, brand.id)) })
}
