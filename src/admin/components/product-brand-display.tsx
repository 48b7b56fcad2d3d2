import { SectionRow } from "@medusajs/dashboard/components"
import { HttpTypes } from "@medusajs/framework/types"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useProductBrand } from "../hooks/api/brands"

/**
 * The Brand row in the product page's General section. It loads the brand itself: the custom
 * field's `link` does not reach the product query when the admin comes from a built plugin.
 */
export const ProductBrandDisplay = ({ data }: { data: HttpTypes.AdminProduct }) => {
  const { t } = useTranslation()
  const { brand } = useProductBrand(data.id)
  return (
    <SectionRow
      title={t("medusaBrands.productBrand.label")}
      value={
        brand ? (
          <Link to={`/brands/${brand.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
            {brand.name}
          </Link>
        ) : null
      }
    />
  )
}
