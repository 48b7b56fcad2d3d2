import { Combobox } from "@medusajs/dashboard/components"
import { useComboboxData } from "@medusajs/dashboard/hooks"
import { Hint } from "@medusajs/ui"
import { forwardRef, useId, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { listBrands, useCreateBrand } from "../hooks/api/brands"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { brandsQueryKeys } from "../lib/query-keys"
import { AdminBrandListParams } from "../lib/types"
import { brandFromName } from "./brand-form"

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
/** Longer than the dashboard's search debounce (300 ms), so the results shown are for what was typed. */
const SEARCH_SETTLED_MS = 350

/**
 * The dashboard's own searchable combobox over the brands, A to Z: it asks the server one page
 * of 20 at a time (`q`, `limit`, `offset`, more on scroll) and resolves the selected brand by id,
 * so it never loads all brands. Clearing gives null.
 *
 * Typing a name that no brand has exactly offers Create "<name>", which makes the brand as the
 * brand create form would (same checks, handle derived from the name) and selects it; a refused
 * name, such as one whose handle is taken, is explained under the field.
 */
export const BrandCombobox = forwardRef<HTMLInputElement, BrandComboboxProps>(
  ({ value, onChange, disabled, placeholder, ...inputProps }, ref) => {
    const { t } = useTranslation()
    const brands = useComboboxData({
      queryKey: brandsQueryKeys.options(),
      queryFn: (params: AdminBrandListParams) => listBrands({ ...params, order: "name", fields: "id,name" }),
      getOptions: (data) => data.brands.map((brand) => ({ label: brand.name, value: brand.id })),
      selectedValue: value || undefined,
      pageSize: PAGE_SIZE,
    })
    // Create "<name>" is offered only once the results are those of the typed text: before that, a
    // brand with exactly that name may simply not be loaded yet.
    const searchSettled =
      useDebouncedValue(brands.searchValue, SEARCH_SETTLED_MS) === brands.searchValue &&
      !brands.isFetching &&
      !brands.isPlaceholderData
    const { mutateAsync: createBrand, isPending: creating } = useCreateBrand()
    const [createError, setCreateError] = useState<string | null>(null)
    const errorId = useId()
    /** The Combobox reports a created option's name as the new value right after asking to create it. */
    const nameBeingCreated = useRef<string | null>(null)

    const handleCreate = async (name: string) => {
      nameBeingCreated.current = name
      const brand = brandFromName(name.trim())
      if ("error" in brand) return setCreateError(brand.error)
      try {
        const { brand: created } = await createBrand(brand.payload)
        setCreateError(null)
        onChange(created.id)
      } catch (error) {
        setCreateError(error instanceof Error ? error.message : String(error))
      }
    }

    const describedBy = [inputProps["aria-describedby"], createError ? errorId : undefined].filter(Boolean).join(" ")

    return (
      <div className="flex flex-col gap-y-2">
        <Combobox
          ref={ref}
          {...inputProps}
          aria-invalid={inputProps["aria-invalid"] || !!createError}
          aria-describedby={describedBy || undefined}
          value={value ?? ""}
          onChange={(next) => {
            if (next && next === nameBeingCreated.current) return
            setCreateError(null)
            onChange(next || null)
          }}
          options={brands.options}
          searchValue={brands.searchValue}
          onSearchValueChange={(search) => {
            nameBeingCreated.current = null
            if (search) setCreateError(null)
            brands.onSearchValueChange(search)
          }}
          fetchNextPage={brands.fetchNextPage}
          isFetchingNextPage={brands.isFetchingNextPage}
          onCreateOption={searchSettled ? handleCreate : undefined}
          shouldAlwaysShowCreateOption
          placeholder={
            creating
              ? t("medusaBrands.picker.creating")
              : brands.disabled && !brands.isPending
                ? t("medusaBrands.picker.typeToCreate")
                : placeholder ?? t("medusaBrands.picker.placeholder")
          }
          disabled={disabled || creating}
          allowClear
        />
        {createError && (
          <Hint id={errorId} variant="error" data-testid="brand-create-error">
            {createError}
          </Hint>
        )}
      </div>
    )
  }
)
BrandCombobox.displayName = "BrandCombobox"
