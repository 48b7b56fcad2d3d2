import { DataTable, KeyboundForm, RouteFocusModal, useRouteModal } from "@medusajs/dashboard/components"
import {
  createDataTableColumnHelper,
  DataTableRowSelectionState,
  Heading,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { FormEvent, useMemo, useState } from "react"
import { useParams } from "react-router-dom"
import { BrandLogo } from "../../../../components/brand-logo"
import { BrandStatusBadge } from "../../../../components/brand-status-badge"
import { SelectionModalFooter } from "../../../../components/selection-modal-footer"
import { useMergeBrands } from "../../../../hooks/api/brand-operations"
import { listBrands, useBrand, useBrands } from "../../../../hooks/api/brands"
import { useTableQuery } from "../../../../hooks/use-table-query"
import { plural } from "../../../../lib/brand-operations"
import { AdminBrand } from "../../../../lib/types"

const PAGE_SIZE = 20
const PREFIX = "m"
/** The server's limit for one merge. */
const MAX_BRANDS = 50
const FIELDS = "id,name,handle,logo_url,is_active,product_count"

/** Picks the brands to merge into this one: searched and paged on the server, selected across pages. */
const MergeBrandsForm = ({ target }: { target: AdminBrand }) => {
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
      toast.error("Select at least one brand to merge")
      return
    }
    if (selected.length > MAX_BRANDS) {
      toast.error(`Merge at most ${MAX_BRANDS} brands at once`)
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
    const confirmed = await prompt({
      title: `Merge ${plural(brands.length, "brand")} into ${target.name}?`,
      description:
        `${products === 0 ? "No products move" : `${plural(products, "product")} ${products === 1 ? "moves" : "move"}`} to ${target.name}. ` +
        `${names} ${brands.length === 1 ? "is" : "are"} then deleted; ${brands.length === 1 ? "its handle leads" : "their handles lead"} to ${target.name}.`,
      confirmText: "Merge",
      cancelText: "Cancel",
    })
    if (!confirmed) return

    await mutateAsync(selected, {
      onSuccess: ({ merged }) => {
        toast.success(`Merged ${plural(merged.brand_ids.length, "brand")} into ${target.name}; ${plural(merged.product_count, "product")} moved`)
        handleSuccess()
      },
      onError: (mutationError) => toast.error(mutationError.message),
    }).catch(() => undefined)
  }

  if (isError) throw error

  return (
    <KeyboundForm onSubmit={handleSubmit} className="flex h-full flex-col overflow-hidden">
      <RouteFocusModal.Header>
        <div className="flex items-center gap-x-2">
          <RouteFocusModal.Title asChild>
            <Heading level="h2" className="txt-compact-medium-plus">
              Merge brands into {target.name}
            </Heading>
          </RouteFocusModal.Title>
          <RouteFocusModal.Description className="sr-only">
            Select the brands to merge into this one. Their products move here and they are deleted.
          </RouteFocusModal.Description>
        </div>
      </RouteFocusModal.Header>
      <RouteFocusModal.Body className="flex size-full flex-col overflow-hidden">
        <DataTable
          data={data?.brands}
          columns={columns}
          rowCount={data?.count}
          getRowId={(brand) => brand.id}
          rowSelection={{
            state: rowSelection,
            onRowSelectionChange: setRowSelection,
            enableRowSelection: (row) => row.original.id !== target.id,
          }}
          emptyState={{
            empty: { heading: "No brands", description: "There are no other brands." },
            filtered: { heading: "No brands found", description: "No brand matches this search." },
          }}
          prefix={PREFIX}
          pageSize={PAGE_SIZE}
          isLoading={isPending}
          layout="fill"
          autoFocusSearch
        />
      </RouteFocusModal.Body>
      <SelectionModalFooter selected={selected.length} submitText="Merge" isPending={isMerging} />
    </KeyboundForm>
  )
}

const columnHelper = createDataTableColumnHelper<AdminBrand>()

const useColumns = (targetId: string) =>
  useMemo(
    () => [
      columnHelper.select(),
      columnHelper.display({
        id: "logo",
        header: "Logo",
        size: 72,
        cell: ({ row }) => <BrandLogo name={row.original.name} logoUrl={row.original.logo_url} />,
      }),
      columnHelper.accessor("name", {
        header: "Name",
        enableSorting: true,
        sortAscLabel: "A-Z",
        sortDescLabel: "Z-A",
        cell: ({ row }) => (
          <Text size="small" weight="plus">
            {row.original.id === targetId ? `${row.original.name} (this brand)` : row.original.name}
          </Text>
        ),
      }),
      columnHelper.accessor("handle", {
        header: "Handle",
        enableSorting: true,
        sortAscLabel: "A-Z",
        sortDescLabel: "Z-A",
        cell: ({ row }) => <Text size="small">/{row.original.handle}</Text>,
      }),
      columnHelper.accessor("is_active", {
        header: "Status",
        cell: ({ row }) => <BrandStatusBadge isActive={row.original.is_active} />,
      }),
      columnHelper.accessor("product_count", {
        header: "Products",
        cell: ({ row }) => <Text size="small">{row.original.product_count ?? 0}</Text>,
      }),
    ],
    [targetId]
  )

const MergeBrandsPage = () => {
  const { id } = useParams()
  const { data, isError, error } = useBrand(id!)

  if (isError) throw error

  return <RouteFocusModal>{data ? <MergeBrandsForm target={data.brand} /> : null}</RouteFocusModal>
}

export default MergeBrandsPage
