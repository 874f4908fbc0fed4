/** Version of every file on the data branch. Bump it only with a migration in history/migrate.ts. */
export const HISTORY_SCHEMA_VERSION = 1;
