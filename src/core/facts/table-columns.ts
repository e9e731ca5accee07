// Tables that put their labels in a header row and the values in the row below
// (借款本金 | 期限 | 月利率 over 5,000.00 | 6个月 | 1.5%): the snapshot reads them row by row, so a
// label and its value are a row apart. Extractors that read "label value" ask for the pairs.
import type { PageSnapshot } from '../read/snapshot';

const MAX_COLUMNS = 12;
const MAX_CELL = 40;
const cache = new WeakMap<PageSnapshot, Map<number, string | null>>();

const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_CELL);

function headerRow(cell: Element): HTMLTableRowElement | null {
  const row = cell.parentElement;
  if (!row || row.tagName !== 'TR') return null;
  const cells = Array.from(row.children);
  const inHead = row.parentElement?.tagName === 'THEAD';
  return inHead || cells.every((c) => c.tagName === 'TH') ? (row as HTMLTableRowElement) : null;
}

function rowBelow(row: HTMLTableRowElement): Element | null {
  const next = row.nextElementSibling;
  if (next?.tagName === 'TR') return next;
  // A header row in <thead>: the first row of the first <tbody>.
  const table = row.closest('table');
  return row.parentElement?.tagName === 'THEAD' ? (table?.querySelector(':scope > tbody > tr') ?? null) : null;
}

/**
 * For the block of the first cell of a header row, its headers paired with the cells of the row
 * below, one "header value" per line; null for any other block.
 */
export function headerRowPairs(snapshot: PageSnapshot, block: number): string | null {
  let known = cache.get(snapshot);
  if (!known) cache.set(snapshot, (known = new Map<number, string | null>()));
  if (known.has(block)) return known.get(block) ?? null;
  let pairs: string | null = null;
  const cell = snapshot.blockElement(block)?.closest('th, td');
  const row = cell ? headerRow(cell) : null;
  if (cell && row && row.firstElementChild === cell) {
    const below = rowBelow(row);
    const headers = Array.from(row.children).slice(0, MAX_COLUMNS);
    const values = below ? Array.from(below.children) : [];
    if (values.length >= 2) {
      pairs = headers
        .map((h, i) => (values[i] ? `${cellText(h)} ${cellText(values[i])}` : ''))
        .filter(Boolean)
        .join('\n');
    }
  }
  known.set(block, pairs);
  return pairs;
}
