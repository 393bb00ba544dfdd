/**
 * One side's controls, generated from the scenario schema: the policy, each process on
 * or off, and every parameter with its range, default and description, one group per
 * process as in the ODD's parameter tables (`params.dialogue`, …). The values shown
 * are those the side runs: the scenario with the policy applied and the levers moved.
 */
import { PROCESS_NAMES } from '../../domain/vocabulary.js';
import type { Scenario } from '../../scenario/schema.js';
import { parameterGroups, type JsonField } from '../parameterFields.js';
import type { LeverValue, Levers, PolicyData, RunSettings } from '../settings.js';
import type { SideName } from './side.js';

export interface ControlContext {
  side: SideName;
  settings: RunSettings;
  policies: readonly PolicyData[];
  /** what the side runs (levers applied) and what its policy alone gives */
  effective: Scenario;
  policyOnly: Scenario;
  onChange: (settings: RunSettings) => void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function sliderStep(field: JsonField): number {
  if (field.type === 'integer') return 1;
  const span = (field.maximum ?? 1) - (field.minimum ?? 0);
  return span <= 1 ? 0.001 : span <= 20 ? 0.01 : 0.1;
}

/** Settings with one lever set; a lever back at the policy's value is dropped. */
export function withLever(settings: RunSettings, policyValue: unknown, set: (levers: Levers) => void, clear: (levers: Levers) => void, value: unknown): RunSettings {
  const levers: Levers = JSON.parse(JSON.stringify(settings.levers));
  if (value === policyValue) clear(levers);
  else set(levers);
  if (levers.params) for (const g of Object.keys(levers.params)) if (Object.keys(levers.params[g]).length === 0) delete levers.params[g];
  if (levers.params && Object.keys(levers.params).length === 0) delete levers.params;
  if (levers.processes && Object.keys(levers.processes).length === 0) delete levers.processes;
  return { ...settings, levers };
}

/** A group's values with nested objects flattened to dotted keys (`anticipation.none`). */
function flatten(values: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

function setDotted(target: Record<string, LeverValue>, key: string, value: LeverValue): void {
  const parts = key.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, LeverValue>;
  node[parts[parts.length - 1]] = value;
}

/** Deletes a dotted key and the objects it leaves empty. */
function deleteDotted(target: Record<string, LeverValue> | undefined, key: string): void {
  if (!target) return;
  const [head, ...rest] = key.split('.');
  if (rest.length === 0) {
    delete target[head];
    return;
  }
  const child = target[head] as Record<string, LeverValue> | undefined;
  deleteDotted(child, rest.join('.'));
  if (child && Object.keys(child).length === 0) delete target[head];
}

export function renderControls(container: HTMLElement, ctx: ControlContext): void {
  const { side, settings } = ctx;
  container.replaceChildren();
  const policyRow = element('label', { class: 'row' }, 'Policy ');
  const select = element('select', { id: `${side}-policy`, 'data-testid': `${side}-policy` });
  for (const p of ctx.policies) {
    const option = element('option', { value: p.name, title: p.description ?? '' }, p.name);
    if (p.name === settings.policy) option.selected = true;
    select.append(option);
  }
  select.addEventListener('change', () => ctx.onChange({ ...settings, policy: select.value, levers: {} }));
  policyRow.append(select);
  const moved = element('button', { id: `${side}-clear-levers`, type: 'button', title: 'back to the values of the policy' }, 'policy values');
  moved.disabled = Object.keys(settings.levers).length === 0;
  moved.addEventListener('click', () => ctx.onChange({ ...settings, levers: {} }));
  policyRow.append(' ', moved);
  container.append(policyRow);

  const processes = element('details', { class: 'group' });
  processes.append(element('summary', {}, 'processes'));
  for (const name of PROCESS_NAMES) {
    const label = element('label', { class: 'row check' });
    const box = element('input', { type: 'checkbox', id: `${side}-process-${name}` });
    box.checked = ctx.effective.processes[name];
    box.addEventListener('change', () =>
      ctx.onChange(
        withLever(settings, ctx.policyOnly.processes[name], (l) => ((l.processes ??= {})[name] = box.checked), (l) => delete l.processes?.[name], box.checked),
      ),
    );
    label.append(box, ` ${name}`);
    processes.append(label);
  }
  container.append(processes);

  for (const [group, fields] of parameterGroups()) {
    const details = element('details', { class: 'group' });
    details.append(element('summary', {}, `params.${group}`));
    const values = flatten(ctx.effective.params[group as keyof Scenario['params']] as Record<string, unknown>);
    const policyValues = flatten(ctx.policyOnly.params[group as keyof Scenario['params']] as Record<string, unknown>);
    for (const [key, field] of fields) {
      const id = `${side}-param-${group}-${key.replaceAll('.', '-')}`;
      const title = `${field.description ?? ''}${field.unit ? ` (${field.unit})` : ''}; default ${JSON.stringify(field.default)}${field.source ? `; source: ${field.source}` : ''}`;
      const row = element('label', { class: 'row param', title });
      const name = element('span', { class: 'name' }, key);
      const change = (value: unknown) =>
        ctx.onChange(
          withLever(settings, policyValues[key], (l) => setDotted((l.params ??= {})[group] ??= {}, key, value as LeverValue), (l) => deleteDotted(l.params?.[group], key), value),
        );
      if (field.type === 'boolean') {
        const box = element('input', { type: 'checkbox', id });
        box.checked = values[key] === true;
        box.addEventListener('change', () => change(box.checked));
        row.append(box, ' ', name);
      } else if (field.enum) {
        const choice = element('select', { id });
        for (const v of field.enum.map(String)) {
          const option = element('option', { value: v }, v);
          if (v === values[key]) option.selected = true;
          choice.append(option);
        }
        choice.addEventListener('change', () => change(choice.value));
        row.append(name, ' ', choice);
      } else {
        const min = field.minimum ?? 0;
        const max = field.maximum ?? min + 1;
        const range = element('input', { type: 'range', id, min: String(min), max: String(max), step: String(sliderStep(field)), value: String(values[key]) });
        const number = element('input', { type: 'number', id: `${id}-value`, min: String(min), max: String(max), step: 'any', value: String(values[key]) });
        range.addEventListener('input', () => (number.value = range.value));
        range.addEventListener('change', () => change(Number(range.value)));
        number.addEventListener('change', () => {
          const v = Number(number.value);
          if (number.value !== '' && Number.isFinite(v) && v >= min && v <= max && (field.type !== 'integer' || Number.isInteger(v))) change(v);
          else number.value = String(values[key]);
        });
        if (values[key] !== policyValues[key]) row.classList.add('moved');
        row.append(name, range, number);
      }
      details.append(row);
    }
    container.append(details);
  }
}
