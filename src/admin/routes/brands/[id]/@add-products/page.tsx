import { RouteFocusModal, useRouteModal } from "@medusajs/dashboard/components"
import { useProducts } from "@medusajs/dashboard/hooks"
import { createDataTableColumnHelper, DataTableRowSelectionState, Text, toast } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { FormEvent, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { productColumns } from "../../../../components/product-columns"
import { SelectionModal } from "../../../../components/selection-modal"
import { useBrand, useUpdateBrandProducts } from "../../../../hooks/api/brands"
import { useTableQuery } from "../../../../hooks/use-table-query"
import { AdminProductWithBrand } from "../../../../lib/types"

const PAGE_SIZE = 20
const PREFIX = "p"

/** Picks products from the whole catalog, searched and paged on the server; a product of another brand moves here. */
const AddProductsForm = ({ brandId, brandName }: { brandId: string; brandName?: string }) => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()
  const [rowSelection, setRowSelection] = useState<DataTableRowSelectionState>({})
  const { products, count, isPending, isError, error } = useProducts(
    { ...useTableQuery(PAGE_SIZE, PREFIX), fields: "id,title,handle,status,thumbnail,brand.id,brand.name" },
    { placeholderData: keepPreviousData }
  )
  const columns = useColumns(brandId)
  const { mutateAsync, isPending: isSaving } = useUpdateBrandProducts(brandId)
  const selected = Object.keys(rowSelection).filter((id) => rowSelection[id])

  const handleSubmit = async (event?: FormEvent) => {
    event?.preventDefault()
    if (!selected.length) {
      toast.error(t("medusaBrands.addProducts.selectAtLeastOne"))
      return
    }
    await mutateAsync(
      { add: selected },
      {
        onSuccess: () => {
          toast.success(
            brandName
              ? t("medusaBrands.addProducts.added", { count: selected.length, name: brandName })
              : t("medusaBrands.addProducts.addedUnnamed", { count: selected.length })
          )
          handleSuccess()
        },
        onError: (mutationError) => toast.error(mutationError.message),
      }
    ).catch(() => undefined)
  }

  if (isError) throw error

  return (
    <SelectionModal
      title={brandName ? t("medusaBrands.addProducts.title", { name: brandName }) : t("medusaBrands.products.add")}
      description={t("medusaBrands.addProducts.description")}
      onSubmit={handleSubmit}
      rowSelection={{
        state: rowSelection,
        onRowSelectionChange: setRowSelection,
        enableRowSelection: (row) => row.original.brand?.id !== brandId,
      }}
      selectedText={t("medusaBrands.addProducts.selected", { count: selected.length })}
      submitText={t("actions.add")}
      isPending={isSaving}
      table={{
        data: products as AdminProductWithBrand[] | undefined,
        columns,
        rowCount: count,
        getRowId: (product) => product.id,
        emptyState: {
          empty: { heading: t("medusaBrands.products.empty"), description: t("medusaBrands.addProducts.emptyDescription") },
          filtered: { heading: t("medusaBrands.products.notFound"), description: t("medusaBrands.addProducts.notFoundDescription") },
        },
        prefix: PREFIX,
        pageSize: PAGE_SIZE,
        isLoading: isPending,
      }}
    />
  )
}

const columnHelper = createDataTableColumnHelper<AdminProductWithBrand>()

const useColumns = (brandId: string) => {
  const { t } = useTranslation()
  return useMemo(
    () => [
      columnHelper.select(),
      ...productColumns<AdminProductWithBrand>(),
      columnHelper.display({
        id: "brand",
        header: t("medusaBrands.addProducts.currentBrand"),
        cell: ({ row }) => {
          const brand = row.original.brand
          if (!brand) return <Text size="small" className="text-ui-fg-muted">-</Text>
          return <Text size="small">{brand.id === brandId ? t("medusaBrands.detail.thisBrand", { name: brand.name }) : brand.name}</Text>
        },
      }),
    ],
    [brandId, t]
  )
}

const AddBrandProductsPage = () => {
  const { id } = useParams()
  const { data, isError, error } = useBrand(id!)

  if (isError) throw error

  return (
    <RouteFocusModal>
      <AddProductsForm brandId={id!} brandName={data?.brand.name} />
    </RouteFocusModal>
  )
}

export default AddBrandProductsPage
