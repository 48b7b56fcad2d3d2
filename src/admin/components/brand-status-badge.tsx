import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

export const BrandStatusBadge = ({ isActive }: { isActive: boolean }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={isActive ? "green" : "grey"}>
      {isActive ? t("medusaBrands.status.active") : t("medusaBrands.status.inactive")}
    </StatusBadge>
  )
}
