using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;

namespace JinIp.Registries.TimeHonored;

/// <summary>An application for 津门老字号 recognition, moving through <see cref="RecognitionWorkflow"/>.</summary>
internal sealed class TimeHonoredApplication : IWorkflowSubject, IOrganizationScoped
{
    public Guid Id { get; set; }

    public string State { get; set; } = "";

    public int Version { get; set; }

    public DateOnly? DueDate { get; set; }

    public int? PausedWorkingDaysLeft { get; set; }

    public Guid OwnerUserId { get; set; }

    public Guid OwnerOrganizationId { get; set; }

    public string? DistrictCode { get; set; }

    public string ApplicantName { get; set; } = "";

    public string EnterpriseName { get; set; } = "";

    public string CreditCode { get; set; } = "";

    public string Brand { get; set; } = "";

    public int FoundedYear { get; set; }

    public string Trademarks { get; set; } = "";

    public string History { get; set; } = "";

    public DateTime SubmittedAt { get; set; }

    public Guid? ExpertUserId { get; set; }

    public string? ExpertName { get; set; }

    /// <summary>Points per criterion as JSON (<c>{"history":22,…}</c>).</summary>
    public string? ScoresJson { get; set; }

    public int? ScoreTotal { get; set; }

    public string? ExpertComment { get; set; }

    public DateOnly? NoticeStartedOn { get; set; }

    public DateOnly? NoticeEndsOn { get; set; }

    public string? DecisionReason { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>The 津门老字号 list entry created when the brand was recognized.</summary>
    public Guid? BrandRecordId { get; set; }

    public List<TimeHonoredAttachment> Attachments { get; set; } = [];

    public List<TimeHonoredObjection> Objections { get; set; } = [];
}

/// <summary>A file (kept by the platform's attachment store) supporting an application.</summary>
internal sealed class TimeHonoredAttachment
{
    public long Id { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid AttachmentId { get; set; }

    public string FileName { get; set; } = "";

    public long Size { get; set; }
}

/// <summary>An objection received during the public notice period, recorded by the office.</summary>
internal sealed class TimeHonoredObjection
{
    public long Id { get; set; }

    public Guid ApplicationId { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public string Objector { get; set; } = "";

    public string Content { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAt { get; set; }
}
