// Reads Mingbai's in-page UI the honest way: its hosts carry `data-mingbai-ui` and hold CLOSED
// shadow roots, which page scripts cannot open. The DevTools protocol can: DOM.getDocument with
// pierce:true returns closed shadow roots and their children, and the accessibility tree shows
// what a screen reader would announce (role + accessible name).
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  contentDocument?: CdpNode;
}

export interface UiHost {
  backendNodeId: number;
  nodeId: number;
  tag: string;
  attributes: Record<string, string>;
  /** 'closed' for every host Mingbai draws. */
  shadowRootTypes: string[];
  /** Text in the shadow tree (not <style>), whether shown or not. */
  text: string;
  /** backendNodeIds of every node in the shadow tree: maps accessibility nodes to hosts. */
  inside: Set<number>;
}

export const UI_HOST_ATTRIBUTE = 'data-mingbai-ui';

export async function readUiHosts(cdp: CDPSession): Promise<UiHost[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const hosts: UiHost[] = [];
  const visit = (node: CdpNode) => {
    const attributes = attributeMap(node.attributes);
    if (node.nodeType === 1 && UI_HOST_ATTRIBUTE in attributes) {
      const inside = new Set<number>();
      const text: string[] = [];
      for (const shadow of node.shadowRoots ?? []) collect(shadow, inside, text);
      hosts.push({
        backendNodeId: node.backendNodeId,
        nodeId: node.nodeId,
        tag: (node.localName ?? node.nodeName).toLowerCase(),
        attributes,
        shadowRootTypes: (node.shadowRoots ?? []).map((s) => s.shadowRootType ?? 'unknown'),
        text: text.join(' ').replace(/\s+/g, ' ').trim(),
        inside,
      });
    }
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
  };
  visit(root);
  return hosts;
}

function collect(node: CdpNode, inside: Set<number>, text: string[]) {
  inside.add(node.backendNodeId);
  if (node.nodeType === 3 && node.nodeValue) text.push(node.nodeValue);
  const tag = (node.localName ?? '').toLowerCase();
  if (tag === 'style' || tag === 'script') {
    for (const c of node.children ?? []) inside.add(c.backendNodeId);
    return;
  }
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child, inside, text);
}

function attributeMap(list: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < list.length; i += 2) out[list[i]!] = list[i + 1]!;
  return out;
}

export interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
  parentId?: string;
  childIds?: string[];
  properties?: Array<{ name: string; value: { value: unknown } }>;
}

/** What a screen reader can reach inside Mingbai's UI: non-ignored accessibility nodes within a host. */
export interface UiAccessibility {
  hosts: UiHost[];
  nodes: AxNode[];
  /** Ancestor roles of a node (nearest first). */
  ancestorRoles(node: AxNode): string[];
  /** Text a reader hears: names of StaticText nodes in the UI, in tree order. */
  text: string;
}

export async function readUiAccessibility(cdp: CDPSession): Promise<UiAccessibility> {
  const hosts = await readUiHosts(cdp);
  const insideAny = new Set<number>();
  for (const h of hosts) for (const id of h.inside) insideAny.add(id);
  const { nodes: all } = (await cdp.send('Accessibility.getFullAXTree', {})) as { nodes: AxNode[] };
  const byId = new Map(all.map((n) => [n.nodeId, n]));
  const nodes = all.filter((n) => !n.ignored && n.backendDOMNodeId !== undefined && insideAny.has(n.backendDOMNodeId));
  const ancestorRoles = (node: AxNode) => {
    const roles: string[] = [];
    for (let p = node.parentId ? byId.get(node.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
      if (p.role?.value) roles.push(p.role.value);
    }
    return roles;
  };
  const text = nodes
    .filter((n) => n.role?.value === 'StaticText')
    .map((n) => n.name?.value ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
  return { hosts, nodes, ancestorRoles, text };
}

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

/** Markers: buttons in the UI that are not part of a popover, banner or confirmation dialog. */
export function markerNodes(ui: UiAccessibility, markerName: RegExp): AxNode[] {
  return ui.nodes.filter(
    (n) =>
      n.role?.value === 'button' && markerName.test(n.name?.value ?? '') && !ui.ancestorRoles(n).some((r) => DIALOG_ROLES.has(r)),
  );
}

export function dialogNodes(ui: UiAccessibility): AxNode[] {
  return ui.nodes.filter((n) => DIALOG_ROLES.has(n.role?.value ?? ''));
}

/** Visible text (StaticText names) under one accessibility node. */
export async function axTextUnder(cdp: CDPSession, ui: UiAccessibility, root: AxNode): Promise<string> {
  const { nodes: all } = (await cdp.send('Accessibility.getFullAXTree', {})) as { nodes: AxNode[] };
  const byId = new Map(all.map((n) => [n.nodeId, n]));
  const out: string[] = [];
  const walk = (id: string) => {
    const n = byId.get(id);
    if (!n) return;
    if (!n.ignored && n.role?.value === 'StaticText') out.push(n.name?.value ?? '');
    for (const c of n.childIds ?? []) walk(c);
  };
  walk(root.nodeId);
  void ui;
  return out.join(' ').replace(/\s+/g, ' ');
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  cx: number;
  cy: number;
}

/** The border box of a DOM node (also inside closed shadow roots), in CSS pixels of the viewport. */
export async function boxOf(cdp: CDPSession, backendNodeId: number): Promise<Box> {
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[] } };
  const xs = [model.border[0]!, model.border[2]!, model.border[4]!, model.border[6]!];
  const ys = [model.border[1]!, model.border[3]!, model.border[5]!, model.border[7]!];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  const width = Math.max(...xs) - x;
  const height = Math.max(...ys) - y;
  return { x, y, width, height, cx: x + width / 2, cy: y + height / 2 };
}

/** Scrolls a node into view, then clicks the centre of its box like a user would. */
export async function clickNode(page: Page, cdp: CDPSession, backendNodeId: number): Promise<void> {
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
  const box = await boxOf(cdp, backendNodeId);
  await page.mouse.click(box.cx, box.cy);
}

export async function computedStyle(cdp: CDPSession, backendNodeId: number, names: string[]): Promise<Record<string, string>> {
  const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [backendNodeId] });
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: nodeIds[0]! })) as {
    computedStyle: Array<{ name: string; value: string }>;
  };
  const out: Record<string, string> = {};
  for (const n of names) out[n] = computedStyle.find((p) => p.name === n)?.value ?? '';
  return out;
}

/** Opens a CDP session on the page with DOM, CSS and Accessibility enabled. */
export async function openInspector(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  await cdp.send('Accessibility.enable');
  return cdp;
}
