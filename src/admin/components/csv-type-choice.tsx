import { RadioGroup } from "@medusajs/ui"
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
}) => (
  <RadioGroup
    value={value}
    onValueChange={(next) => onChange(next as BrandCsvType)}
    className="flex flex-col gap-y-3"
    aria-label="What the file holds"
    disabled={disabled}
  >
    {BRAND_CSV_TYPES.map((type) => (
      <RadioGroup.ChoiceBox key={type.value} value={type.value} label={type.label} description={type.description} />
    ))}
  </RadioGroup>
)
