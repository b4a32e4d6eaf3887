import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'yaml';
import { ENVIRONMENTS, Environment } from '../stack';
import type { PolicyConfig } from './types';

// The configuration is the platform team's code: a mistake in it stops the check with the file
// and the key, rather than letting every stack through.
class PolicyConfigError extends Error {
  constructor(file: string, message: string) {
    super(`Policy configuration ${file}: ${message}`);
    this.name = 'PolicyConfigError';
  }
}

async function readYaml(dir: string, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, file), 'utf8');
  } catch (error) {
    throw new PolicyConfigError(
      path.join(dir, file),
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  try {
    return yaml.parse(text);
  } catch (error) {
    throw new PolicyConfigError(
      file,
      `is not valid YAML: ${(error as Error).message}`,
    );
  }
}

function stringList(value: unknown, file: string, key: string): string[] {
  if (
    !Array.isArray(value) ||
    !value.every(v => typeof v === 'string' && v.trim())
  ) {
    throw new PolicyConfigError(file, `${key} must be a list of names`);
  }
  return value;
}

function environmentList(
  value: unknown,
  file: string,
  key: string,
): Environment[] {
  const names = stringList(value, file, key);
  const unknown = names.filter(
    n => !(ENVIRONMENTS as readonly string[]).includes(n),
  );
  if (unknown.length) {
    throw new PolicyConfigError(
      file,
      `${key}: unknown environment ${unknown.join(', ')}`,
    );
  }
  return names as Environment[];
}

function record(
  value: unknown,
  file: string,
  key: string,
): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new PolicyConfigError(file, `${key} must be a mapping`);
  }
  return value as Record<string, unknown>;
}

/** Reads and checks the rules' configuration from the policies folder. */
export async function loadPolicyConfig(dir: string): Promise<PolicyConfig> {
  const tags = record(
    await readYaml(dir, 'required-tags.yaml'),
    'required-tags.yaml',
    'the file',
  );
  const types = record(
    await readYaml(dir, 'instance-types.yaml'),
    'instance-types.yaml',
    'the file',
  );
  const resilience = record(
    await readYaml(dir, 'prod-resilience.yaml'),
    'prod-resilience.yaml',
    'the file',
  );

  const instanceTypes: PolicyConfig['instanceTypes'] = {};
  for (const [cloud, perEnvironment] of Object.entries(types)) {
    const lists = record(perEnvironment, 'instance-types.yaml', cloud);
    instanceTypes[cloud] = {};
    for (const [environment, patterns] of Object.entries(lists)) {
      const [name] = environmentList(
        [environment],
        'instance-types.yaml',
        cloud,
      );
      instanceTypes[cloud][name] = stringList(
        patterns,
        'instance-types.yaml',
        `${cloud}.${environment}`,
      );
    }
  }
  return {
    requiredTags: {
      keys: stringList(tags.keys, 'required-tags.yaml', 'keys'),
      resourceTypes: stringList(
        tags.resourceTypes ?? [],
        'required-tags.yaml',
        'resourceTypes',
      ),
    },
    instanceTypes,
    prodResilience: {
      environments: environmentList(
        resilience.environments,
        'prod-resilience.yaml',
        'environments',
      ),
    },
  };
}
