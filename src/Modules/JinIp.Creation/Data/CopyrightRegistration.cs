using JinIp.Creation.Registrations;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;

namespace JinIp.Creation.Data;

/// <summary>One copyright work registration (作品登记), from draft to decision.</summary>
internal sealed class CopyrightRegistration : IWorkflowSubject, IOrganizationScoped
{
    public Guid Id { get; set; }

    public string State { get; set; } = "";

    public int Version { get; set; }

    /// <summary>The decision deadline (30 working days from acceptance), null while paused or decided.</summary>
    public DateOnly? DueDate { get; set; }

    public int? PausedWorkingDaysLeft { get; set; }

    public Guid OwnerOrganizationId { get; set; }

    public Guid ApplicantUserId { get; set; }

    public string? DistrictCode { get; set; }

    public required string ApplicantName { get; set; }

    public string? ContactPhone { get; set; }

    public string Title { get; set; } = "";

    public WorkType? WorkType { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public string? CompletionPlace { get; set; }

    public bool Published { get; set; }

    public DateOnly? FirstPublishedOn { get; set; }

    public string? FirstPublicationPlace { get; set; }

    public RightAcquisition? RightAcquisition { get; set; }

    public bool DeclarationAccepted { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    /// <summary>The applicant's deadline for a requested correction (60 days).</summary>
    public DateOnly? CorrectionDueDate { get; set; }

    public string? CorrectionRequest { get; set; }

    public string? DecisionReason { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>津作登字-YYYY-L-NNNNNNNN, given in the same transaction as the decision to register.</summary>
    public string? RegistrationNumber { get; set; }

    public int? RegistrationYear { get; set; }

    public long? RegistrationSerial { get; set; }

    public DateOnly? RegisteredOn { get; set; }

    public List<CopyrightAuthor> Authors { get; set; } = [];

    public List<CopyrightOwner> Owners { get; set; } = [];

    public List<CopyrightSample> Samples { get; set; } = [];
}

internal sealed class CopyrightAuthor
{
    public Guid Id { get; set; }

    public Guid RegistrationId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }
}

internal sealed class CopyrightOwner
{
    public Guid Id { get; set; }

    public Guid RegistrationId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public OwnerKind Kind { get; set; }

    public IdentityDocumentType DocumentType { get; set; }

    public required string DocumentNumber { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }
}

/// <summary>A sample of the work: a file kept by the platform's attachment store.</summary>
internal sealed class CopyrightSample
{
    public Guid Id { get; set; }

    public Guid RegistrationId { get; set; }

    public Guid AttachmentId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public DateTime UploadedAt { get; set; }
}

/// <summary>The last serial given in a year: one row per year, updated first in the deciding transaction.</summary>
internal sealed class RegistrationSerial
{
    public int Year { get; set; }

    public long LastSerial { get; set; }
}
