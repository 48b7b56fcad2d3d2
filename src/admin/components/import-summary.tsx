import { Divider, Text } from "@medusajs/ui"
import { ImportRowError, ImportSummary as Summary, plural } from "../lib/brand-operations"

/** Errors shown in the preview; the count covers them all. */
const SHOWN_ERRORS = 10

/** What a dry run found, laid out like core's product import summary, and the first row errors. */
export const ImportSummary = ({ summary, errors }: { summary: Summary; errors: ImportRowError[] }) => (
  <div className="flex flex-col gap-y-3">
    <div
      className="shadow-elevation-card-rest bg-ui-bg-component flex flex-row rounded-md px-3 py-2"
      role="group"
      aria-label="Dry run"
    >
      <Stat value={summary.create} label="To create" />
      <Divider orientation="vertical" className="h-10 px-3" />
      <Stat value={summary.update} label="To update" />
      <Divider orientation="vertical" className="h-10 px-3" />
      <Stat value={summary.unchanged} label="Unchanged" />
      <Divider orientation="vertical" className="h-10 px-3" />
      <Stat value={summary.error} label="With errors" />
    </div>
    {summary.error > 0 && (
      <div className="flex flex-col gap-y-1" role="region" aria-label="Row errors">
        <Text size="small" weight="plus">
          {plural(summary.error, "row has", "rows have")} errors; fix them and upload the file again. Nothing is imported until
          every row is valid.
        </Text>
        <ul className="text-ui-fg-subtle flex flex-col gap-y-0.5">
          {errors.slice(0, SHOWN_ERRORS).map((error, i) => (
            <li key={i}>
              <Text size="small">
                Line {error.line}
                {error.column ? `, ${error.column}` : ""}: {error.reason}
              </Text>
            </li>
          ))}
        </ul>
        {errors.length > SHOWN_ERRORS && (
          <Text size="small" className="text-ui-fg-muted">
            and {plural(summary.error - SHOWN_ERRORS, "more row")}…
          </Text>
        )}
      </div>
    )}
  </div>
)

const Stat = ({ value, label }: { value: number; label: string }) => (
  <div className="flex flex-1 flex-col justify-center">
    <Text size="xlarge" className="font-sans font-medium">
      {value.toLocaleString("en-US")}
    </Text>
    <Text leading="compact" size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
  </div>
)
