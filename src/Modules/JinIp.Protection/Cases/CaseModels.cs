using JinIp.Protection.Referrals;

namespace JinIp.Protection.Cases;

/// <summary>A party named when a case is opened.</summary>
public sealed class PartyInput
{
    public PartyRole Role { get; set; }

    public PartyKind Kind { get; set; } = PartyKind.Organization;

    public string? Name { get; set; }

    public string? CreditCode { get; set; }

    public string? Address { get; set; }
}

/// <summary>What staff enter to open a case (ex officio, campaign, transfer in, or from a complaint).</summary>
public sealed class CaseInput
{
    public CaseType? CaseType { get; set; }

    public CaseSource? Source { get; set; }

    public string? CampaignName { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public RightType? RightType { get; set; }

    public string? RightNumber { get; set; }

    /// <summary>Further rights involved, one number per line.</summary>
    public string? OtherRightNumbers { get; set; }

    public string? ProductCategory { get; set; }

    public string? InfringerName { get; set; }

    public string? RightHolderName { get; set; }

    /// <summary>Further parties (third parties, further respondents), one name per line.</summary>
    public string? OtherParties { get; set; }

    public string? DistrictCode { get; set; }

    public string? PlatformName { get; set; }

    /// <summary>The unit to handle it; the office may choose, others open cases for their own unit.</summary>
    public Guid? HandlingOrganizationId { get; set; }

    public int TechnicalComplexity { get; set; }

    public decimal? IllegalBusinessVolume { get; set; }

    public decimal? IllegalGains { get; set; }
}

/// <summary>What a workflow step carries besides the comment.</summary>
public sealed class CaseActionInput
{
    public int Version { get; set; }

    public string? Comment { get; set; }

    public string? MediationAgreement { get; set; }

    public string? DecisionText { get; set; }

    public decimal? Fine { get; set; }

    public decimal? PunitiveDamages { get; set; }

    public decimal? IllegalBusinessVolume { get; set; }

    public decimal? IllegalGains { get; set; }
}

public sealed record CaseFilter
{
    public CaseType? CaseType { get; init; }

    public string? State { get; init; }

    public string? DistrictCode { get; init; }

    public bool OverdueOnly { get; init; }

    public string? Text { get; init; }
}

public sealed record CaseSummary(
    Guid Id,
    string CaseNumber,
    string Title,
    CaseType CaseType,
    CaseSource Source,
    string? CampaignName,
    RightType RightType,
    string InfringerName,
    string? DistrictCode,
    string? PlatformName,
    string HandlingUnit,
    string State,
    CaseComplexity Complexity,
    DateTime OpenedAt,
    DateOnly? DueDate,
    int? WorkingDaysLeft,
    bool Overdue,
    bool ThresholdCrossed);

public sealed record PartyView(PartyRole Role, PartyKind Kind, string Name, string? CreditCode, string? Address);

/// <summary>A right of the case; <see cref="PatentKey"/> is set when it is a patent number, for the link to the patent page.</summary>
public sealed record RightView(RightType RightType, string Number, string? Title, string? PatentKey);

public sealed record CaseFileView(Guid AttachmentId, string FileName, long Size, DateTime AddedAt);

public sealed record ExtensionView(int WorkingDays, string Reason, string ApprovedBy, DateTime At, DateOnly? DueDateBefore, DateOnly? DueDateAfter);

public sealed record TransferView(string FromUnit, string ToUnit, string Reason, string TransferredBy, DateTime At);

public sealed record CaseReferralView(Guid Id, string ToUnit, ReferralStatus Status, DateTime ReferredAt, string? AnswerNote);

public sealed record CaseStep(string Transition, string FromState, string ToState, string ActorName, DateTime At, string? Comment);

public sealed record CaseView(
    Guid Id,
    int Version,
    string CaseNumber,
    string Title,
    string? Summary,
    CaseType CaseType,
    CaseSource Source,
    string? CampaignName,
    Guid? ComplaintId,
    RightType RightType,
    string? RightNumber,
    string? ProductCategory,
    string InfringerName,
    string? DistrictCode,
    string? PlatformName,
    Guid HandlingOrganizationId,
    string HandlingUnit,
    string State,
    DateTime OpenedAt,
    DateTime? ClosedAt,
    DateOnly? DueDate,
    int? WorkingDaysLeft,
    bool Overdue,
    int ExtendedWorkingDays,
    int ExtensionWorkingDaysLeft,
    TimeLimitRule TimeLimit,
    decimal? IllegalBusinessVolume,
    decimal? IllegalGains,
    decimal? Fine,
    decimal? PunitiveDamages,
    int TechnicalComplexity,
    CaseComplexity Complexity,
    string? TriageReason,
    bool TriageOverridden,
    string? MediationAgreement,
    string? DecisionText,
    string? Outcome,
    DateTime? ThresholdAlertedAt,
    string? ThresholdRule,
    bool CanAct,
    IReadOnlyList<PartyView> Parties,
    IReadOnlyList<RightView> Rights,
    IReadOnlyList<CaseFileView> Files,
    IReadOnlyList<ExtensionView> Extensions,
    IReadOnlyList<TransferView> Transfers,
    IReadOnlyList<CaseReferralView> Referrals,
    IReadOnlyList<CaseStep> Steps,
    IReadOnlyList<string> AvailableActions);

/// <summary>Display names of the enums in both languages.</summary>
public static class ProtectionNames
{
    public static (string Zh, string En) Of(RightType type) => type switch
    {
        RightType.Patent => ("专利", "Patent"),
        RightType.Trademark => ("商标", "Trademark"),
        RightType.Copyright => ("著作权", "Copyright"),
        RightType.GeographicIndication => ("地理标志", "Geographical indication"),
        RightType.TimeHonoredBrand => ("老字号", "Time-honoured brand"),
        RightType.PlantVariety => ("植物新品种", "Plant variety"),
        RightType.TradeSecret => ("商业秘密", "Trade secret"),
        _ => (type.ToString(), type.ToString()),
    };

    public static (string Zh, string En) Of(CaseType type) => type switch
    {
        CaseType.PatentInfringementDispute => ("专利侵权纠纷行政裁决", "Patent infringement dispute (administrative adjudication)"),
        CaseType.CounterfeitPatentMarking => ("假冒专利", "Counterfeit patent marking"),
        CaseType.TrademarkInfringement => ("商标侵权", "Trademark infringement"),
        CaseType.CopyrightPiracy => ("侵权盗版", "Copyright piracy"),
        CaseType.GeographicIndicationMisuse => ("地理标志侵权", "Geographical indication misuse"),
        CaseType.PlantVarietyInfringement => ("植物新品种侵权", "Plant variety infringement"),
        CaseType.CustomsSeizure => ("海关扣留", "Customs seizure"),
        CaseType.OnlineTakedown => ("网络侵权下架", "Online takedown"),
        _ => (type.ToString(), type.ToString()),
    };

    public static (string Zh, string En) Of(CaseSource source) => source switch
    {
        CaseSource.Complaint => ("投诉举报", "Complaint"),
        CaseSource.ExOfficio => ("依职权", "Ex officio"),
        CaseSource.Transfer => ("移送", "Transfer"),
        CaseSource.Campaign => ("专项行动", "Campaign"),
        _ => (source.ToString(), source.ToString()),
    };

    public static (string Zh, string En) Of(CaseComplexity complexity) => complexity == CaseComplexity.Simple ? ("简易", "Simple") : ("复杂", "Complex");

    public static (string Zh, string En) Of(PartyRole role) => role switch
    {
        PartyRole.RightHolder => ("请求人/权利人", "Right holder"),
        PartyRole.Respondent => ("被请求人/当事人", "Respondent"),
        _ => ("第三人", "Third party"),
    };

    public static (string Zh, string En) Of(ReferralStatus status) => status switch
    {
        ReferralStatus.Pending => ("待受理", "Pending"),
        ReferralStatus.Accepted => ("已立案受理", "Accepted"),
        _ => ("已退回", "Returned"),
    };

    public static (string Zh, string En) State(string state) => CaseStates.Names.TryGetValue(state, out var name) ? name : (state, state);

    public static (string Zh, string En) Action(string action) => CaseActions.Names.TryGetValue(action, out var name) ? name : (action, action);

    /// <summary>The campaigns offered on the form (data: any other name may be typed).</summary>
    public static readonly IReadOnlyList<string> Campaigns = ["剑网", "秋风", "龙腾", "蓝天", "铁拳", "昆仑"];
}
