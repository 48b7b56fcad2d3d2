import { Combobox } from "@medusajs/dashboard/components"
import { useComboboxData } from "@medusajs/dashboard/hooks"
import { forwardRef } from "react"
import { listBrands } from "../hooks/api/brands"
import { brandsQueryKeys } from "../lib/query-keys"
import { AdminBrandListParams } from "../lib/types"

type BrandComboboxProps = {
  /** The selected brand id; null or "" for none. */
  value: string | null | undefined
  onChange: (brandId: string | null) => void
  onBlur?: () => void
  name?: string
  id?: string
  placeholder?: string
  disabled?: boolean
  "aria-invalid"?: boolean
  "aria-describedby"?: string
  "aria-labelledby"?: string
}

const PAGE_SIZE = 20

/**
 * The dashboard's own searchable combobox over the brands, A to Z: it asks the server one page
 * of 20 at a time (`q`, `limit`, `offset`, more on scroll) and resolves the selected brand by id,
 * so it never loads all brands. Clearing gives null.
 */
export const BrandCombobox = forwardRef<HTMLInputElement, BrandComboboxProps>(
  ({ value, onChange, disabled, placeholder = "Select a brand", ...inputProps }, ref) => {
    const brands = useComboboxData({
      queryKey: brandsQueryKeys.options(),
      queryFn: (params: AdminBrandListParams) => listBrands({ ...params, order: "name", fields: "id,name" }),
      getOptions: (data) => data.brands.map((brand) => ({ label: brand.name, value: brand.id })),
      selectedValue: value || undefined,
      pageSize: PAGE_SIZE,
    })

    return (
      <Combobox
        ref={ref}
        {...inputProps}
        value={value ?? ""}
        onChange={(next) => onChange(next || null)}
        options={brands.options}
        searchValue={brands.searchValue}
        onSearchValueChange={brands.onSearchValueChange}
        fetchNextPage={brands.fetchNextPage}
        isFetchingNextPage={brands.isFetchingNextPage}
        placeholder={brands.disabled && !brands.isPending ? "No brands yet" : placeholder}
        disabled={disabled || brands.disabled}
        allowClear
      />
    )
  }
)
BrandCombobox.displayName = "BrandCombobox"
