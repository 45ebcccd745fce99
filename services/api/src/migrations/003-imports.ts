import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Imports: uploaded files kept in the database (chunks of bytes) so that any instance can run the
 * import and a crash loses nothing; each import's rejected rows and ignored values; and the source
 * ids an import has seen, so a repeated id is caught across batches and across a resume.
 */
export const importsSchema: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('import_files')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('size_bytes', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('sha256', 'text')
      .addColumn('complete', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('import_files_agency').on('import_files').columns(['agency_id', 'sha256']).execute();
    await db.schema
      .createTable('import_file_chunks')
      .addColumn('file_id', 'text', (c) => c.notNull().references('import_files.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('data', 'bytea', (c) => c.notNull())
      .addPrimaryKeyConstraint('import_file_chunks_pk', ['file_id', 'seq'])
      .execute();
    await db.schema
      .createTable('import_issues')
      .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
      .addColumn('import_id', 'text', (c) => c.notNull())
      .addColumn('row', 'integer', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('rejected', 'field_ignored')`))
      .execute();
    await db.schema.createIndex('import_issues_import').on('import_issues').columns(['import_id', 'seq']).execute();
    await db.schema
      .createTable('import_seen')
      .addColumn('import_id', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('row', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('import_seen_pk', ['import_id', 'external_id'])
      .execute();
  },
};
