import { RadioGroup } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { BRAND_CSV_TYPES, BrandCsvType } from "../lib/brand-operations"

/** Brands or brand assignments, as the dashboard's choice boxes. */
export const CsvTypeChoice = ({
  value,
  onChange,
  disabled,
}: {
  value: BrandCsvType
  onChange: (value: BrandCsvType) => void
  disabled?: boolean
}) => {
  const { t } = useTranslation()
  return (
    <RadioGroup
      value={value}
      onValueChange={(next) => onChange(next as BrandCsvType)}
      className="flex flex-col gap-y-3"
      aria-label={t("medusaBrands.csv.typeLabel")}
      disabled={disabled}
    >
      {BRAND_CSV_TYPES.map((type) => (
        <RadioGroup.ChoiceBox key={type.value} value={type.value} label={t(type.label)} description={t(type.description)} />
      ))}
    </RadioGroup>
  )
}
