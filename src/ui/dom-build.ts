// The one way Mingbai makes elements, on web pages (src/ui) and on its own pages (popup,
// options, welcome): text goes in through textContent, never as markup, so a
// page or a rule pack can never inject HTML into the UI.

export interface ElementSpec {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  spec: ElementSpec = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (spec.className) node.className = spec.className;
  if (spec.text !== undefined) node.textContent = spec.text;
  if (spec.attrs) for (const [name, value] of Object.entries(spec.attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}
