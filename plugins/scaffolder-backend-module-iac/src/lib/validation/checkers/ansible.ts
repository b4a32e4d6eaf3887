import path from 'node:path';
import { CheckerContext } from '../types';

/** Playbooks: `ansible/playbooks/*.yml` anywhere in the repository. */
export function playbooks(ctx: CheckerContext): string[] {
  return ctx.files.filter(f =>
    /(^|\/)ansible\/playbooks\/[^/]+\.ya?ml$/.test(f),
  );
}

const INVENTORY_NAMES = [
  'inventory',
  'inventory.ini',
  'inventory.yml',
  'inventory.yaml',
  'hosts',
  'hosts.ini',
  'hosts.yml',
  'hosts.yaml',
];

/**
 * The Ansible project folder of a playbook (the folder holding `playbooks/`, where `ansible.cfg`
 * and `roles/` usually are; commands run there so `ansible.cfg` applies) and the inventory found
 * next to the playbooks or in that folder, both relative to the project folder.
 */
export function ansibleProject(playbook: string, ctx: CheckerContext) {
  const playbooksDir = path.posix.dirname(playbook);
  const project = path.posix.dirname(playbooksDir);
  const inventory = [playbooksDir, project]
    .flatMap(dir => INVENTORY_NAMES.map(name => path.posix.join(dir, name)))
    .find(
      candidate =>
        ctx.files.includes(candidate) ||
        ctx.files.some(f => f.startsWith(`${candidate}/`)),
    );
  return {
    project,
    playbook: path.posix.relative(project, playbook),
    inventory: inventory && path.posix.relative(project, inventory),
  };
}
