import { MagnifyingGlass } from "@medusajs/icons"
import { Button, Checkbox, clx, Skeleton, Text } from "@medusajs/ui"
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { listBrands } from "../hooks/api/brands"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { brandsQueryKeys } from "../lib/query-keys"

/*
 * The Brand filter of the core Products list (feature flag view_configurations). The dashboard's
 * own relationship filter loads 1,000 options once and searches them in the browser; this one asks
 * the server (`q`, 20 brands a page), so any of any number of brands can be found.
 */

export type BrandFilterValue = string[] | undefined
type FilterOption = { label: string; value: string }

const PAGE_SIZE = 20
/** The largest `id` list GET /admin/brands accepts. */
const MAX_IDS = 100

/**
 * Names of the brands the filter has shown, for the dashboard's filter pill, which labels a
 * selected id with the option of the same value. Replaced (never mutated) when a name is added,
 * so the pill, which keeps its label until its options change, shows it.
 */
let brandFilterOptions: FilterOption[] = []
export const currentBrandFilterOptions = () => brandFilterOptions

/** Adds or updates names; true when something changed. */
function rememberBrandNames(brands: { id: string; name: string }[]): boolean {
  const known = new Map(brandFilterOptions.map((option) => [option.value, option.label]))
  const changed = brands.filter(({ id, name }) => known.get(id) !== name)
  if (!changed.length) return false
  for (const { id, name } of changed) known.set(id, name)
  brandFilterOptions = [...known].map(([value, label]) => ({ value, label }))
  return true
}

/** Ids of the Brand filter in the URL (`p_brand.id=["brand_…"]`, as the list stores filters). */
function brandIdsInUrl(params: URLSearchParams, filterKey: string): string[] {
  for (const [key, raw] of params) {
    if (key !== filterKey && !key.endsWith(`_${filterKey}`)) continue
    try {
      const value: unknown = JSON.parse(raw)
      const ids = Array.isArray(value) ? value : [value]
      return ids.filter((id): id is string => typeof id === "string")
    } catch {
      return []
    }
  }
  return []
}

/**
 * The filter's label ("Brand"), translated when it renders. It also names the brands of a filter
 * the list sets from the URL (a saved view): it loads their names, then navigates to the same URL
 * so the list redraws its filter pill with them.
 */
export const BrandFilterLabel = ({ filterKey }: { filterKey: string }) => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const unnamed = brandIdsInUrl(params, filterKey)
    .filter((id) => !currentBrandFilterOptions().some((option) => option.value === id))
    .slice(0, MAX_IDS)
  const { data } = useQuery({
    queryKey: [...brandsQueryKeys.options(), "names", unnamed],
    queryFn: () => listBrands({ id: unnamed, fields: "id,name", limit: unnamed.length }),
    enabled: unnamed.length > 0,
  })
  useEffect(() => {
    if (!data) return
    const found = new Set(data.brands.map((brand) => brand.id))
    // A deleted brand keeps its id as its name, so the pill says what it filters on.
    const named = rememberBrandNames([...data.brands, ...unnamed.filter((id) => !found.has(id)).map((id) => ({ id, name: id }))])
    // The same URL, read now: the list may have changed it since this component rendered.
    if (named) setParams(new URLSearchParams(window.location.search), { replace: true })
  }, [data])
  return <>{t("medusaBrands.productList.brandFilter")}</>
}

type BrandFilterPickerProps = { value: BrandFilterValue; onChange: (value: BrandFilterValue) => void }

/** The filter's popover: server-searched brands, A to Z, 20 at a time, several selectable. */
export const BrandFilterPicker = ({ value, onChange }: BrandFilterPickerProps) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim(), 300)
  const { data, isPending, isError, fetchNextPage, hasNextPage, isFetchingNextPage } = useInfiniteQuery({
    queryKey: [...brandsQueryKeys.options(), "product-list-filter", q],
    queryFn: ({ pageParam }) =>
      listBrands({ q: q || undefined, order: "name", fields: "id,name", limit: PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.limit < last.count ? last.offset + last.limit : undefined),
    placeholderData: keepPreviousData,
  })
  const brands = data?.pages.flatMap((page) => page.brands) ?? []
  const selected = value ?? []

  const toggle = (brand: { id: string; name: string }) => {
    rememberBrandNames([brand])
    const next = selected.includes(brand.id) ? selected.filter((id) => id !== brand.id) : [...selected, brand.id]
    onChange(next.length ? next : undefined)
  }

  return (
    <div className="w-[250px]" data-testid="product-list-brand-filter">
      <div className="flex items-center gap-x-2 border-b px-3 py-1.5">
        <MagnifyingGlass className="text-ui-fg-muted h-4 w-4" />
        <input
          autoFocus
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={t("medusaBrands.productList.search")}
          aria-label={t("medusaBrands.productList.search")}
          className="placeholder:text-ui-fg-muted h-8 flex-1 bg-transparent text-sm outline-none"
        />
      </div>
      <div className="max-h-[300px] overflow-auto p-1" role="group" aria-label={t("medusaBrands.domain")}>
        {isPending ? (
          <div className="flex flex-col gap-y-1 p-1">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-7 w-full" />
            ))}
          </div>
        ) : isError ? (
          <Text size="small" className="text-ui-fg-error px-2 py-6 text-center">
            {t("medusaBrands.productList.loadFailed")}
          </Text>
        ) : brands.length === 0 ? (
          <Text size="small" className="text-ui-fg-muted py-6 text-center">
            {t("medusaBrands.productList.noResults")}
          </Text>
        ) : (
          brands.map((brand) => (
            <label
              key={brand.id}
              className={clx(
                "flex w-full cursor-pointer items-center gap-x-2 rounded-md px-2 py-1.5 text-left text-sm",
                "hover:bg-ui-bg-base-hover"
              )}
            >
              <Checkbox checked={selected.includes(brand.id)} onCheckedChange={() => toggle(brand)} />
              <span className="truncate">{brand.name}</span>
            </label>
          ))
        )}
        {hasNextPage && (
          <Button
            type="button"
            variant="transparent"
            size="small"
            className="w-full"
            isLoading={isFetchingNextPage}
            onClick={() => fetchNextPage()}
          >
            {t("medusaBrands.productList.showMore")}
          </Button>
        )}
      </div>
    </div>
  )
}
