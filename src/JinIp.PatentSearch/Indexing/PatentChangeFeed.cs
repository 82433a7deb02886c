using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Indexing;

/// <summary>
/// One change to apply to the index, in the order the database committed it: an upsert carries the record,
/// a delete carries only the key. <paramref name="Sequence"/> is the outbox position, strictly increasing.
/// </summary>
public sealed record PatentChange(long Sequence, string Key, PatentRecord? Record)
{
    public bool IsDelete => Record is null;
}

/// <summary>
/// The seam between the database outbox and the index: the data layer implements it, <see cref="PatentIndex.CatchUp"/>
/// drains it. Because the index commits the last applied sequence with its own data, a crash between the two
/// replays the changes after that sequence and both sides end in the same state.
/// </summary>
public interface IPatentChangeFeed
{
    /// <summary>Up to <paramref name="max"/> changes with a sequence greater than <paramref name="afterSequence"/>, in order.</summary>
    IReadOnlyList<PatentChange> ReadAfter(long afterSequence, int max);
}
