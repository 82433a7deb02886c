using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Import;

/// <summary>A problem with one row: <see cref="Rejects"/> rows are not imported; others lose only the bad value.</summary>
public sealed record ImportIssue(int Line, string Field, string MessageZh, string MessageEn, bool Rejects);

/// <summary>One source row: the record when it is valid, and every issue found.</summary>
public sealed record ImportRow(int Line, PatentRecord? Record, IReadOnlyList<ImportIssue> Issues)
{
    public bool IsRejected => Record is null;
}
