import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductsBrandWorkflow } from "../../../../../workflows/brand"
import { loadProductsInOrder, pageBrandProductIds } from "../../../../utils/brand-products"
import { refetchBrand } from "../../helpers"
import { AdminGetBrandProductsParamsType, AdminUpdateBrandProductsType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetBrandProductsParamsType>, res: MedusaResponse) => {
  await refetchBrand(req.scope, req.params.id, ["id"])
  const { skip, take } = req.queryConfig.pagination
  const { ids, count } = await pageBrandProductIds(req.scope, {
    brandId: req.params.id,
    q: req.validatedQuery.q,
    order: req.validatedQuery.order,
    skip,
    take: take!,
  })
  const products = await loadProductsInOrder(req.scope, ids, req.queryConfig.fields)
  res.json({ products, count, offset: skip, limit: take })
}

/** `{ add, remove }`: adding moves a product from its current brand; removing unlinks it from this one. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBrandProductsType>, res: MedusaResponse) => {
  const { id } = req.params
  await refetchBrand(req.scope, id, ["id"])
  await setProductsBrandWorkflow(req.scope).run({
    input: { brand_id: id, product_ids: req.validatedBody.add ?? [], remove_product_ids: req.validatedBody.remove ?? [] },
  })
  const brand = await refetchBrand(req.scope, id, req.queryConfig.fields)
  res.json({ brand })
}
