namespace Frontline.Audit;

/// <summary>
/// The database itself refuses to change or remove a row of the audit log (the migrations create these triggers), so
/// neither the product nor a slip at the SQL prompt can rewrite history; only dropping the trigger first could.
/// </summary>
internal static class AuditTriggers
{
    private const string Refusal = "The audit log is append-only";

    public const string CreateOnSqlite = $"""
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;
        """;

    public const string DropOnSqlite = """
        DROP TRIGGER IF EXISTS audit_log_no_update;
        DROP TRIGGER IF EXISTS audit_log_no_delete;
        """;

    public const string CreateOnPostgreSql = $"""
        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{Refusal}: % refused', TG_OP;
        END $$;
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
        """;

    public const string DropOnPostgreSql = """
        DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
        DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
        DROP FUNCTION IF EXISTS audit_log_append_only();
        """;
}
