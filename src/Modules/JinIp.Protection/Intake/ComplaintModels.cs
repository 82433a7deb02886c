using JinIp.Protection.Cases;
using Microsoft.Extensions.Configuration;

namespace JinIp.Protection.Intake;

/// <summary>Limits of the public form (section <c>Protection:Complaints</c>).</summary>
public sealed class ComplaintOptions
{
    public int MaxEvidenceFiles { get; set; } = 5;

    public long MaxEvidenceBytes { get; set; } = 10 * 1024 * 1024;

    public static ComplaintOptions From(IConfiguration configuration) =>
        configuration.GetSection("Protection:Complaints").Get<ComplaintOptions>() ?? new ComplaintOptions();
}

/// <summary>What a complainant types on the public form.</summary>
public sealed class ComplaintInput
{
    public RightType? RightType { get; set; }

    public string? RightNumber { get; set; }

    public string? ProductCategory { get; set; }

    public string? InfringerName { get; set; }

    public string? DistrictCode { get; set; }

    public string? Address { get; set; }

    public string? PlatformName { get; set; }

    public string? PlatformUrl { get; set; }

    public string? Description { get; set; }

    public bool Anonymous { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }
}

/// <summary>An evidence file as received; <see cref="Length"/> is the declared size when the client gave it.</summary>
public sealed record EvidenceUpload(string FileName, Stream Content, long? Length);

/// <summary>What the complainant keeps: the receipt number and the access code (shown once, never stored in clear).</summary>
public sealed record ComplaintReceipt(Guid Id, string ReceiptNumber, string AccessCode, DateTime SubmittedAt);

/// <summary>What anyone holding the receipt number and access code may read.</summary>
public sealed record PublicComplaintStatus(string ReceiptNumber, DateTime SubmittedAt, ComplaintStatus Status, string? StatusNote, DateTime? StatusChangedAt, string? CaseNumber, bool? CaseClosed);

public sealed record ComplaintSummary(Guid Id, string ReceiptNumber, RightType RightType, string InfringerName, string? DistrictCode, string? PlatformName, DateTime SubmittedAt, ComplaintStatus Status, bool Anonymous, DateOnly ReviewDueDate, bool Overdue, Guid? LinkedCaseId);

public sealed record EvidenceView(Guid AttachmentId, string FileName, long Size);

/// <summary>An open case that looks like the complaint, with what matched.</summary>
public sealed record DuplicateCandidate(Guid CaseId, string CaseNumber, string Title, string State, string InfringerName, string? RightNumber, string? PlatformName, IReadOnlyList<string> ReasonsZh, IReadOnlyList<string> ReasonsEn);

public sealed record ComplaintView(
    Guid Id,
    int Version,
    string ReceiptNumber,
    RightType RightType,
    string? RightNumber,
    string? ProductCategory,
    string InfringerName,
    string? DistrictCode,
    string? Address,
    string? PlatformName,
    string? PlatformUrl,
    string Description,
    bool Anonymous,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    DateTime SubmittedAt,
    ComplaintStatus Status,
    string? StatusNote,
    DateOnly ReviewDueDate,
    bool Overdue,
    Guid? LinkedCaseId,
    bool CanHandle,
    IReadOnlyList<EvidenceView> Evidence,
    IReadOnlyList<DuplicateCandidate> Duplicates);

public static class ComplaintNames
{
    public static (string Zh, string En) Of(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => ("已收到，待核查", "Received, to be reviewed"),
        ComplaintStatus.UnderReview => ("核查中", "Under review"),
        ComplaintStatus.CaseOpened => ("已立案，办理中", "Case opened, in progress"),
        ComplaintStatus.NotAccepted => ("不予立案", "Not accepted"),
        ComplaintStatus.Closed => ("已办结", "Concluded"),
        _ => (status.ToString(), status.ToString()),
    };
}
