namespace JinIp.Platform.Audit;

/// <summary>
/// One row of the append-only audit log. Each entry carries the hash of the previous one, so
/// altering or removing any row breaks the chain from there on (see <see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Gap-free position in the chain, starting at 1.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, truncated to microseconds so that every database stores it exactly.</summary>
    public DateTime At { get; set; }

    public Guid? ActorUserId { get; set; }

    public required string ActorName { get; set; }

    /// <summary>What happened, e.g. <c>auth.login</c>, <c>auth.login-failed</c>, <c>workflow.transition</c>.</summary>
    public required string Action { get; set; }

    public required string SubjectType { get; set; }

    public string? SubjectId { get; set; }

    /// <summary>JSON snapshot before the change (null for events that change nothing).</summary>
    public string? Before { get; set; }

    public string? After { get; set; }

    public string? IpAddress { get; set; }

    public string? TraceId { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}

/// <summary>The single row that holds the head of the chain; updating it first serializes writers on every database.</summary>
public sealed class AuditHead
{
    public int Id { get; set; }

    public long LastSequence { get; set; }

    public required string LastHash { get; set; }
}
