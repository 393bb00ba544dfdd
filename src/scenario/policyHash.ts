/**
 * The content of a policy and its hash: what identifies a policy in manifests and in a
 * sweep's run ids. Apart from the schema, so that the engine (which the explorer bundles
 * for the browser) never imports node:crypto.
 */
import { createHash } from 'node:crypto';
import type { PolicyInput } from './policySchema.js';

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The content of a policy that identifies it: name, description, contrast, its components (when it has any) and override (their merge). */
export function policyContent(policy: { name: string; description: string; contrast: string; override: unknown; components?: readonly string[] }): PolicyInput {
  return { name: policy.name, description: policy.description, contrast: policy.contrast, ...(policy.components ? { components: [...policy.components] } : {}), override: policy.override as PolicyInput['override'] };
}

/** SHA-256 of the canonical JSON of a policy's content (keys sorted). */
export function policyHash(policy: { name: string; description: string; contrast: string; override: unknown; components?: readonly string[] }): string {
  return createHash('sha256').update(canonical(policyContent(policy))).digest('hex');
}
