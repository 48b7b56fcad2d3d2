import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductsBrandWorkflow } from "../../../../../workflows/brand"
import { loadProductsInOrder, pageBrandProducts, productColumnsOnly } from "../../../../utils/brand-products"
import { brandNotFound, refetchBrand } from "../../../../utils/brands"
import { AdminGetBrandProductsParamsType, AdminUpdateBrandProductsType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetBrandProductsParamsType>, res: MedusaResponse) => {
  const { skip, take } = req.queryConfig.pagination
  const { fields } = req.queryConfig
  const page = await pageBrandProducts(
    req.scope,
    { brandId: req.params.id, q: req.validatedQuery.q, order: req.validatedQuery.order, skip, take: take! },
    // The page's own fields (the admin page's defaults) come with the ids, in one statement.
    { columns: productColumnsOnly(fields), load: (ids) => loadProductsInOrder(req.scope, ids, fields) }
  )
  if (!page) throw brandNotFound(req.params.id)
  const { products, count } = page
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
