import { DataTable, DataTableProps, KeyboundForm, RouteFocusModal } from "@medusajs/dashboard/components"
import { Button, Heading, Text } from "@medusajs/ui"
import { FormEvent } from "react"
import { useTranslation } from "react-i18next"

type SelectionModalProps<TData> = {
  title: string
  description: string
  onSubmit: (event?: FormEvent) => void
  /** The rows picked, across pages. */
  rowSelection: NonNullable<DataTableProps<TData>["rowSelection"]>
  /** "2 selected", in words that agree with what is selected (French and Spanish inflect it). */
  selectedText: string
  submitText: string
  isPending: boolean
  table: Pick<DataTableProps<TData>, "data" | "columns" | "rowCount" | "getRowId" | "emptyState" | "prefix" | "pageSize" | "isLoading">
}

/** The body of a focus modal that picks rows from a server-paged table: title, table, how many are selected, Cancel and submit. */
export const SelectionModal = <TData,>({
  title,
  description,
  onSubmit,
  rowSelection,
  selectedText,
  submitText,
  isPending,
  table,
}: SelectionModalProps<TData>) => {
  const { t } = useTranslation()
  const selected = Object.values(rowSelection.state).filter(Boolean).length
  return (
    <KeyboundForm onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
      <RouteFocusModal.Header>
        <div className="flex items-center gap-x-2">
          <RouteFocusModal.Title asChild>
            <Heading level="h2" className="txt-compact-medium-plus">
              {title}
            </Heading>
          </RouteFocusModal.Title>
          <RouteFocusModal.Description className="sr-only">{description}</RouteFocusModal.Description>
        </div>
      </RouteFocusModal.Header>
      <RouteFocusModal.Body className="flex size-full flex-col overflow-hidden">
        <DataTable
          {...table}
          rowSelection={rowSelection}
          layout="fill"
          autoFocusSearch
        />
      </RouteFocusModal.Body>
      <RouteFocusModal.Footer>
        <Text size="small" className="text-ui-fg-subtle mr-auto" aria-live="polite">
          {selectedText}
        </Text>
        <RouteFocusModal.Close asChild>
          <Button size="small" variant="secondary">
            {t("actions.cancel")}
          </Button>
        </RouteFocusModal.Close>
        <Button size="small" type="submit" isLoading={isPending} disabled={!selected}>
          {submitText}
        </Button>
      </RouteFocusModal.Footer>
    </KeyboundForm>
  )
}
