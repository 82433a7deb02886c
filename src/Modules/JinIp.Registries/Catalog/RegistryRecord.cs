namespace JinIp.Registries.Catalog;

/// <summary>What every registry row carries: identity, an optimistic-concurrency version and the text searched by the public.</summary>
internal abstract class RegistryRecord
{
    public Guid Id { get; set; }

    /// <summary>Incremented by every change; an edit made on an older version is refused (409).</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The searchable columns, lower-cased, joined: one LIKE that works the same on SQLite and PostgreSQL.</summary>
    public string SearchText { get; set; } = "";
}
