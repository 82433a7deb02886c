using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JinIp.Platform.Audit;

/// <summary>How an entry's hash is computed and how a chain is checked.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(AuditEntry entry)
    {
        // Length-prefixed fields: no value can be shifted into its neighbour without changing the hash.
        var builder = new StringBuilder(256);
        Append(builder, entry.PreviousHash);
        Append(builder, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(builder, entry.At.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture));
        Append(builder, entry.ActorUserId?.ToString("D"));
        Append(builder, entry.ActorName);
        Append(builder, entry.Action);
        Append(builder, entry.SubjectType);
        Append(builder, entry.SubjectId);
        Append(builder, entry.Before);
        Append(builder, entry.After);
        Append(builder, entry.IpAddress);
        Append(builder, entry.TraceId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static void Append(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("-1:");
            return;
        }

        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }

    /// <summary>Truncates to the microsecond precision PostgreSQL keeps.</summary>
    public static DateTime ToStoredPrecision(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>
    /// Walks the entries in sequence order and returns the first problem: a gap (a removed row), a
    /// previous-hash that does not match (a removed or inserted row), or a hash that does not match
    /// the content (an altered row). Null when the chain is intact.
    /// </summary>
    public static AuditBreak? Verify(IEnumerable<AuditEntry> entriesInOrder, AuditHead? head)
    {
        var checker = new Checker();
        foreach (var entry in entriesInOrder)
        {
            if (checker.Check(entry) is { } broken)
            {
                return broken;
            }
        }

        return checker.Finish(head);
    }

    /// <summary>Checks a chain one entry at a time, so a long log is verified without loading it whole.</summary>
    public sealed class Checker
    {
        private string _expectedPrevious = GenesisHash;

        public long Count { get; private set; }

        public AuditBreak? Check(AuditEntry entry)
        {
            var expectedSequence = Count + 1;
            if (entry.Sequence != expectedSequence)
            {
                return new AuditBreak(expectedSequence, $"entry {expectedSequence} is missing (next present is {entry.Sequence})", $"第 {expectedSequence} 条缺失");
            }

            if (!string.Equals(entry.PreviousHash, _expectedPrevious, StringComparison.Ordinal))
            {
                return new AuditBreak(entry.Sequence, "previous-hash link does not match the entry before it", "与前一条目的哈希链接不符");
            }

            if (!string.Equals(ComputeHash(entry), entry.Hash, StringComparison.Ordinal))
            {
                return new AuditBreak(entry.Sequence, "content does not match its hash (the row was altered)", "内容与哈希不符（记录被修改）");
            }

            _expectedPrevious = entry.Hash;
            Count++;
            return null;
        }

        /// <summary>After the last entry: the head row must agree, or rows were cut from the end.</summary>
        public AuditBreak? Finish(AuditHead? head)
        {
            if (head is null)
            {
                return null;
            }

            if (head.LastSequence != Count)
            {
                return new AuditBreak(Count + 1, $"the chain ends at {Count} but {head.LastSequence} entries were written (the last rows were removed)", "链尾条目被删除");
            }

            return Count > 0 && !string.Equals(head.LastHash, _expectedPrevious, StringComparison.Ordinal)
                ? new AuditBreak(Count, "the last entry does not match the recorded head of the chain", "最后一条与链头记录不符")
                : null;
        }
    }
}

public sealed record AuditBreak(long Sequence, string Reason, string ReasonZh);
