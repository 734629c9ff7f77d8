import type { Severity } from '../policies/types.js';

/** How a severity shows on a card: the label and an Adaptive Cards colour/container style. */
export interface SeverityLook {
  label: string;
  color: 'attention' | 'warning' | 'accent';
  style: 'attention' | 'warning' | 'accent';
}

const LOOKS: Record<Severity, SeverityLook> = {
  critical: { label: 'CRITICAL', color: 'attention', style: 'attention' },
  high: { label: 'HIGH', color: 'attention', style: 'attention' },
  medium: { label: 'MEDIUM', color: 'warning', style: 'warning' },
  low: { label: 'LOW', color: 'accent', style: 'accent' },
};

export function severityLook(severity: Severity): SeverityLook {
  return LOOKS[severity];
}
