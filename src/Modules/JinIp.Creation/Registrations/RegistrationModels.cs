namespace JinIp.Creation.Registrations;

/// <summary>What the applicant fills in. Everything may be missing in a draft; submitting checks completeness.</summary>
public sealed record RegistrationInput
{
    public string? Title { get; init; }

    public WorkType? WorkType { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public string? CompletionPlace { get; init; }

    public bool Published { get; init; }

    public DateOnly? FirstPublishedOn { get; init; }

    public string? FirstPublicationPlace { get; init; }

    public RightAcquisition? RightAcquisition { get; init; }

    public IReadOnlyList<string>? Authors { get; init; }

    public IReadOnlyList<OwnerInput>? Owners { get; init; }

    public string? ContactPhone { get; init; }

    /// <summary>The applicant's district (six-digit code); defaults to the organization's.</summary>
    public string? DistrictCode { get; init; }

    public bool DeclarationAccepted { get; init; }
}

public sealed record OwnerInput
{
    public string? Name { get; init; }

    public OwnerKind? Kind { get; init; }

    public IdentityDocumentType? DocumentType { get; init; }

    public string? DocumentNumber { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(DocumentNumber) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Address);
}

/// <summary>A registration as its applicant or a reviewer sees it.</summary>
public sealed record RegistrationView(
    Guid Id,
    string State,
    int Version,
    string ApplicantName,
    string? DistrictCode,
    string? ContactPhone,
    string Title,
    WorkType? WorkType,
    DateOnly? CompletedOn,
    string? CompletionPlace,
    bool Published,
    DateOnly? FirstPublishedOn,
    string? FirstPublicationPlace,
    RightAcquisition? RightAcquisition,
    IReadOnlyList<string> Authors,
    IReadOnlyList<OwnerView> Owners,
    IReadOnlyList<SampleView> Samples,
    bool DeclarationAccepted,
    DateTime CreatedAt,
    DateTime? SubmittedAt,
    DateOnly? AcceptedOn,
    DateOnly? DecisionDueDate,
    int? WorkingDaysLeft,
    bool ClockPaused,
    bool Overdue,
    DateOnly? CorrectionDueDate,
    bool CorrectionExpired,
    string? CorrectionRequest,
    string? DecisionReason,
    string? RegistrationNumber,
    DateOnly? RegisteredOn,
    IReadOnlyList<string> AvailableActions,
    IReadOnlyList<HistoryView> History)
{
    public bool IsEditable => State is RegistrationStates.Draft or RegistrationStates.Correction;
}

public sealed record OwnerView(string Name, OwnerKind Kind, IdentityDocumentType DocumentType, string DocumentNumber, string? Phone, string? Address);

public sealed record SampleView(Guid Id, Guid AttachmentId, string FileName, string ContentType, long Size);

public sealed record HistoryView(DateTime At, string Transition, string FromState, string ToState, string ActorName, string? Comment);

/// <summary>One line of a list or the staff queue.</summary>
public sealed record RegistrationSummary(
    Guid Id,
    string State,
    string Title,
    WorkType? WorkType,
    string ApplicantName,
    string? DistrictCode,
    DateTime? SubmittedAt,
    DateOnly? DecisionDueDate,
    int? WorkingDaysLeft,
    bool ClockPaused,
    bool Overdue,
    DateOnly? CorrectionDueDate,
    bool CorrectionExpired,
    string? RegistrationNumber);

public sealed record RegistrationFilter
{
    public string? State { get; init; }

    public WorkType? WorkType { get; init; }

    public string? DistrictCode { get; init; }

    /// <summary>Only files past their decision deadline, or whose correction period has ended.</summary>
    public bool OverdueOnly { get; init; }

    public string? Text { get; init; }

    public int Take { get; init; } = 200;
}

/// <summary>What the public may see of a registered work: owner names, personal numbers and phones masked.</summary>
public sealed record PublicRegistration(
    string RegistrationNumber,
    string Title,
    WorkType WorkType,
    IReadOnlyList<string> Authors,
    IReadOnlyList<PublicOwner> Owners,
    DateOnly? CompletedOn,
    DateOnly? FirstPublishedOn,
    DateOnly RegisteredOn);

public sealed record PublicOwner(string Name, OwnerKind Kind, IdentityDocumentType DocumentType, string DocumentNumber, string? Phone);

public sealed record PublicNoticePage(int Total, int Page, int Size, IReadOnlyList<PublicRegistration> Items);
