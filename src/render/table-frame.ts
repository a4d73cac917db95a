// Draws laid-out table lines into a bordered frame (contract §5, PITFALLS §4). cli-table3
// draws the frame: the top rule, the head, the head rule, the bottom rule and the borders and
// padding of one body line. Every body line of a compact table has that same shape, so each is
// built from the one drawn, with its own text where cli-table3 had a placeholder: the drawing
// costs the same for 20 rows as for 20,000 (cli-table3 merges some twenty options into each
// cell it draws, and its whole drawing grows with the square of its rows).
import Table from 'cli-table3'

/** The padding on each side of a cell's text. */
export const PAD = 1

const BORDERS = {
  unicode: { h: '─', v: '│', top: ['┌', '┬', '┐'], mid: ['├', '┼', '┤'], bottom: ['└', '┴', '┘'] },
  ascii: { h: '-', v: '|', top: ['+', '+', '+'], mid: ['+', '+', '+'], bottom: ['+', '+', '+'] },
} as const

/** cli-table3's characters: our --ascii style, or its own box drawing. */
function tableChars(ascii: boolean): Partial<Record<Table.CharName, string>> {
  const b = ascii ? BORDERS.ascii : BORDERS.unicode
  return {
    top: b.h, 'top-mid': b.top[1], 'top-left': b.top[0], 'top-right': b.top[2],
    bottom: b.h, 'bottom-mid': b.bottom[1], 'bottom-left': b.bottom[0], 'bottom-right': b.bottom[2],
    left: b.v, 'left-mid': b.mid[0], mid: b.h, 'mid-mid': b.mid[1], right: b.v, 'right-mid': b.mid[2], middle: b.v,
  }
}

/** Printable ASCII: cli-table3's measure (string-width) and ours agree on it by construction. */
// eslint-disable-next-line no-control-regex
const ASCII_LINE = /^[\x20-\x7e]*$/

/** A line of a cell as our layout made it: padded to its column, and then painted. */
export interface CellLine {
  padded: string
  painted: string
}

/** One row of cells, line by line: `lines[n][column]`. */
export type LaidRow = CellLine[][]

/**
 * What cli-table3 is given for a line of a cell: the painted text when its measure agrees with
 * ours (printable ASCII), else a placeholder as wide, for the text to be put back after.
 */
const givenFor = (line: CellLine, width: number) => (ASCII_LINE.test(line.padded) ? line.painted : 'x'.repeat(width))

/** Each column's lines joined as cli-table3 takes a cell. */
function cellsOf(row: LaidRow, widths: readonly number[]): string[] {
  return widths.map((w, i) => row.map((line) => givenFor(line[i]!, w)).join('\n'))
}

function draw(widths: readonly number[], head: string[], body: readonly string[][], ascii: boolean): string[] {
  const table = new Table({
    head,
    colWidths: widths.map((w) => w + 2 * PAD),
    wordWrap: false,
    chars: tableChars(ascii),
    style: { head: [], border: [], compact: true, 'padding-left': PAD, 'padding-right': PAD },
  })
  table.push(...body)
  return table.toString().split('\n')
}

/**
 * A drawn text line with each cell's own text back where cli-table3 left what it was given:
 * after the left border, then each cell's padding, the text it was given (whose length in code
 * units we know) and a border.
 */
function putBack(line: string, given: readonly string[], row: readonly CellLine[]): string {
  let out = line.slice(0, 1)
  let pos = 1
  given.forEach((text, i) => {
    const end = pos + PAD + text.length
    out += line.slice(pos, pos + PAD) + row[i]!.painted + line.slice(end, end + PAD + 1)
    pos = end + PAD + 1
  })
  return out
}

/** Puts each text line of a drawing (head lines from 1, body lines after the head rule) back. */
function putAllBack(drawn: string[], head: LaidRow, body: readonly LaidRow[], widths: readonly number[]): string[] {
  const lines = [...head, ...body.flat()]
  const headHeight = head.length
  const textLine = (d: number) => (d >= 1 && d <= headHeight ? d - 1 : d >= headHeight + 2 && d < drawn.length - 1 ? d - 2 : -1)
  return drawn.map((line, d) => {
    const n = textLine(d)
    if (n < 0) return line
    const row = lines[n]!
    return putBack(line, row.map((cell, i) => givenFor(cell, widths[i]!)), row)
  })
}

/** Body rows cli-table3 draws at once when it draws every row (see drawEveryRow). */
const CHUNK = 100

/**
 * cli-table3 draws every line, the body in chunks of CHUNK rows (its drawing grows with the
 * square of its rows), each drawn alone with the same column widths, the chunks' body lines
 * joined between the first chunk's head and its bottom rule.
 */
export function drawEveryRow(widths: readonly number[], head: LaidRow, body: readonly LaidRow[], ascii: boolean): string[] {
  const headCells = cellsOf(head, widths)
  const bodyCells = body.map((row) => cellsOf(row, widths))
  const drawChunk = (chunk: string[][], withHead: boolean): string[] => {
    if (withHead) return draw(widths, headCells, chunk, ascii)
    return draw(widths, [], chunk, ascii)
  }
  const first = drawChunk(bodyCells.slice(0, CHUNK), true)
  const drawn = first.slice(0, -1)
  for (let i = CHUNK; i < bodyCells.length; i += CHUNK) drawn.push(...drawChunk(bodyCells.slice(i, i + CHUNK), false).slice(1, -1))
  drawn.push(first[first.length - 1]!)
  return putAllBack(drawn, head, body, widths)
}

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[((?:\d*;){0,5}\d*)m/g
/** The SGR codes cli-table3 keeps track of across a cell's lines, and what each sets. */
const ATTRIBUTES: Record<string, [string, boolean]> = {
  '\u001b[1m': ['bold', true], '\u001b[22m': ['bold', false],
  '\u001b[3m': ['italics', true], '\u001b[23m': ['italics', false],
  '\u001b[4m': ['underline', true], '\u001b[24m': ['underline', false],
  '\u001b[7m': ['inverse', true], '\u001b[27m': ['inverse', false],
  '\u001b[9m': ['strikethrough', true], '\u001b[29m': ['strikethrough', false],
}

/**
 * Whether cli-table3 draws this painted line of a cell as it is: its colours do not change its
 * width, and it leaves no colour or attribute on (cli-table3 would close it at the line's end
 * and open it again on the next line), as cli-table3 reads its codes.
 */
function drawnAsPainted(line: CellLine): boolean {
  if (line.painted === line.padded) return true
  if (line.painted.replace(SGR, '') !== line.padded) return false
  let foreground = ''
  let background = ''
  const on = new Set<string>()
  for (const [code, params] of line.painted.matchAll(SGR)) {
    const n = params ? parseInt(params.split(';')[0]!) : 0
    if ((n >= 30 && n <= 39) || (n >= 90 && n <= 97)) foreground = code
    else if ((n >= 40 && n <= 49) || (n >= 100 && n <= 107)) background = code
    else if (n === 0) {
      foreground = background = ''
      on.clear()
    } else {
      const attribute = ATTRIBUTES[code]
      if (attribute?.[1]) on.add(attribute[0])
      else if (attribute) on.delete(attribute[0])
    }
  }
  return on.size === 0 && (foreground === '' || foreground === '\u001b[39m') && (background === '' || background === '\u001b[49m')
}

/**
 * The lines of the table: top rule, head lines, head rule (when there is a body), body lines,
 * bottom rule. cli-table3 draws the head and one body line of placeholders; every body line
 * is that line's borders and padding around its own cells. Should a painted line be one that
 * cli-table3 would draw otherwise (see drawnAsPainted), it draws every row, as it would.
 */
export function frameLines(widths: readonly number[], head: LaidRow, body: readonly LaidRow[], ascii: boolean): string[] {
  if (widths.length === 0 || !body.every((row) => row.every((line) => line.every(drawnAsPainted)))) {
    return drawEveryRow(widths, head, body, ascii)
  }
  // A body row of one line, a placeholder in every cell (not put back: no line keeps it).
  const shape: LaidRow[] = body.length > 0 ? [[widths.map((w) => ({ padded: 'x'.repeat(w), painted: 'x'.repeat(w) }))]] : []
  const drawn = putAllBack(draw(widths, cellsOf(head, widths), shape.map((row) => cellsOf(row, widths)), ascii), head, shape, widths)
  if (body.length === 0) return drawn
  // drawn: top rule, head lines, head rule, the one body line, bottom rule.
  const line = drawn[head.length + 2]!
  const seams: string[] = []
  let pos = 0
  widths.forEach((w, i) => {
    const next = pos + (i === 0 ? 1 : PAD + 1) + PAD
    seams.push(line.slice(pos, next))
    pos = next + w
  })
  seams.push(line.slice(pos, pos + PAD + 1))
  const lines = drawn.slice(0, head.length + 2)
  for (const row of body) {
    for (const cells of row) {
      let text = seams[0]!
      for (let i = 0; i < cells.length; i++) text += cells[i]!.painted + seams[i + 1]!
      lines.push(text)
    }
  }
  lines.push(drawn[drawn.length - 1]!)
  return lines
}
