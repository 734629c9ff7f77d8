import type { FaultSpec } from '../types.js';

interface Armed {
  spec: FaultSpec;
  left: number;
}

/** Faults armed by tests; each matching call uses one up, in the order they were armed. */
export class FaultBook {
  private armed: Armed[] = [];

  add(spec: FaultSpec): void {
    this.armed.push({ spec, left: spec.times ?? 1 });
  }

  clear(): void {
    this.armed = [];
  }

  take(method: string, path: string): FaultSpec | undefined {
    const hit = this.armed.find((a) => a.left > 0 && matches(a.spec, method, path));
    if (!hit) return undefined;
    hit.left -= 1;
    this.armed = this.armed.filter((a) => a.left > 0);
    return hit.spec;
  }
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method) return false;
  return typeof spec.path === 'string' ? spec.path === path : spec.path.test(path);
}
