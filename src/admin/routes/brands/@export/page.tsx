import { RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Button, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { CsvTypeChoice } from "../../../components/csv-type-choice"
import { brandExportUrl } from "../../../hooks/api/brand-operations"
import { BrandCsvType } from "../../../lib/brand-operations"

/**
 * Downloads a CSV export. The server streams it page by page, so the browser saves it as it
 * arrives, whatever the size of the catalogue.
 */
const ExportBrandsPage = () => {
  const { t } = useTranslation()
  return (
    <RouteDrawer>
      <RouteDrawer.Header>
        <RouteDrawer.Title asChild>
          <Heading>{t("medusaBrands.export.title")}</Heading>
        </RouteDrawer.Title>
        <RouteDrawer.Description className="sr-only">{t("medusaBrands.export.description")}</RouteDrawer.Description>
      </RouteDrawer.Header>
      <ExportBrandsContent />
    </RouteDrawer>
  )
}

const ExportBrandsContent = () => {
  const { t } = useTranslation()
  const [type, setType] = useState<BrandCsvType>("brands")
  const { handleSuccess } = useRouteModal()

  const handleExport = () => {
    const link = document.createElement("a")
    link.href = brandExportUrl(type)
    link.download = ""
    document.body.appendChild(link)
    link.click()
    link.remove()
    toast.info(t("medusaBrands.export.started"), { description: t("medusaBrands.export.startedDescription") })
    handleSuccess()
  }

  return (
    <>
      <RouteDrawer.Body className="flex flex-col gap-y-4">
        <div>
          <Heading level="h2">{t("medusaBrands.export.what")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("medusaBrands.export.formulaHint")}
          </Text>
        </div>
        <CsvTypeChoice value={type} onChange={setType} />
      </RouteDrawer.Body>
      <RouteDrawer.Footer>
        <div className="flex items-center gap-x-2">
          <RouteDrawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("actions.cancel")}
            </Button>
          </RouteDrawer.Close>
          <Button size="small" onClick={handleExport}>
            {t("actions.export")}
          </Button>
        </div>
      </RouteDrawer.Footer>
    </>
  )
}

export default ExportBrandsPage
