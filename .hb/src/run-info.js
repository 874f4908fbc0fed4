/** The run's time: the given one, else the report's, else now (reports without a time: JUnit xunit1 has one; reportlog has none). */
export function newRun(run, origin, now) {
    const { created, ...rest } = origin;
    return {
        info: {
            ...rest,
            created: created ?? run.meta.created ?? now.toISOString(),
            format: run.meta.format,
            files: run.meta.files,
            exit_code: run.meta.exit_code,
            duration_s: run.meta.duration_s,
            collection_errors: run.meta.collection_errors
        },
        run
    };
}
