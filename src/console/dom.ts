/** A tiny element builder: `h('button', { type: 'button' }, 'Send')`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Array<Node | string | undefined | false>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== undefined && c !== false) el.append(c);
  return el;
}

export function time(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

/** Replaces a list's children only when the set or order of nodes changed (keeps focus and state). */
export function setChildren(parent: Element, nodes: Node[]): void {
  const same = parent.childNodes.length === nodes.length && nodes.every((n, i) => parent.childNodes[i] === n);
  if (!same) parent.replaceChildren(...nodes);
}
