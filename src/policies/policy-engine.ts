import { childLogger, type Logger } from '../log/logger.js';
import { BUILTIN_DETECTORS } from './builtin-detectors.js';
import { keyword } from './detectors/keyword.js';
import { regex } from './detectors/regex.js';
import { isExempt } from './is-exempt.js';
import { policyError } from './policy-error.js';
import { severityRank, type Detector, type Enriched, type Finding, type Policy, type PolicyRule, type RuleInfo, type Severity } from './types.js';

export interface PolicyEngineOptions {
  logger: Logger;
  /**
   * More detectors, by name. One named like a rule of the policy replaces that rule's detector;
   * any other runs as an extra rule with its own defaults (tests use this to plant a failing one).
   */
  extraDetectors?: readonly Detector[];
}

export interface PolicyEngine {
  /** The findings of every enabled, applicable, non-exempt rule; masked evidence only. */
  evaluate(event: Enriched): Finding[];
  rules(): RuleInfo[];
}

interface Bound {
  rule: PolicyRule;
  detector: Detector;
}

function defaultRule(detector: Detector): PolicyRule {
  return {
    name: detector.name,
    type: 'built-in',
    title: detector.title,
    description: detector.description ?? '',
    enabled: true,
    severity: detector.defaultSeverity,
    exempt: { spaces: [], people: [] },
    options: {},
  };
}

function bind(policy: Policy, extra: readonly Detector[]): Bound[] {
  const extraByName = new Map(extra.map((d) => [d.name, d]));
  const bound = policy.rules.map((rule) => {
    const shipped = rule.type === 'keyword' ? keyword : rule.type === 'regex' ? regex : BUILTIN_DETECTORS.get(rule.name);
    const detector = extraByName.get(rule.name) ?? shipped;
    if (!detector) throw policyError(policy.source, rule.name, 'has no detector');
    return { rule, detector };
  });
  const named = new Set(policy.rules.map((r) => r.name));
  const added = extra.filter((d) => !named.has(d.name)).map((d) => ({ rule: defaultRule(d), detector: d }));
  return [...bound, ...added];
}

/** Stack frames only: the first line of an error may quote the text a detector was reading. */
function framesOf(err: unknown): string | undefined {
  return err instanceof Error ? err.stack?.split('\n').slice(1, 6).join('\n') : undefined;
}

/** The rule's severity, raised in a space classified at the rule's `escalate` rank or above (SPEC §10). */
function severityIn(rule: PolicyRule, event: Enriched): Severity {
  const rank = event.space?.classification?.rank;
  const up = rule.escalate;
  if (!up || rank === undefined || rank < up.classificationRank) return rule.severity;
  return severityRank(up.severity) > severityRank(rule.severity) ? up.severity : rule.severity;
}

/** Binds the policy's rules to their detectors once; `evaluate` runs them on each enriched event. */
export function createPolicyEngine(policy: Policy, options: PolicyEngineOptions): PolicyEngine {
  const log = childLogger(options.logger, 'policies');
  const all = bind(policy, options.extraDetectors ?? []);
  const active = all.filter((b) => b.rule.enabled);

  function run({ rule, detector }: Bound, event: Enriched): Finding | undefined {
    try {
      const found = detector.detect(event, rule.options);
      if (!found || found.evidence.length === 0) return undefined;
      return { rule: rule.name, title: rule.title, severity: severityIn(rule, event), ...found };
    } catch (err) {
      const error = err instanceof Error ? err.name : typeof err;
      log.error('detector failed; the other rules still ran', { rule: rule.name, eventId: event.eventId, error, frames: framesOf(err) });
      return undefined;
    }
  }

  return {
    evaluate(event) {
      if (isExempt(event, policy.exempt)) return [];
      const findings: Finding[] = [];
      for (const bound of active) {
        if (!bound.detector.kinds.includes(event.subject.kind) || isExempt(event, bound.rule.exempt)) continue;
        const finding = run(bound, event);
        if (finding) findings.push(finding);
      }
      return findings;
    },
    rules() {
      return all.map(({ rule }) => ({
        name: rule.name,
        title: rule.title,
        severity: rule.severity,
        enabled: rule.enabled,
        type: rule.type,
        description: rule.description,
      }));
    },
  };
}
