namespace JinIp.PatentSearch.Indexing;

/// <summary>How a <see cref="PatentIndex"/> is opened.</summary>
public sealed record PatentIndexOptions
{
    /// <summary>
    /// Indexing buffer before a segment is flushed. 256 MB keeps 1M-document builds to a few large segments
    /// (measured in search-measurements.md) while staying well inside the 2 GB memory target.
    /// </summary>
    public double RamBufferSizeMb { get; init; } = 256;

    /// <summary>
    /// Store the whole record as JSON so <see cref="PatentIndex.Get"/> can return it. Off when a database is the
    /// system of record (it roughly doubles the stored part of the index); on for the CLI without a database.
    /// </summary>
    public bool StoreFullRecord { get; init; }

    /// <summary>Threads used by bulk indexing; the writer accepts documents from several threads at once.</summary>
    public int IndexThreads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Result pages kept per reader for repeated requests (0 turns the cache off, as the engine benchmark does to
    /// measure every query from scratch). Analyses keep a tenth of this.
    /// </summary>
    public int ResultCacheSize { get; init; } = 1_000;

    /// <summary>
    /// A search runs on several cores (segment groups in parallel) once the index holds this many documents per
    /// extra core; smaller indexes are searched on the calling thread alone.
    /// </summary>
    public int ParallelMinDocsPerCore { get; init; } = 50_000;

    /// <summary>The clock for the high-value criterion "maintained more than 10 years".</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
