import { DataTable } from "@medusajs/dashboard/components"
import { Trash } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  DataTableRowSelectionState,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useCallback, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useBrandProducts, useUpdateBrandProducts } from "../hooks/api/brands"
import { useTableQuery } from "../hooks/use-table-query"
import { AdminBrand, AdminBrandProduct } from "../lib/types"
import { productColumns } from "./product-columns"
import { handleColumn } from "./table-columns"

const PAGE_SIZE = 10

/** The brand's products, paged and searched on the server (GET /admin/brands/:id/products). */
export const BrandProductsSection = ({ brand }: { brand: AdminBrand }) => {
  const { t } = useTranslation()
  const { data, isPending, isError, error } = useBrandProducts(brand.id, useTableQuery(PAGE_SIZE), {
    placeholderData: keepPreviousData,
  })
  const [rowSelection, setRowSelection] = useState<DataTableRowSelectionState>({})
  const removeProducts = useRemoveProducts(brand, setRowSelection)
  const columns = useColumns(removeProducts)
  const commands = useMemo(
    () => [
      commandHelper.command({
        label: t("actions.remove"),
        shortcut: "r",
        action: (selection) => removeProducts(Object.keys(selection)),
      }),
    ],
    [removeProducts, t]
  )

  if (isError) throw error

  return (
    <Container className="divide-y p-0" role="region" aria-label={t("fields.products")}>
      <DataTable
        data={data?.products}
        columns={columns}
        commands={commands}
        heading={t("fields.products")}
        headingLevel="h2"
        rowCount={data?.count}
        getRowId={(product) => product.id}
        rowHref={(product) => `/products/${product.id}`}
        rowSelection={{ state: rowSelection, onRowSelectionChange: setRowSelection }}
        action={{ label: t("medusaBrands.products.add"), to: `/brands/${brand.id}/add-products` }}
        emptyState={{
          empty: { heading: t("medusaBrands.products.empty"), description: t("medusaBrands.products.emptyDescription", { name: brand.name }) },
          filtered: { heading: t("medusaBrands.products.notFound"), description: t("medusaBrands.products.notFoundDescription") },
        }}
        pageSize={PAGE_SIZE}
        isLoading={isPending}
      />
    </Container>
  )
}

/** Asks, then unlinks the products from the brand (they stay in the catalog). */
const useRemoveProducts = (brand: AdminBrand, setRowSelection: (selection: DataTableRowSelectionState) => void) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const { mutateAsync } = useUpdateBrandProducts(brand.id)

  return useCallback(async (productIds: string[]) => {
    const count = productIds.length
    const confirmed = await prompt({
      title: t("medusaBrands.products.removePrompt.title", { count }),
      description: t("medusaBrands.products.removePrompt.description", { count, name: brand.name }),
      confirmText: t("actions.remove"),
      cancelText: t("actions.cancel"),
    })
    if (!confirmed) return

    await mutateAsync(
      { remove: productIds },
      {
        onSuccess: () => {
          toast.success(t("medusaBrands.products.removed", { count }))
          setRowSelection({})
        },
        onError: (error) => toast.error(error.message),
      }
    ).catch(() => undefined)
  }, [prompt, mutateAsync, brand.name, setRowSelection, t])
}

const columnHelper = createDataTableColumnHelper<AdminBrandProduct>()
const commandHelper = createDataTableCommandHelper()

const useColumns = (removeProducts: (ids: string[]) => void) => {
  const { t } = useTranslation()
  return useMemo(
    () => [
      columnHelper.select(),
      ...productColumns<AdminBrandProduct>({ linkToProduct: true }),
      handleColumn<AdminBrandProduct>(),
      columnHelper.action({
        actions: ({ row }) => [
          [{ label: t("medusaBrands.products.removeFromBrand"), icon: <Trash />, onClick: () => removeProducts([row.original.id]) }],
        ],
      }),
    ],
    [removeProducts, t]
  )
}
