import { RouteFocusModal, useRouteModal } from "@medusajs/dashboard/components"
import { createDataTableColumnHelper, DataTableRowSelectionState, Text, toast, usePrompt } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { FormEvent, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { BrandLogo } from "../../../../components/brand-logo"
import { BrandStatusBadge } from "../../../../components/brand-status-badge"
import { SelectionModal } from "../../../../components/selection-modal"
import { ALPHABETICAL_SORT, handleColumn } from "../../../../components/table-columns"
import { useMergeBrands } from "../../../../hooks/api/brand-operations"
import { listBrands, useBrand, useBrands } from "../../../../hooks/api/brands"
import { useTableQuery } from "../../../../hooks/use-table-query"
import { AdminBrand } from "../../../../lib/types"

const PAGE_SIZE = 20
const PREFIX = "m"
/** The server's limit for one merge. */
const MAX_BRANDS = 50
const FIELDS = "id,name,handle,logo_url,is_active,product_count"

/** Picks the brands to merge into this one: searched and paged on the server, selected across pages. */
const MergeBrandsForm = ({ target }: { target: AdminBrand }) => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()
  const prompt = usePrompt()
  const [rowSelection, setRowSelection] = useState<DataTableRowSelectionState>({})
  const query = useTableQuery(PAGE_SIZE, PREFIX)
  const { data, isPending, isError, error } = useBrands(
    { ...query, order: query.order ?? "name", fields: FIELDS },
    { placeholderData: keepPreviousData }
  )
  const { mutateAsync, isPending: isMerging } = useMergeBrands(target.id)
  const selected = Object.keys(rowSelection).filter((id) => rowSelection[id])
  const columns = useColumns(target.id)

  const handleSubmit = async (event?: FormEvent) => {
    event?.preventDefault()
    if (!selected.length) {
      toast.error(t("medusaBrands.merge.selectAtLeastOne"))
      return
    }
    if (selected.length > MAX_BRANDS) {
      toast.error(t("medusaBrands.merge.tooMany", { max: MAX_BRANDS }))
      return
    }
    // Counted now, not from the page shown: products may have moved meanwhile.
    let brands: AdminBrand[]
    try {
      brands = (await listBrands({ id: selected, fields: FIELDS, limit: MAX_BRANDS })).brands
    } catch (fetchError) {
      toast.error((fetchError as Error).message)
      return
    }
    const products = brands.reduce((sum, brand) => sum + (brand.product_count ?? 0), 0)
    const names = brands.map((brand) => brand.name).join(", ")
    const productsMove =
      products === 0
        ? t("medusaBrands.merge.prompt.noProductsMove", { name: target.name })
        : t("medusaBrands.merge.prompt.productsMove", { count: products, name: target.name })
    const brandsDeleted = t("medusaBrands.merge.prompt.brandsDeleted", { count: brands.length, names, name: target.name })
    const confirmed = await prompt({
      title: t("medusaBrands.merge.prompt.title", { count: brands.length, name: target.name }),
      description: `${productsMove} ${brandsDeleted}`,
      confirmText: t("medusaBrands.merge.submit"),
      cancelText: t("actions.cancel"),
    })
    if (!confirmed) return

    await mutateAsync(selected, {
      onSuccess: ({ merged }) => {
        toast.success(
          t("medusaBrands.merge.merged", {
            count: merged.brand_ids.length,
            name: target.name,
            productsMoved: t("medusaBrands.merge.productsMoved", { count: merged.product_count }),
          })
        )
        handleSuccess()
      },
      onError: (mutationError) => toast.error(mutationError.message),
    }).catch(() => undefined)
  }

  if (isError) throw error

  return (
    <SelectionModal
      title={t("medusaBrands.merge.title", { name: target.name })}
      description={t("medusaBrands.merge.description")}
      onSubmit={handleSubmit}
      rowSelection={{
        state: rowSelection,
        onRowSelectionChange: setRowSelection,
        enableRowSelection: (row) => row.original.id !== target.id,
      }}
      selectedText={t("medusaBrands.merge.selected", { count: selected.length })}
      submitText={t("medusaBrands.merge.submit")}
      isPending={isMerging}
      table={{
        data: data?.brands,
        columns,
        rowCount: data?.count,
        getRowId: (brand) => brand.id,
        emptyState: {
          empty: { heading: t("medusaBrands.merge.empty"), description: t("medusaBrands.merge.emptyDescription") },
          filtered: { heading: t("medusaBrands.merge.notFound"), description: t("medusaBrands.merge.notFoundDescription") },
        },
        prefix: PREFIX,
        pageSize: PAGE_SIZE,
        isLoading: isPending,
      }}
    />
  )
}

const columnHelper = createDataTableColumnHelper<AdminBrand>()

const useColumns = (targetId: string) => {
  const { t } = useTranslation()
  return useMemo(
    () => [
      columnHelper.select(),
      columnHelper.display({
        id: "logo",
        header: t("medusaBrands.merge.logo"),
        size: 72,
        cell: ({ row }) => <BrandLogo name={row.original.name} logoUrl={row.original.logo_url} />,
      }),
      columnHelper.accessor("name", {
        header: t("fields.name"),
        enableSorting: true,
        ...ALPHABETICAL_SORT,
        cell: ({ row }) => (
          <Text size="small" weight="plus">
            {row.original.id === targetId ? t("medusaBrands.detail.thisBrand", { name: row.original.name }) : row.original.name}
          </Text>
        ),
      }),
      handleColumn<AdminBrand>(),
      columnHelper.accessor("is_active", {
        header: t("fields.status"),
        cell: ({ row }) => <BrandStatusBadge isActive={row.original.is_active} />,
      }),
      columnHelper.accessor("product_count", {
        header: t("fields.products"),
        cell: ({ row }) => <Text size="small">{row.original.product_count ?? 0}</Text>,
      }),
    ],
    [targetId, t]
  )
}

const MergeBrandsPage = () => {
  const { id } = useParams()
  const { data, isError, error } = useBrand(id!)

  if (isError) throw error

  return <RouteFocusModal>{data ? <MergeBrandsForm target={data.brand} /> : null}</RouteFocusModal>
}

export default MergeBrandsPage
