import { SectionRow } from "@medusajs/dashboard/components"
import { Link } from "react-router-dom"
import { AdminProductWithBrand } from "../lib/types"

/** The Brand row in the product page's General section (the custom field's `link: "brand"` loads it). */
export const ProductBrandDisplay = ({ data }: { data: AdminProductWithBrand }) => (
  <SectionRow
    title="Brand"
    value={
      data.brand ? (
        <Link to={`/brands/${data.brand.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
          {data.brand.name}
        </Link>
      ) : null
    }
  />
)
