import type { ResourceView } from '../model/resourceView';
import type { PolicyRule, RuleContext } from '../types';
import {
  Check,
  Problem,
  expectAtLeast,
  expectValue,
  runChecks,
} from './expectations';

const ZONES = 'availability zones';
const SUBNETS = 'subnets (one per zone)';
const UNPROTECTED = 'deletion protection is off by default';

function multiAzBroker(resource: ResourceView): Problem {
  const mode = resource.value('deployment_mode') ?? 'SINGLE_INSTANCE';
  return mode === 'ACTIVE_STANDBY_MULTI_AZ' || mode === 'CLUSTER_MULTI_AZ'
    ? undefined
    : {
        attribute: 'deployment_mode',
        message: `deployment_mode is ${JSON.stringify(
          String(mode),
        )}, must span zones`,
      };
}

// Azure has no deletion protection on the resources themselves: a CanNotDelete lock on their
// resource group stands in for it.
function lockedResourceGroup(
  resource: ResourceView,
  ctx: RuleContext,
): Problem {
  const locked = ctx.resources.some(
    r =>
      r.deployment === resource.deployment &&
      r.type === 'azurerm_management_lock' &&
      r.refersTo('scope', 'azurerm_resource_group', resource.code.name) &&
      r.value('lock_level') === 'CanNotDelete',
  );
  return locked
    ? undefined
    : {
        message:
          'no CanNotDelete azurerm_management_lock protects the resource group',
      };
}

const CHECKS: Record<string, Check> = {
  aws_db_instance: r => [
    expectValue(r, 'multi_az', true, 'a single zone by default'),
    expectValue(r, 'deletion_protection', true, UNPROTECTED),
  ],
  aws_rds_cluster: r => [
    expectValue(r, 'deletion_protection', true, UNPROTECTED),
  ],
  aws_lb: r => [
    expectValue(r, 'enable_deletion_protection', true, UNPROTECTED),
    r.has('subnets') ? expectAtLeast(r, 'subnets', 2, SUBNETS) : undefined,
  ],
  aws_eks_node_group: r => [expectAtLeast(r, 'subnet_ids', 2, SUBNETS)],
  aws_autoscaling_group: r => [
    expectAtLeast(r, 'vpc_zone_identifier', 2, SUBNETS),
  ],
  aws_msk_cluster: r =>
    r
      .blocks('broker_node_group_info')
      .map(b => expectAtLeast(b, 'client_subnets', 2, SUBNETS)),
  aws_mq_broker: r => [multiAzBroker(r)],
  aws_dynamodb_table: r => [
    expectValue(r, 'deletion_protection_enabled', true, UNPROTECTED),
  ],
  aws_elasticache_replication_group: r => [
    expectValue(r, 'multi_az_enabled', true, 'a single zone by default'),
  ],
  google_container_cluster: r => [
    expectValue(r, 'deletion_protection', true, 'ok'),
  ],
  google_container_node_pool: r =>
    r.has('node_locations')
      ? [expectAtLeast(r, 'node_locations', 2, ZONES)]
      : [],
  google_sql_database_instance: r => [
    expectValue(r, 'deletion_protection', true, 'ok'),
    ...r
      .blocks('settings')
      .map(s =>
        expectValue(s, 'availability_type', 'REGIONAL', 'zonal by default'),
      ),
  ],
  azurerm_kubernetes_cluster: r =>
    r.blocks('default_node_pool').map(p => expectAtLeast(p, 'zones', 2, ZONES)),
  azurerm_resource_group: (r, ctx) => [lockedResourceGroup(r, ctx)],
};

/**
 * Production environments survive the loss of a zone and refuse accidental deletion: RDS
 * Multi-AZ with deletion protection, node groups, auto scaling groups, Kafka and load balancers
 * across at least two subnets, multi-zone brokers and caches, protected tables and clusters.
 */
export const prodResilienceRule: PolicyRule = {
  id: 'prod-resilience',
  title: 'Production: multiple zones and deletion protection',
  evaluate(ctx) {
    const prod = ctx.resources.filter(r => {
      const environment = r.deployment.environment;
      return (
        environment !== undefined &&
        ctx.config.prodResilience.environments.includes(environment)
      );
    });
    return runChecks(ctx, CHECKS, prod);
  },
};
