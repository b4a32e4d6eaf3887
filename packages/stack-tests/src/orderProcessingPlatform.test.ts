// The order-processing stack runs its services on the compute platform chosen in the form: ECS on
// Fargate or EKS, never both. Each choice renders only its own modules, units and resources, and the
// cost estimate prices only what that platform runs.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import { REPO_ROOT, readTree, renderExample } from './renderExample';

jest.setTimeout(120_000);

const SERVICES = ['order', 'inventory', 'payment', 'notification', 'shipping', 'user', 'product'];

interface Rendered {
  tree: Map<string, string>;
  /** Every OpenTofu and Terragrunt file, joined. */
  code: string;
  modules: string[];
  manifest: Array<Record<string, any>>;
  costItems: (environment: string) => string[];
}

async function render(name: string): Promise<Rendered> {
  const input = yaml.parse(fs.readFileSync(path.join(REPO_ROOT, 'examples/order-processing', `${name}.yaml`), 'utf8'));
  const rendered = await renderExample(input);
  try {
    const tree = readTree(rendered.workspace);
    const { cost, manifest } = rendered.outputs;
    return {
      tree,
      code: [...tree].filter(([file]) => /\.(tf|hcl)$/.test(file)).map(([, text]) => text).join('\n'),
      modules: [...new Set([...tree.keys()].filter(f => f.startsWith('modules/')).map(f => f.split('/')[1]))],
      manifest,
      costItems: environment =>
        cost.environments.find((e: any) => e.name === environment).lines.map((l: any) => l.item),
    };
  } finally {
    rendered.cleanup();
  }
}

describe('order-processing compute platform', () => {
  let ecs: Rendered;
  let eks: Rendered;

  beforeAll(async () => {
    ecs = await render('dev-only');
    eks = await render('eks-dev-prod');
  });

  it('on ECS Fargate renders no EKS or Kubernetes resource', () => {
    expect(ecs.modules).toEqual(expect.arrayContaining(['ecs-cluster', 'ecs-service']));
    expect(ecs.modules.filter(m => m.startsWith('eks'))).toEqual([]);
    expect(ecs.tree.has('live/dev/ecs-cluster/terragrunt.hcl')).toBe(true);
    expect([...ecs.tree.keys()].filter(f => /(^|\/)(eks|kubernetes)[^/]*($|\/)/.test(f))).toEqual([]);
    expect(ecs.code).not.toMatch(/resource "(aws_eks_|kubernetes_|helm_)/);
    expect(ecs.manifest.filter(r => /^(aws_eks_|kubernetes_)/.test(r.tfType ?? ''))).toEqual([]);
    expect(ecs.costItems('dev')).toContain('fargate-vcpu');
    expect(ecs.costItems('dev')).not.toContain('eks-control-plane');
  });

  it('on EKS renders no ECS resource', () => {
    expect(eks.modules).toEqual(expect.arrayContaining(['eks', 'eks-addons', 'eks-ingress', 'eks-service']));
    expect(eks.modules.filter(m => m.startsWith('ecs'))).toEqual([]);
    for (const unit of ['eks', 'eks-addons', 'eks-ingress']) {
      expect(eks.tree.has(`live/dev/${unit}/terragrunt.hcl`)).toBe(true);
    }
    expect([...eks.tree.keys()].filter(f => f.includes('ecs-'))).toEqual([]);
    expect(eks.code).not.toMatch(/resource "aws_(ecs|service_discovery)_|discovery_service_arn = dependency/);
    expect(eks.manifest.filter(r => /^aws_ecs_/.test(r.tfType ?? ''))).toEqual([]);
    for (const environment of ['dev', 'prod']) {
      expect(eks.costItems(environment)).toEqual(expect.arrayContaining(['eks-control-plane', 'ec2-instance', 'alb']));
      expect(eks.costItems(environment)).not.toContain('fargate-vcpu');
    }
  });

  it('on EKS gives every service its own deployment and least-privilege role', () => {
    const services = eks.manifest.filter(r => r.environment === 'dev' && r.type === 'container-service');
    expect(services.map(r => [r.name, r.tfType, r.module])).toEqual(
      SERVICES.map(s => [`orders-eks-dev-svc-${s}`, 'kubernetes_deployment_v1', 'eks-service']),
    );
    for (const service of SERVICES) {
      const unit = eks.tree.get(`live/_envcommon/services/${service}.hcl`)!;
      expect(unit).toContain('//modules/eks-service"');
      expect(unit).toContain(`name              = "${service}"`);
      expect(unit).toMatch(/policy_statements = \[\n( {4}\{ sid = "\w+", actions = \[[^\]*]+\], resources = \[.+\] \},\n)+ {2}\]/);
      expect(eks.tree.get(`live/dev/services/${service}/terragrunt.hcl`)).toContain('_envcommon/kubernetes-provider.hcl');
    }
  });

  it('on EKS routes every public path of the API through the internal load balancer', () => {
    const api = eks.tree.get('live/_envcommon/api-gateway.hcl')!;
    const prefixes = ['/orders', '/inventory', '/products', '/users', '/shipments', '/payments'];
    for (const prefix of prefixes) {
      expect(api).toContain(`path_prefix = "${prefix}", listener_arn = dependency.ingress.outputs.listener_arn`);
    }
    const rules = SERVICES.map(s => /path_prefix {13}= "(\/[a-z]+)"/.exec(eks.tree.get(`live/_envcommon/services/${s}.hcl`)!)?.[1]);
    expect(rules.filter(Boolean).sort()).toEqual([...prefixes].sort());
  });
});
