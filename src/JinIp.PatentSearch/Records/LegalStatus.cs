namespace JinIp.PatentSearch.Records;

/// <summary>The current legal status (法律状态) as searchers filter on it.</summary>
public enum LegalStatus
{
    /// <summary>审中: filed or published, not yet decided.</summary>
    Pending = 0,

    /// <summary>有效: granted and in force.</summary>
    Valid = 1,

    /// <summary>未缴年费终止: lapsed for non-payment of annual fees.</summary>
    Lapsed = 2,

    /// <summary>期限届满: term expired.</summary>
    Expired = 3,

    /// <summary>全部无效: invalidated.</summary>
    Invalidated = 4,

    /// <summary>撤回: withdrawn (or deemed withdrawn).</summary>
    Withdrawn = 5,

    /// <summary>驳回: rejected.</summary>
    Rejected = 6,

    /// <summary>放弃: right abandoned by the holder.</summary>
    Abandoned = 7,
}

public enum LegalEventKind
{
    /// <summary>授权.</summary>
    Grant = 1,

    /// <summary>权利转移.</summary>
    Transfer = 2,

    /// <summary>质押.</summary>
    Pledge = 3,

    /// <summary>实施许可.</summary>
    License = 4,

    /// <summary>未缴年费专利权终止.</summary>
    LapseForNonPayment = 5,

    /// <summary>无效宣告.</summary>
    Invalidation = 6,

    /// <summary>撤回.</summary>
    Withdrawal = 7,

    /// <summary>驳回.</summary>
    Rejection = 8,

    /// <summary>质押解除.</summary>
    PledgeRelease = 9,
}

/// <summary>A legal-status event; <paramref name="AmountYuan"/> is the secured amount of a pledge.</summary>
public sealed record LegalEvent(DateOnly Date, LegalEventKind Kind, string? Description = null, decimal? AmountYuan = null);

public static class LegalStatuses
{
    public static string Code(this LegalStatus status) => status switch
    {
        LegalStatus.Pending => "pending",
        LegalStatus.Valid => "valid",
        LegalStatus.Lapsed => "lapsed",
        LegalStatus.Expired => "expired",
        LegalStatus.Invalidated => "invalidated",
        LegalStatus.Withdrawn => "withdrawn",
        LegalStatus.Rejected => "rejected",
        LegalStatus.Abandoned => "abandoned",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ChineseName(this LegalStatus status) => status switch
    {
        LegalStatus.Pending => "审中",
        LegalStatus.Valid => "有效",
        LegalStatus.Lapsed => "未缴年费终止",
        LegalStatus.Expired => "期限届满",
        LegalStatus.Invalidated => "全部无效",
        LegalStatus.Withdrawn => "撤回",
        LegalStatus.Rejected => "驳回",
        LegalStatus.Abandoned => "放弃",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>
    /// Resolves what a searcher types after <c>LS=</c>: a code, a Chinese name, or the groups 有效/valid,
    /// 失效/invalid (every ended right or application) and 审中/pending.
    /// </summary>
    public static IReadOnlyList<LegalStatus>? Resolve(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        if (t is "失效" or "无效" or "INVALID" or "DEAD")
        {
            return [LegalStatus.Lapsed, LegalStatus.Expired, LegalStatus.Invalidated, LegalStatus.Withdrawn, LegalStatus.Rejected, LegalStatus.Abandoned];
        }

        if (t is "在审" or "审查中" or "公开")
        {
            return [LegalStatus.Pending];
        }

        foreach (var status in Enum.GetValues<LegalStatus>())
        {
            if (string.Equals(t, status.Code(), StringComparison.OrdinalIgnoreCase) || t == status.ChineseName() || (status == LegalStatus.Lapsed && t is "终止" or "未缴年费"))
            {
                return [status];
            }
        }

        return null;
    }
}
