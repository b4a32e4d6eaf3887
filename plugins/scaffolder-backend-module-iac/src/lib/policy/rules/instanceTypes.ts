import { ENVIRONMENTS } from '../../stack';
import { HclValue, isUnknown } from '../hcl/values';
import { ResourceView, cloudOf } from '../model/resourceView';
import type { PolicyRule, RuleContext } from '../types';
import { Check, Problem, runChecks } from './expectations';

// Where each resource type names its size: an attribute, or `block.attribute`.
const SIZE_ATTRIBUTES: Record<string, string> = {
  aws_instance: 'instance_type',
  aws_launch_template: 'instance_type',
  aws_eks_node_group: 'instance_types',
  aws_db_instance: 'instance_class',
  aws_rds_cluster_instance: 'instance_class',
  aws_msk_cluster: 'broker_node_group_info.instance_type',
  aws_mq_broker: 'host_instance_type',
  aws_elasticache_cluster: 'node_type',
  aws_elasticache_replication_group: 'node_type',
  google_compute_instance: 'machine_type',
  google_container_node_pool: 'node_config.machine_type',
  google_sql_database_instance: 'settings.tier',
  azurerm_kubernetes_cluster: 'default_node_pool.vm_size',
  azurerm_kubernetes_cluster_node_pool: 'vm_size',
  azurerm_linux_virtual_machine: 'size',
  azurerm_windows_virtual_machine: 'size',
  oci_core_instance: 'shape',
  oci_containerengine_node_pool: 'node_shape',
};

function matches(pattern: string, type: string): boolean {
  const regex = pattern
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*');
  return new RegExp(`^${regex}$`).test(type);
}

// The allow-list of the resource's environment; without an environment, every list must allow it.
function allowed(
  resource: ResourceView,
  ctx: RuleContext,
  type: string,
): boolean {
  const lists = ctx.config.instanceTypes[cloudOf(resource.type) ?? ''] ?? {};
  const environment = resource.deployment.environment;
  const environments = environment
    ? [environment]
    : ENVIRONMENTS.filter(e => lists[e]);
  return (
    environments.length > 0 &&
    environments.every(e =>
      (lists[e] ?? []).some(pattern => matches(pattern, type)),
    )
  );
}

function sizes(resource: ResourceView, ctx: RuleContext): Problem[] {
  const [block, attribute] = SIZE_ATTRIBUTES[resource.type].includes('.')
    ? SIZE_ATTRIBUTES[resource.type].split('.')
    : [undefined, SIZE_ATTRIBUTES[resource.type]];
  const holders = block ? resource.blocks(block) : [resource];
  return holders.flatMap(holder => {
    const value = holder.value(attribute);
    if (value === undefined) return [];
    if (isUnknown(value)) {
      return [
        {
          attribute,
          message: `${attribute} cannot be determined from the code`,
        },
      ];
    }
    const types: HclValue[] = Array.isArray(value) ? value : [value];
    const environment = resource.deployment.environment ?? 'every environment';
    return types.map(type =>
      typeof type === 'string' && allowed(resource, ctx, type)
        ? undefined
        : {
            attribute,
            message: `${attribute} ${JSON.stringify(
              type,
            )} is not allowed in ${environment} (policies/instance-types.yaml)`,
          },
    );
  });
}

/** Instance, node, database and broker sizes from the allow-list of each environment and cloud. */
export const instanceTypesRule: PolicyRule = {
  id: 'instance-types',
  title: 'Instance types from the allow-list',
  evaluate: ctx =>
    runChecks(
      ctx,
      Object.fromEntries(
        Object.keys(SIZE_ATTRIBUTES).map(t => [t, sizes as Check]),
      ),
    ),
};
