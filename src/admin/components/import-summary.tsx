import { Divider, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ImportRowError, ImportSummary as Summary } from "../lib/brand-operations"

/** Errors shown in the preview; the count covers them all. */
const SHOWN_ERRORS = 10

/** What a dry run found, laid out like core's product import summary, and the first row errors. */
export const ImportSummary = ({ summary, errors }: { summary: Summary; errors: ImportRowError[] }) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-3">
      <div
        className="shadow-elevation-card-rest bg-ui-bg-component flex flex-row rounded-md px-3 py-2"
        role="group"
        aria-label={t("medusaBrands.import.dryRun")}
      >
        <Stat value={summary.create} label={t("medusaBrands.import.toCreate")} />
        <Divider orientation="vertical" className="h-10 px-3" />
        <Stat value={summary.update} label={t("medusaBrands.import.toUpdate")} />
        <Divider orientation="vertical" className="h-10 px-3" />
        <Stat value={summary.unchanged} label={t("medusaBrands.import.unchanged")} />
        <Divider orientation="vertical" className="h-10 px-3" />
        <Stat value={summary.error} label={t("medusaBrands.import.withErrors")} />
      </div>
      {summary.error > 0 && (
        <div className="flex flex-col gap-y-1" role="region" aria-label={t("medusaBrands.import.rowErrors")}>
          <Text size="small" weight="plus">
            {t("medusaBrands.import.rowErrorsSummary", { count: summary.error })}
          </Text>
          <ul className="text-ui-fg-subtle flex flex-col gap-y-0.5">
            {errors.slice(0, SHOWN_ERRORS).map((error, i) => (
              <li key={i}>
                <Text size="small">
                  {error.column
                    ? t("medusaBrands.import.rowErrorInColumn", { line: error.line, column: error.column, reason: error.reason })
                    : t("medusaBrands.import.rowError", { line: error.line, reason: error.reason })}
                </Text>
              </li>
            ))}
          </ul>
          {errors.length > SHOWN_ERRORS && (
            <Text size="small" className="text-ui-fg-muted">
              {t("medusaBrands.import.moreRowErrors", { count: summary.error - SHOWN_ERRORS })}
            </Text>
          )}
        </div>
      )}
    </div>
  )
}

const Stat = ({ value, label }: { value: number; label: string }) => {
  const { i18n } = useTranslation()
  return (
    <div className="flex flex-1 flex-col justify-center">
      <Text size="xlarge" className="font-sans font-medium">
        {value.toLocaleString(i18n.language)}
      </Text>
      <Text leading="compact" size="xsmall" weight="plus" className="text-ui-fg-subtle">
        {label}
      </Text>
    </div>
  )
}
