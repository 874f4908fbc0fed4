/** Where the action gets its incidents: the incidents file, or the repository's labelled issues. */
import { resolve } from 'node:path';
import { fetchIncidentIssues } from '../incidents/github.js';
import { readIncidentsFile } from '../incidents/file.js';
export async function loadIncidents(config, ctx, octokit) {
    if (config.incidentsFile) {
        // A bad incidents file is the user's to fix: let its InputError fail the step.
        return { incidents: await readIncidentsFile(resolve(ctx.workspace, config.incidentsFile)), source: 'file', problem: null };
    }
    if (!octokit)
        return { incidents: [], source: null, problem: 'no `github-token`, so incident issues could not be read' };
    try {
        const incidents = await fetchIncidentIssues(octokit, {
            owner: ctx.owner,
            repo: ctx.repo,
            label: config.incidentLabel,
            componentPrefix: config.componentLabelPrefix,
            failureModePrefix: config.failureModeLabelPrefix
        });
        return { incidents, source: 'github', problem: null };
    }
    catch (error) {
        return { incidents: [], source: null, problem: `incident issues could not be read: ${error.message}` };
    }
}
