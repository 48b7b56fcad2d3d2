import { z } from "zod"
import { ProductBrandDisplay } from "../components/product-brand-display"
import { CreateProductBrandField, EditProductBrandField } from "../components/product-brand-field"

/*
 * The Brand field in the core product create form and edit drawer, and the Brand row in the
 * product page's General section, through the dashboard's (unreleased) custom-fields mechanism.
 * The admin Vite plugin picks up a default export that calls a function with exactly this name;
 * @medusajs/admin-sdk does not export it yet, so it is a local identity function.
 * The create form only sends the field because of patches/@medusajs+dashboard+2.21.2.patch.
 */
const unstable_defineCustomFieldsConfig = <T,>(config: T) => config

const brandId = z.string().min(1).nullable().optional()

export default unstable_defineCustomFieldsConfig({
  model: "product",
  link: "brand",
  forms: [
    {
      zone: "create",
      tab: "general",
      fields: {
        brand_id: { label: "Brand", defaultValue: null, validation: brandId, component: CreateProductBrandField },
      },
    },
    {
      zone: "edit",
      fields: {
        brand_id: { label: "Brand", defaultValue: undefined, validation: brandId, component: EditProductBrandField },
      },
    },
  ],
  displays: [{ zone: "general", component: ProductBrandDisplay }],
})
