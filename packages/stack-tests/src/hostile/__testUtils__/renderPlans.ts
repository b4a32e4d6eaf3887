// Which hostile values to render together. Every free-text field takes one accepted case per
// render, so a render checks several cases at once; the renders go on until every accepted case
// has been rendered once and every field has had a case of every category it accepts. Fields of
// a dependency branch are rendered in their branch, after the fields every branch shares.
import { HostileCase, isWellFormed } from '../corpus';
import type { Branch, StringField } from './templateForm';

export interface RenderPlan {
  branch?: Branch;
  /** The case each field is set to. */
  assignment: Array<[StringField, HostileCase]>;
  /** True when the renderer may refuse the case as a whole (it cannot be written at all). */
  mayBeRefused: boolean;
}

// Values no file format can hold (lone surrogates, NUL in a shell word): the renderer refuses
// them, so they are rendered alone, not to hide the other cases of a render.
const unwritable = (c: HostileCase) =>
  !isWellFormed(c.value) || c.value.includes('\u0000');

const branchKey = (field: StringField) =>
  field.branch ? `${field.branch.field}=${String(field.branch.value)}` : '';

function plansForGroup(
  fields: StringField[],
  accepted: Map<StringField, HostileCase[]>,
  cases: Set<HostileCase>,
): RenderPlan[] {
  const branch = fields[0].branch;
  const plans: RenderPlan[] = [];
  for (const c of [...cases].filter(unwritable)) {
    if (!fields.some(f => accepted.get(f)!.includes(c))) continue;
    cases.delete(c);
    const assignment = fields
      .filter(f => accepted.get(f)!.includes(c))
      .map(f => [f, c] as [StringField, HostileCase]);
    plans.push({ branch, assignment, mayBeRefused: true });
  }

  const options = new Map(
    fields.map(f => [f, accepted.get(f)!.filter(c => !unwritable(c))]),
  );
  const open = (c: HostileCase) =>
    cases.has(c) && fields.some(f => options.get(f)!.includes(c));
  const pairs = new Set(
    fields.flatMap(f => options.get(f)!.map(c => `${f.pointer} ${c.category}`)),
  );
  while ([...cases].some(open) || pairs.size) {
    const assignment: Array<[StringField, HostileCase]> = [];
    for (const field of fields) {
      const choices = options.get(field)!;
      if (!choices.length) continue;
      const pairOpen = (c: HostileCase) =>
        pairs.has(`${field.pointer} ${c.category}`);
      const pick =
        choices.find(c => pairOpen(c) && cases.has(c)) ??
        choices.find(pairOpen) ??
        choices.find(c => cases.has(c)) ??
        choices[0];
      cases.delete(pick);
      pairs.delete(`${field.pointer} ${pick.category}`);
      assignment.push([field, pick]);
    }
    plans.push({ branch, assignment, mayBeRefused: false });
  }
  return plans;
}

/** The renders that cover the accepted cases, per dependency branch of the form. */
export function renderPlans(
  accepted: Map<StringField, HostileCase[]>,
): RenderPlan[] {
  const groups = new Map<string, StringField[]>([['', []]]);
  for (const [field, cases] of accepted) {
    if (!cases.length) continue;
    groups.set(branchKey(field), [
      ...(groups.get(branchKey(field)) ?? []),
      field,
    ]);
  }
  // Cases not rendered yet, shared by the groups: a case needs rendering once per template.
  const cases = new Set([...accepted.values()].flat());
  return [...groups.values()]
    .filter(fields => fields.length)
    .flatMap(fields => plansForGroup(fields, accepted, cases));
}
