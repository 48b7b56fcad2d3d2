import { MedusaError } from "@medusajs/framework/utils"
import { CsvError, parse } from "csv-parse/sync"
import { stringify } from "csv-stringify/sync"
import { formatFileSize } from "../../lib/file-size"

/*
 * CSV in and out, with the csv-parse / csv-stringify libraries of the `csv` project. Exports start
 * with a UTF-8 byte order mark so spreadsheets read them as UTF-8; imports accept one or none.
 */

export const CSV_BOM = "\uFEFF"

/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/
/** A cell we neutralised on export: a quote before one of those characters. */
const NEUTRALISED = /^'[=+\-@\t\r]/

/** Prefixes a cell that a spreadsheet would run as a formula with `'`, which spreadsheets show as text. */
export const neutraliseFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell)

/** The reverse on import, so an exported file imports unchanged. */
export const restoreNeutralised = (cell: string) => (NEUTRALISED.test(cell) ? cell.slice(1) : cell)

/** CSV lines for `rows` (RFC 4180 quoting), each cell neutralised. */
export const csvLines = (rows: (string | null | undefined)[][]) =>
  stringify(rows.map((row) => row.map((cell) => neutraliseFormula(cell ?? ""))), { record_delimiter: "\n" })

export type CsvRow = {
  /** The line of the file the row starts on (the header is line 1). */
  line: number
  /** Cells by lower-cased header name, trimmed, formula quotes removed. */
  cells: Record<string, string>
}

export type CsvLimits = { maxBytes: number; maxRows: number }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Control characters other than tab, line feed and carriage return: a binary file, not text. */
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/**
 * Decodes and parses an uploaded CSV, refusing with a 400 and a message anything that is not a
 * well-formed UTF-8 CSV within the limits: empty, too large, not UTF-8, binary, unbalanced quotes,
 * rows of another width than the header, more rows than allowed, repeated or empty header names.
 */
export function parseCsvUpload(buffer: Buffer, limits: CsvLimits): { headers: string[]; rows: CsvRow[] } {
  if (!buffer.length) throw invalid("The file is empty")
  if (buffer.length > limits.maxBytes) throw invalid(`The file is larger than the limit of ${formatFileSize(limits.maxBytes)}`)
  let text: string
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buffer)
  } catch {
    throw invalid("The file is not valid UTF-8 text; save the CSV as UTF-8")
  }
  const binary = BINARY.exec(text)
  if (binary) {
    const line = text.slice(0, binary.index).split("\n").length
    throw invalid(`The file contains binary data (a control character on line ${line}); it is not a CSV file`)
  }

  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = (parse as (input: string, options: object) => typeof records)(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      // One row more than allowed (plus the header) is enough to know the file is over the limit.
      to: limits.maxRows + 2,
    })
  } catch (error) {
    if (error instanceof CsvError) throw invalid(`The file is not a valid CSV: ${error.message}`)
    throw error
  }
  if (!records.length) throw invalid("The file has no header row")
  if (records.length - 1 > limits.maxRows) {
    throw invalid(`The file has more than ${limits.maxRows.toLocaleString("en-US")} rows, the limit for one import`)
  }

  const headers = records[0].record.map((header) => header.trim().toLowerCase())
  const empty = headers.findIndex((header) => !header)
  if (empty >= 0) throw invalid(`Column ${empty + 1} of the header row has no name`)
  const repeated = headers.find((header, i) => headers.indexOf(header) !== i)
  if (repeated) throw invalid(`The header row names the column "${repeated}" twice`)

  const rows = records.slice(1).map(({ record, info }) => {
    const newlinesInside = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0)
    const cells = Object.fromEntries(headers.map((header, i) => [header, restoreNeutralised(record[i].trim())]))
    return { line: info.lines - newlinesInside, cells }
  })
  return { headers, rows }
}

