import { WorkflowRun } from '../state/records';
import { createZip } from '../zip';
import { jobLog } from './jobs';

/** The run's logs archive: one text file per job, named like GitHub names them. */
export function runLogsZip(run: WorkflowRun, now = Date.now()): Buffer {
  return createZip(
    run.jobs.map((job, index) => ({
      name: `${index}_${job.name.replace(/[\\/:*?"<>|]/g, '_')}.txt`,
      data: jobLog(run, job, now),
      modified: new Date(run.createdMs),
    })),
  );
}

function planSummary(run: WorkflowRun): string {
  if (run.outcome.planSummary !== undefined) {
    return run.outcome.planSummary;
  }
  const outputs = run.outcome.outputs;
  const modules =
    outputs && typeof outputs === 'object' ? Object.keys(outputs) : [];
  const lines =
    modules.length > 0
      ? modules.map(m => `- ${m}: No changes.`)
      : ['No changes.'];
  return `# Plan summary (local sandbox)\n\n${lines.join('\n')}\n`;
}

/** The `iac-outputs` artifact: `outputs.json` and `plan-summary.md`. */
export function outputsArtifactZip(run: WorkflowRun): Buffer {
  const modified = new Date(run.completedMs);
  return createZip([
    {
      name: 'outputs.json',
      data: `${JSON.stringify(run.outcome.outputs ?? {}, null, 2)}\n`,
      modified,
    },
    { name: 'plan-summary.md', data: planSummary(run), modified },
  ]);
}
