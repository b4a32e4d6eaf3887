import { evaluateValue } from '../hcl/evaluate';
import { HclValue, isUnknown, materialize } from '../hcl/values';
import { escapeRegExp } from '../../validation/lines';
import { Deployment, Location, ProviderConfig } from './deployment';
import type { ResourceCode } from './moduleCode';
import { attributeLine, blocksOf } from './workspaceCode';

const CLOUDS = new Map([
  ['aws', 'aws'],
  ['google', 'gcp'],
  ['azurerm', 'azure'],
  ['oci', 'oci'],
]);

/** The cloud a resource type belongs to, by its provider prefix. */
export function cloudOf(type: string): string | undefined {
  return CLOUDS.get(type.split('_')[0]);
}

/**
 * A resource (or one of its nested blocks) as one deployment creates it: attribute values
 * evaluated in the deployment, and where each was written.
 */
export class ResourceView {
  constructor(
    readonly deployment: Deployment,
    readonly code: ResourceCode,
    private readonly text: string,
    private readonly body: Record<string, any> = code.body,
  ) {}

  get type(): string {
    return this.code.type;
  }

  get address(): string {
    return `${this.code.type}.${this.code.name}`;
  }

  has(attribute: string): boolean {
    return attribute in this.body;
  }

  /** The evaluated attribute, or undefined when the code does not set it. */
  value(attribute: string): HclValue | undefined {
    return this.has(attribute)
      ? this.deployment.evaluate(this.body[attribute])
      : undefined;
  }

  /** The nested blocks of a type, such as `server_side_encryption`. */
  blocks(type: string): ResourceView[] {
    return blocksOf(this.body, type).map(
      b => new ResourceView(this.deployment, this.code, this.text, b),
    );
  }

  /** True when an attribute (or the resource's for_each) refers to the resource `type.name`. */
  refersTo(attribute: string, type: string, name: string): boolean {
    const pattern = new RegExp(
      `(?<![\\w.-])${escapeRegExp(type)}\\.${escapeRegExp(name)}(?![\\w-])`,
    );
    return [this.body[attribute], this.body.for_each].some(
      raw => typeof raw === 'string' && pattern.test(raw),
    );
  }

  /** The source text of an attribute, as written. */
  source(attribute: string): string {
    return JSON.stringify(this.body[attribute] ?? null);
  }

  /**
   * Where an attribute's value comes from: the input that sets the variable it is, when the
   * deployment gives one (a Terragrunt input, a tfvars line), else the line in the module.
   */
  location(attribute?: string): Location {
    const raw = attribute === undefined ? undefined : this.body[attribute];
    const variable =
      typeof raw === 'string' ? /^\$\{var\.([\w-]+)\}$/.exec(raw) : null;
    const input = variable
      ? this.deployment.inputSource(variable[1])
      : undefined;
    if (input) return input;
    const line =
      (attribute === undefined
        ? undefined
        : attributeLine(this.text, attribute, this.code.line)) ??
      this.code.line;
    return { file: this.code.file, line };
  }

  /** The provider configuration the resource is created with, when the deployment has one. */
  provider(): ProviderConfig | undefined {
    const name = this.code.type.split('_')[0];
    const chosen = this.code.body.provider;
    const alias =
      typeof chosen === 'string'
        ? /^\$\{[\w-]+\.([\w-]+)\}$/.exec(chosen)?.[1]
        : undefined;
    return this.deployment.providers.find(
      p => p.name === name && p.alias === alias,
    );
  }
}

/** The value of a provider attribute (such as default tags), or undefined when not set. */
export function providerValue(
  provider: ProviderConfig,
  read: (body: Record<string, any>) => unknown,
): HclValue | undefined {
  if (isUnknown(provider.body)) return provider.body;
  const raw = read(provider.body);
  return raw === undefined
    ? undefined
    : materialize(evaluateValue(raw, provider.scope()));
}
