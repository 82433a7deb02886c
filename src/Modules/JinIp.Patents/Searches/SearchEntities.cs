namespace JinIp.Patents.Searches;

/// <summary>One line of a user's numbered search history (<c>#1</c>, <c>#2</c>…), as CNIPA's search system keeps it.</summary>
public sealed class SearchHistoryEntry
{
    public long Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The user's own running number, never reused, so <c>#3</c> keeps meaning the same search.</summary>
    public int Number { get; set; }

    /// <summary>The canonical query as written, references included (<c>#1 AND TI=电池</c>).</summary>
    public required string Query { get; set; }

    /// <summary>The same query with every reference replaced, so it can be resolved without the rest of the history.</summary>
    public required string Expanded { get; set; }

    /// <summary>simple, form, command or api.</summary>
    public required string Mode { get; set; }

    public int TotalHits { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A named search a user keeps; with <see cref="Alert"/> on, new patents matching it are reported to them.</summary>
public sealed class SavedSearch
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>Canonical query without history references (expanded when saved).</summary>
    public required string Query { get; set; }

    public bool Alert { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the alert was last switched on: only patents stored after it are news.</summary>
    public DateTime? AlertSince { get; set; }

    public DateTime? LastAlertAt { get; set; }

    public int AlertHitCount { get; set; }

    /// <summary>Optimistic concurrency: an edit based on an older version is refused.</summary>
    public int Version { get; set; }
}

/// <summary>A patent an alert found: what the notification links to.</summary>
public sealed class AlertHit
{
    public long Id { get; set; }

    public Guid SavedSearchId { get; set; }

    public required string PatentKey { get; set; }

    public DateTime FoundAt { get; set; }
}

/// <summary>How far the alert runner has read the outbox (one row).</summary>
public sealed class AlertCursor
{
    public int Id { get; set; }

    public long LastSequence { get; set; }
}
