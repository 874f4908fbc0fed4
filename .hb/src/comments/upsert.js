import { assertMarker, commentBody, DEFAULT_MARKER, sameBody } from './body.js';
/** Roles whose comments we may treat as ours (a token of a person with write access gets one of these). */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
export async function upsertIncidentComment(octokit, opts) {
    const marker = opts.marker ?? DEFAULT_MARKER;
    assertMarker(marker);
    const body = commentBody(opts.body, marker);
    const target = { owner: opts.owner, repo: opts.repo };
    const maxPages = opts.maxListPages ?? 10;
    let calls = 0;
    let removedDuplicates = 0;
    let maxDeletes = opts.maxDeletes ?? 5;
    const listMarked = async (selfId) => {
        const found = [];
        let pages = 0;
        const iterator = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...target, issue_number: opts.issueNumber, per_page: 100 });
        for await (const page of iterator) {
            calls += 1;
            pages += 1;
            for (const c of page.data)
                if (isOurs(c, marker, selfId))
                    found.push(c);
            if (pages >= maxPages)
                break;
        }
        return found.sort((a, b) => a.id - b.id);
    };
    /** Keep the oldest marked comment, delete the rest (a racing job may have deleted some already). */
    const keepOldest = async (marked) => {
        const [keep, ...extras] = marked;
        for (const extra of extras) {
            if (maxDeletes <= 0)
                break;
            maxDeletes -= 1;
            calls += 1;
            try {
                await octokit.rest.issues.deleteComment({ ...target, comment_id: extra.id });
                removedDuplicates += 1;
            }
            catch (error) {
                if (error.status !== 404)
                    throw error;
            }
        }
        return keep;
    };
    const update = async (comment) => {
        calls += 1;
        await octokit.rest.issues.updateComment({ ...target, comment_id: comment.id, body });
    };
    const existing = await listMarked(null);
    if (existing.length > 0) {
        const keep = await keepOldest(existing);
        if (sameBody(keep.body, body))
            return { action: 'unchanged', commentId: keep.id, calls, removedDuplicates };
        await update(keep);
        return { action: 'updated', commentId: keep.id, calls, removedDuplicates };
    }
    calls += 1;
    const created = (await octokit.rest.issues.createComment({ ...target, issue_number: opts.issueNumber, body })).data;
    const marked = await listMarked(created.user?.id ?? null);
    if (marked.length <= 1)
        return { action: 'created', commentId: created.id, calls, removedDuplicates };
    // Another job created one too: everybody keeps the oldest, so exactly one survives.
    const keep = await keepOldest(marked);
    if (keep.id === created.id)
        return { action: 'created', commentId: keep.id, calls, removedDuplicates };
    if (!sameBody(keep.body, body))
        await update(keep);
    return { action: 'updated', commentId: keep.id, calls, removedDuplicates };
}
function isOurs(comment, marker, selfId) {
    if (!(comment.body ?? '').startsWith(marker))
        return false;
    if (selfId !== null && comment.user?.id === selfId)
        return true;
    return comment.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(comment.author_association ?? '');
}
