// The matrix itself: principal names on the left, access-level groups on top, and one canvas of
// coloured cells. The canvas holds one pixel per cell, scaled up by CSS (pixelated) under a grid
// of gaps: a hundred thousand cells draw and paint in milliseconds, where a full-size canvas
// would be tens of millions of pixels. Hovering names the cell in a live region; a click (or
// Enter on the focused cell, moved with the arrow keys) selects it.
import Box from '@cloudscape-design/components/box';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CELL_DECISION } from './access-matrix-protocol';
import './simulator.css';

export const CELL_WIDTH = 12;
export const CELL_HEIGHT = 22;
/** Allowed, explicit deny, implicit deny (RGB), as CELL numbers them; then pending. */
const COLORS: ReadonlyArray<readonly [number, number, number]> = [
  [0x03, 0x7f, 0x0c],
  [0xd9, 0x15, 0x15],
  [0xd1, 0xd5, 0xdb],
];
const PENDING = [0xf4, 0xf4, 0xf4] as const;
export const DECISION_LABEL = {
  allowed: 'Allowed',
  explicitDeny: 'Explicit deny',
  implicitDeny: 'Implicit deny',
} as const;

export interface MatrixColumnGroup {
  label: string;
  count: number;
}

export interface MatrixGridProps {
  rowLabels: string[];
  /** Each row's cells, indexed by action; undefined while computing. */
  rows: Array<Uint8Array | undefined>;
  /** The action indexes shown, in order. */
  columns: number[];
  columnLabels: string[];
  groups: MatrixColumnGroup[];
  selected?: { row: number; column: number };
  onSelect: (cell: { row: number; column: number }) => void;
}

export function MatrixGrid(props: MatrixGridProps) {
  const { rowLabels, rows, columns, columnLabels, groups, selected, onSelect } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<{ row: number; column: number }>();
  const [focus, setFocus] = useState({ row: 0, column: 0 });
  // While the canvas has the keyboard focus, the cell the arrow keys are on is outlined.
  const [focused, setFocused] = useState(false);
  const width = Math.max(1, columns.length * CELL_WIDTH);
  const height = Math.max(1, rowLabels.length * CELL_HEIGHT);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || columns.length === 0 || rowLabels.length === 0) return;
    const image = context.createImageData(columns.length, rowLabels.length);
    const pixels = image.data;
    let at = 0;
    for (let r = 0; r < rowLabels.length; r++) {
      const cells = rows[r];
      for (let c = 0; c < columns.length; c++) {
        const value = cells?.[columns[c] ?? 0];
        const [red, green, blue] = (value === undefined ? undefined : COLORS[value]) ?? PENDING;
        pixels[at] = red;
        pixels[at + 1] = green;
        pixels[at + 2] = blue;
        pixels[at + 3] = 255;
        at += 4;
      }
    }
    context.putImageData(image, 0, 0);
  }, [rows, columns, rowLabels.length]);

  function cellAt(clientX: number, clientY: number) {
    const rect = canvas.current?.getBoundingClientRect();
    if (!rect) return undefined;
    const column = Math.floor((clientX - rect.left) / CELL_WIDTH);
    const row = Math.floor((clientY - rect.top) / CELL_HEIGHT);
    if (row < 0 || row >= rowLabels.length || column < 0 || column >= columns.length)
      return undefined;
    return { row, column };
  }

  function describe(cell: { row: number; column: number } | undefined): string {
    if (!cell) return 'Point at a cell to see its principal, action and decision.';
    const value = rows[cell.row]?.[columns[cell.column] ?? 0];
    const decision =
      value === undefined ? 'Computing' : DECISION_LABEL[CELL_DECISION[value] ?? 'implicitDeny'];
    return `${rowLabels[cell.row] ?? ''} · ${columnLabels[cell.column] ?? ''} · ${decision}`;
  }

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, [number, number]> = {
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const next = {
        row: Math.min(rowLabels.length - 1, Math.max(0, focus.row + move[0])),
        column: Math.min(columns.length - 1, Math.max(0, focus.column + move[1])),
      };
      setFocus(next);
      setHover(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(focus);
    }
  }

  return (
    <div>
      <Box variant="small" color="text-body-secondary">
        <span aria-live="polite" data-testid="matrix-cell-readout">
          {describe(hover)}
        </span>
      </Box>
      <div className="matrix-scroll">
        <div className="matrix-labels" style={{ paddingTop: 24 }}>
          {rowLabels.map((label) => (
            <div
              key={label}
              className="matrix-row-label"
              style={{ height: CELL_HEIGHT }}
              title={label}
            >
              {label}
            </div>
          ))}
        </div>
        <div>
          <div className="matrix-groups" style={{ width }}>
            {groups.map((group, i) => (
              <div
                key={i}
                className="matrix-group"
                style={{ width: group.count * CELL_WIDTH }}
                title={`${group.label} (${group.count})`}
              >
                {group.count * CELL_WIDTH >= 60 ? group.label : ''}
              </div>
            ))}
          </div>
          <div className="matrix-cells" style={{ width, height }}>
            <canvas
              ref={canvas}
              width={Math.max(1, columns.length)}
              height={Math.max(1, rowLabels.length)}
              style={{ width, height }}
              tabIndex={0}
              role="img"
              aria-label={`Access matrix: ${rowLabels.length} principals by ${columns.length} actions. Use the arrow keys to move, Enter to explain a cell.`}
              data-testid="access-matrix-canvas"
              onMouseMove={(e) => setHover(cellAt(e.clientX, e.clientY))}
              onMouseLeave={() => setHover(undefined)}
              onClick={(e) => {
                const cell = cellAt(e.clientX, e.clientY);
                if (cell) {
                  setFocus(cell);
                  onSelect(cell);
                }
              }}
              onKeyDown={onKeyDown}
              onFocus={() => setFocused(true)}
              onBlur={() => setFocused(false)}
            />
            {focused && (
              <div
                className="matrix-focus"
                style={{
                  left: focus.column * CELL_WIDTH,
                  top: focus.row * CELL_HEIGHT,
                  width: CELL_WIDTH,
                  height: CELL_HEIGHT,
                }}
              />
            )}
            {selected && (
              <div
                className="matrix-selected"
                style={{
                  left: selected.column * CELL_WIDTH,
                  top: selected.row * CELL_HEIGHT,
                  width: CELL_WIDTH,
                  height: CELL_HEIGHT,
                }}
              />
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
