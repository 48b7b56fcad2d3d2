import { RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Button, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { CsvTypeChoice } from "../../../components/csv-type-choice"
import { brandExportUrl } from "../../../hooks/api/brand-operations"
import { BrandCsvType } from "../../../lib/brand-operations"

/**
 * Downloads a CSV export. The server streams it page by page, so the browser saves it as it
 * arrives, whatever the size of the catalogue.
 */
const ExportBrandsPage = () => (
  <RouteDrawer>
    <RouteDrawer.Header>
      <RouteDrawer.Title asChild>
        <Heading>Export brands</Heading>
      </RouteDrawer.Title>
      <RouteDrawer.Description className="sr-only">Download the brands or the brand assignments as CSV.</RouteDrawer.Description>
    </RouteDrawer.Header>
    <ExportBrandsContent />
  </RouteDrawer>
)

const ExportBrandsContent = () => {
  const [type, setType] = useState<BrandCsvType>("brands")
  const { handleSuccess } = useRouteModal()

  const handleExport = () => {
    const link = document.createElement("a")
    link.href = brandExportUrl(type)
    link.download = ""
    document.body.appendChild(link)
    link.click()
    link.remove()
    toast.info("Export started", { description: "Your browser saves the CSV file as it downloads." })
    handleSuccess()
  }

  return (
    <>
      <RouteDrawer.Body className="flex flex-col gap-y-4">
        <div>
          <Heading level="h2">What to export</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Cells that a spreadsheet would run as a formula are prefixed with an apostrophe; an import removes it again.
          </Text>
        </div>
        <CsvTypeChoice value={type} onChange={setType} />
      </RouteDrawer.Body>
      <RouteDrawer.Footer>
        <div className="flex items-center gap-x-2">
          <RouteDrawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </RouteDrawer.Close>
          <Button size="small" onClick={handleExport}>
            Export
          </Button>
        </div>
      </RouteDrawer.Footer>
    </>
  )
}

export default ExportBrandsPage
