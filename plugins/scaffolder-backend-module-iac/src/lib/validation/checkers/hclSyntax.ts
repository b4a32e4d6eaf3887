import { Checker } from '../types';

/** Every OpenTofu and Terragrunt file parses as HCL. */
export const hclSyntaxChecker: Checker = {
  id: 'hcl',
  title: 'HCL syntax',
  select: ctx => ctx.files.filter(f => /\.(tf|tfvars|hcl)$/.test(f)),
  async check(files, ctx) {
    const results = await Promise.all(files.map(f => ctx.parseHcl(f)));
    return results.flatMap(r => r.errors);
  },
};
