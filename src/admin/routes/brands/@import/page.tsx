import { RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Button, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { CsvDropZone, CsvFileRow } from "../../../components/csv-upload"
import { CsvTypeChoice } from "../../../components/csv-type-choice"
import { ImportSummary } from "../../../components/import-summary"
import { useImportBrands } from "../../../hooks/api/brand-operations"
import { AdminBrandImportResponse, BrandCsvType, csvTemplate } from "../../../lib/brand-operations"

/**
 * Import as core's product import works: upload, a dry run the server answers with counts and row
 * errors, then confirm. The import itself runs all or nothing; the drawer shows it running, and
 * the server posts one entry to the notification feed when it is done.
 */
const ImportBrandsPage = () => {
  const { t } = useTranslation()
  return (
    <RouteDrawer>
      <RouteDrawer.Header>
        <RouteDrawer.Title asChild>
          <Heading>{t("medusaBrands.import.title")}</Heading>
        </RouteDrawer.Title>
        <RouteDrawer.Description className="sr-only">{t("medusaBrands.import.description")}</RouteDrawer.Description>
      </RouteDrawer.Header>
      <ImportBrandsContent />
    </RouteDrawer>
  )
}

/** Seconds since `running` became true, for the progress line. */
const useElapsedSeconds = (running: boolean) => {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    setSeconds(0)
    if (!running) return
    const started = Date.now()
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500)
    return () => clearInterval(timer)
  }, [running])
  return seconds
}

const ImportBrandsContent = () => {
  const { t } = useTranslation()
  const [type, setType] = useState<BrandCsvType>("brands")
  const [file, setFile] = useState<File>()
  const [preview, setPreview] = useState<AdminBrandImportResponse>()
  const { handleSuccess } = useRouteModal()
  const dryRun = useImportBrands()
  const apply = useImportBrands()
  const elapsed = useElapsedSeconds(apply.isPending)
  const template = useMemo(() => `data:text/csv;charset=utf-8,${encodeURIComponent(csvTemplate(type, t))}`, [type, t])

  const reset = () => {
    setFile(undefined)
    setPreview(undefined)
  }

  const handleFile = async (chosen: File) => {
    setFile(chosen)
    setPreview(undefined)
    await dryRun
      .mutateAsync(
        { file: chosen, type, dryRun: true },
        {
          onSuccess: setPreview,
          onError: (error) => {
            toast.error(error.message)
            setFile(undefined)
          },
        }
      )
      .catch(() => undefined)
  }

  const handleImport = async () => {
    if (!file || !preview) return
    await apply
      .mutateAsync(
        { file, type, dryRun: false },
        {
          onSuccess: ({ summary }) => {
            toast.success(t("medusaBrands.import.finished"), {
              description:
                type === "brands"
                  ? t("medusaBrands.import.finishedBrands", { count: summary.create, updated: summary.update })
                  : t("medusaBrands.import.finishedAssignments", { count: summary.create + summary.update }),
            })
            handleSuccess()
          },
          onError: (error) => toast.error(error.message),
        }
      )
      .catch(() => undefined)
  }

  const changes = preview ? preview.summary.create + preview.summary.update : 0
  const canImport = Boolean(preview && !preview.summary.error && changes > 0 && !apply.isPending)
  const activity = dryRun.isPending
    ? t("medusaBrands.import.checking")
    : apply.isPending
      ? type === "brands"
        ? t("medusaBrands.import.importingBrands", { count: changes, seconds: elapsed })
        : t("medusaBrands.import.importingAssignments", { count: changes, seconds: elapsed })
      : undefined

  return (
    <>
      <RouteDrawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        <div className="flex flex-col gap-y-3">
          <Heading level="h2">{t("medusaBrands.csv.typeLabel")}</Heading>
          <CsvTypeChoice
            value={type}
            onChange={(next) => {
              setType(next)
              reset()
            }}
            disabled={Boolean(file)}
          />
        </div>
        <div className="flex flex-col gap-y-3">
          <div>
            <Heading level="h2">{t("medusaBrands.import.upload")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("medusaBrands.import.uploadHint")}
            </Text>
          </div>
          {file ? <CsvFileRow file={file} activity={activity} onRemove={reset} /> : <CsvDropZone onFile={handleFile} />}
          {preview && <ImportSummary summary={preview.summary} errors={preview.errors} />}
          {preview && !preview.summary.error && changes === 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("medusaBrands.import.noChanges")}
            </Text>
          )}
        </div>
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("medusaBrands.import.template")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("medusaBrands.import.templateHint")}{" "}
            <a
              href={template}
              download={type === "brands" ? "brands-template.csv" : "brand-assignments-template.csv"}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
            >
              {t("medusaBrands.import.downloadTemplate")}
            </a>
          </Text>
        </div>
      </RouteDrawer.Body>
      <RouteDrawer.Footer>
        <div className="flex items-center gap-x-2">
          <RouteDrawer.Close asChild>
            <Button size="small" variant="secondary" disabled={apply.isPending}>
              {t("actions.cancel")}
            </Button>
          </RouteDrawer.Close>
          <Button size="small" onClick={handleImport} disabled={!canImport} isLoading={apply.isPending}>
            {t("actions.import")}
          </Button>
        </div>
      </RouteDrawer.Footer>
    </>
  )
}

export default ImportBrandsPage
