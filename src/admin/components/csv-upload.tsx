import { ArrowDownTray, Spinner, Trash } from "@medusajs/icons"
import { clx, IconButton, Text } from "@medusajs/ui"
import { DragEvent, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { IMPORT_LIMITS } from "../lib/brand-operations"

/** "5 MB", "1,234.6 kB" in English; each language writes the number and the unit its own way ("5 Mo"). */
const formatBytes = (bytes: number, unit: "kilobyte" | "megabyte", language: string) =>
  new Intl.NumberFormat(language, { style: "unit", unit, maximumFractionDigits: 1 }).format(
    bytes / (unit === "kilobyte" ? 1024 : 1024 * 1024)
  )

/** A drop zone for one CSV file, styled like the dashboard's file upload. */
export const CsvDropZone = ({ onFile }: { onFile: (file: File) => void }) => {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [dragging, setDragging] = useState(false)
  const take = (files: FileList | null) => {
    const file = files?.[0]
    if (file) onFile(file)
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    take(event.dataTransfer.files)
  }
  return (
    <label
      htmlFor={id}
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={clx(
        "bg-ui-bg-component border-ui-border-strong transition-fg group flex w-full cursor-pointer flex-col items-center gap-y-2 rounded-lg border border-dashed p-8",
        "hover:border-ui-border-interactive focus-within:border-ui-border-interactive",
        dragging && "border-ui-border-interactive"
      )}
    >
      <div className="text-ui-fg-subtle group-hover:text-ui-fg-interactive flex items-center gap-x-2">
        <ArrowDownTray />
        <Text size="small" weight="plus">
          {t("medusaBrands.csv.upload")}
        </Text>
      </div>
      <Text size="small" className="text-ui-fg-muted text-center">
        {t("medusaBrands.csv.uploadHint", {
          count: IMPORT_LIMITS.maxRows,
          size: formatBytes(IMPORT_LIMITS.maxBytes, "megabyte", i18n.language),
        })}
      </Text>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        className="sr-only"
        aria-label={t("medusaBrands.csv.file")}
        onChange={(event) => {
          take(event.target.files)
          event.target.value = ""
        }}
      />
    </label>
  )
}

/** The chosen file, with what is happening to it and a button to take it away. */
export const CsvFileRow = ({ file, activity, onRemove }: { file: File; activity?: string; onRemove?: () => void }) => {
  const { t, i18n } = useTranslation()
  return (
    <div className="shadow-elevation-card-rest bg-ui-bg-component flex items-center gap-x-3 rounded-md px-3 py-2">
      <div className="flex flex-1 flex-col">
        <Text size="small" weight="plus" className="break-all">
          {file.name}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle" aria-live="polite">
          {activity ?? formatBytes(file.size, "kilobyte", i18n.language)}
        </Text>
      </div>
      {activity ? <Spinner className="text-ui-fg-interactive animate-spin" aria-hidden /> : null}
      {onRemove && !activity ? (
        <IconButton size="small" variant="transparent" onClick={onRemove} aria-label={t("medusaBrands.csv.remove")}>
          <Trash />
        </IconButton>
      ) : null}
    </div>
  )
}
