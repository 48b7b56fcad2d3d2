import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { applyProductBrandFilter, takeProductBrandFilter } from "../../utils/product-brand-filter"
import { STORE_BRAND_FILTERS, storeProductBrandFields } from "../brands/query-config"

const BRAND_RELATION_FIELDS = new Set(["brand", "brand.*", "*brand"])
/** Selected only to hide inactive brands; removed before the response is sent. */
const BRAND_ACTIVE_FIELD = "brand.is_active"

/**
 * Rewrites `brand`, `brand.*` and `*brand` in `fields` into the brand's public fields.
 * Core's allowed-field filter then drops any other `brand.` path a client asks for.
 */
export function expandBrandFields(fields: string): { fields: string; withBrand: boolean } {
  let withBrand = false
  const expanded = fields.split(",").flatMap((token) => {
    const [, modifier, name] = token.match(/^([+ \t-]*)(.*)$/)!
    if (modifier.includes("-")) return [token]
    if (BRAND_RELATION_FIELDS.has(name.trim())) {
      withBrand = true
      // `brand` alone replaces the defaults as any plain field does; the star forms add to them.
      const prefix = name.trim() === "brand" ? modifier : modifier || "+"
      return storeProductBrandFields.map((field) => `${prefix}${field}`)
    }
    if (name.trim().startsWith("brand.")) withBrand = true
    return [token]
  })
  if (withBrand) expanded.push(`+${BRAND_ACTIVE_FIELD}`)
  return { fields: expanded.join(","), withBrand }
}

type ProductWithBrand = { brand?: ({ is_active?: boolean } & Record<string, unknown>) | null }

/** An inactive brand is hidden in the store, as GET /store/brands/:id hides it. */
function hideInactiveBrand(product: ProductWithBrand | undefined) {
  if (!product?.brand) return
  if (product.brand.is_active === false) product.brand = null
  else delete product.brand.is_active
}

function allowPublicBrandFields(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { fields } = req.query
  if (typeof fields !== "string") return next()
  const rewritten = expandBrandFields(fields)
  if (!rewritten.withBrand) return next()

  req.query.fields = rewritten.fields
  req.allowed.push(...storeProductBrandFields, BRAND_ACTIVE_FIELD)
  const json = res.json.bind(res)
  res.json = (body: { product?: ProductWithBrand; products?: ProductWithBrand[] }) => {
    hideInactiveBrand(body?.product)
    body?.products?.forEach(hideInactiveBrand)
    return json(body)
  }
  next()
}

/**
 * Store product routes only return allowed fields; this adds the brand's public ones to core
 * GET /store/products[/:id], GET /store/brands/:id/products and GET /store/brands/handle/:handle. It must be a global
 * middleware (no method) to run before the routes' query validation.
 */
export const storeProductBrandMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products", middlewares: [allowPublicBrandFields, takeProductBrandFilter("/store/products")] },
  { matcher: "/store/brands/:id/products", middlewares: [allowPublicBrandFields] },
  // `brand_id` / `brand[id]`: storefronts see active brands only, as GET /store/brands.
  { method: ["GET"], matcher: "/store/products", middlewares: [applyProductBrandFilter(STORE_BRAND_FILTERS)] },
  { matcher: "/store/brands/handle/:handle", middlewares: [allowPublicBrandFields] },
]
