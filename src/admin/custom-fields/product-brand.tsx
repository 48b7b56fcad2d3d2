import { z } from "zod"
import { ProductBrandDisplay } from "../components/product-brand-display"
import { BrandFieldLabel, CreateProductBrandField, EditProductBrandField } from "../components/product-brand-field"
import { unstable_defineCustomFieldsConfig } from "../lib/custom-fields"
// The Brand filter of the core Products list registers itself when the admin loads (a list has no extension zone).
import "../lib/product-list-brand-filter"

/*
 * The Brand field in the core product create form and edit drawer, sent as
 * `additional_data.brand_id`, and the Brand row in the product page's General section.
 * The create form sends the field only with `brandsVitePlugin` (medusa-brands/vite) in the
 * store's admin Vite config; without it the field says so.
 *
 * The admin Vite plugin requires `link`, but the dashboard reads links only from the store's own
 * sources, never from a built plugin: the field and the display load the product's brand themselves.
 */

const brandId = z.string().min(1).nullable().optional()

export default unstable_defineCustomFieldsConfig({
  model: "product",
  link: "brand",
  forms: [
    {
      zone: "create",
      tab: "general",
      fields: {
        brand_id: { label: <BrandFieldLabel />, defaultValue: null, validation: brandId, component: CreateProductBrandField },
      },
    },
    {
      zone: "edit",
      fields: {
        brand_id: { label: <BrandFieldLabel />, defaultValue: undefined, validation: brandId, component: EditProductBrandField },
      },
    },
  ],
  displays: [{ zone: "general", component: ProductBrandDisplay }],
})
