// Every string field of every template's form against the hostile corpus: each value is either
// refused by the form's schema, naming the field, or rendered through iac:render and shown inert
// by parsing every file with its own parser; nothing is written outside the workspace and no
// shell payload runs.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import { REPO_ROOT, readTree, renderExample } from '../renderExample';
import { CATEGORIES, HOSTILE_CASES, HostileCase, PWNED_MARKER } from './corpus';
import { Substitution, checkFile } from './__testUtils__/inertness';
import { renderInput } from './__testUtils__/renderInput';
import { RenderPlan, renderPlans } from './__testUtils__/renderPlans';
import {
  Branch,
  StringField,
  TemplateForm,
  namesField,
  renderedValue,
  withValue,
} from './__testUtils__/templateForm';

jest.setTimeout(900_000);

const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');
const templates = fs
  .readdirSync(TEMPLATES_DIR)
  .filter(name =>
    fs.existsSync(path.join(TEMPLATES_DIR, name, 'template.yaml')),
  )
  .sort();

/** What a person types where the form has no default. */
const ANSWERS: Record<string, Record<string, unknown>> = {
  'billpay-infrastructure': { name: 'payments-core' },
  'billpay-service': { name: 'billpay-backend' },
  'billpay-frontend': { name: 'billpay-frontend-a' },
  'inventory-sales': {
    name: 'shop',
    stateBucket: 'acme-tofu-state',
    appRepoUrl: 'https://github.com/acme/shop-app',
  },
  'order-processing': { name: 'orders', stateBucket: 'acme-tofu-state' },
  'servistech-erp': { name: 'servistech-erp', stateBucket: 'acme-tofu-state' },
};

/** What the dependency branches of the forms ask for once chosen. */
const BRANCH_ANSWERS: Record<string, Record<string, unknown>> = {
  'cloud=gcp': { gcpProjectId: 'billpay-demo-1' },
  'cloud=oci': { ociCompartmentId: 'ocid1.compartment.oc1..aaaaexample' },
  'enableElk=true': { logstashHost: 'logs.internal.example.com:5044' },
  'policyOverride=true': {
    policyOverrideReason: 'Exception agreed in change ticket CHG-1',
  },
};

/** What a template writes instead of a value in some places, per field. */
const DERIVED: Record<string, Record<string, (value: string) => string>> = {
  // The owner tag of every cloud resource is the team part of the owner reference, lowercased.
  'billpay-infrastructure': {
    '/owner': value => value.split('/').pop()!.split(':').pop()!.toLowerCase(),
  },
};

const branchKey = (branch?: Branch) =>
  branch ? `${branch.field}=${String(branch.value)}` : '';

/** A harmless marker per field, for the render the hostile one is compared with. */
const canaryOf = (form: TemplateForm, field: StringField) =>
  `zqcanary${form.fields.indexOf(field)}z`;

// The renderer refuses what no file format can hold, naming the filter and why.
const REFUSED_BY_RENDER = /not valid Unicode|cannot write a NUL character/;

beforeAll(() => fs.rmSync(PWNED_MARKER, { force: true }));

describe.each(templates)('template %s', name => {
  const template = yaml.parse(
    fs.readFileSync(path.join(TEMPLATES_DIR, name, 'template.yaml'), 'utf8'),
  );
  const form = new TemplateForm(template.spec.parameters);
  const submitted = (branch?: Branch) =>
    form.values(
      {
        owner: 'group:default/platform-team',
        repoUrl: `github.com?owner=acme&repo=${name}-infra`,
        ...ANSWERS[name],
        ...BRANCH_ANSWERS[branchKey(branch)],
      },
      branch,
    );
  const accepted = new Map<StringField, HostileCase[]>(
    form.fields.map(f => [f, []]),
  );

  it('accepts the values a person submits, in every branch of the form', () => {
    const branches = [
      undefined,
      ...form.fields.map(f => f.branch).filter(b => b !== undefined),
    ];
    for (const branch of branches) {
      expect([branchKey(branch), form.errors(submitted(branch))]).toEqual([
        branchKey(branch),
        [],
      ]);
    }
  });

  it('refuses each hostile value it does not accept, naming the field', () => {
    expect(form.fields.length).toBeGreaterThan(0);
    const unnamed: string[] = [];
    for (const field of form.fields) {
      const values = submitted(field.branch);
      for (const c of HOSTILE_CASES) {
        const errors = form.errors(withValue(values, field, c.value));
        if (!errors.length) accepted.get(field)!.push(c);
        else if (!errors.some(e => namesField(e, field))) {
          unnamed.push(
            `${field.pointer} ${c.id}: ${errors
              .map(e => `${e.instancePath} ${e.message}`)
              .join('; ')}`,
          );
        }
      }
    }
    expect(unnamed).toEqual([]);
  });

  it('renders each accepted hostile value inert', async () => {
    const canaryTrees = new Map<string, Map<string, string>>();
    const render = async (values: Record<string, unknown>) => {
      const rendered = await renderExample(renderInput(template, values));
      try {
        const tree = readTree(rendered.workspace);
        // Only what the renderer reports was written is in the workspace.
        expect([...tree.keys()].sort()).toEqual(
          [...rendered.outputs.files].sort(),
        );
        return tree;
      } finally {
        rendered.cleanup();
      }
    };
    const setAll = (
      plan: RenderPlan,
      value: (field: StringField, c: HostileCase) => string,
    ) =>
      plan.assignment.reduce(
        (values, [field, c]) => withValue(values, field, value(field, c)),
        submitted(plan.branch),
      );

    const problems: string[] = [];
    const rendered = new Set<HostileCase>();
    const covered = new Set<string>();
    for (const plan of renderPlans(accepted)) {
      const label = plan.assignment
        .map(([f, c]) => `${f.pointer}=${c.id}`)
        .join(', ');
      const hostileValues = setAll(plan, (_f, c) => c.value);
      const combined = form.errors(hostileValues);
      if (combined.length) {
        problems.push(
          `${label}: refused together: ${combined[0].instancePath} ${combined[0].message}`,
        );
        continue;
      }
      const key = `${branchKey(plan.branch)} ${plan.assignment
        .map(([f]) => f.pointer)
        .join()}`;
      if (!canaryTrees.has(key)) {
        canaryTrees.set(
          key,
          await render(setAll(plan, f => canaryOf(form, f))),
        );
      }
      plan.assignment.forEach(([f, c]) => {
        rendered.add(c);
        covered.add(`${f.pointer} ${c.category}`);
      });

      let hostile: Map<string, string>;
      try {
        hostile = await render(hostileValues);
      } catch (error) {
        const message = (error as Error).message;
        if (!(plan.mayBeRefused && REFUSED_BY_RENDER.test(message))) {
          problems.push(
            `${label}: the render failed: ${message.split('\n')[0]}`,
          );
        }
        continue;
      }
      const canary = canaryTrees.get(key)!;
      if (
        [...hostile.keys()].sort().join() !== [...canary.keys()].sort().join()
      ) {
        problems.push(`${label}: the value changed which files are written`);
        continue;
      }
      const substitutions: Substitution[] = plan.assignment.map(([f, c]) => [
        canaryOf(form, f),
        renderedValue(f, c.value),
        DERIVED[name]?.[f.pointer]?.(c.value),
      ]);
      for (const [file, text] of canary) {
        const found = await checkFile(
          file,
          text,
          hostile.get(file)!,
          substitutions,
        );
        problems.push(...found.map(p => `${label}: ${p}`));
      }
    }
    expect(problems).toEqual([]);

    // Every accepted case was rendered, and every field had every category it accepts.
    const acceptedCases = new Set([...accepted.values()].flat());
    expect(
      [...acceptedCases].filter(c => !rendered.has(c)).map(c => c.id),
    ).toEqual([]);
    for (const [field, cases] of accepted) {
      for (const category of CATEGORIES.filter(k =>
        cases.some(c => c.category === k),
      )) {
        expect(covered).toContain(`${field.pointer} ${category}`);
      }
    }
  });
});

it('never ran a shell payload', () => {
  expect(fs.existsSync(PWNED_MARKER)).toBe(false);
});
