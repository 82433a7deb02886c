using JinIp.Strategy.PlanImport;

namespace JinIp.Strategy.Supervision;

public sealed record UnitRef(Guid Id, string Name);

public sealed record PlanInfo(Guid Id, int Year, string Title, string Preamble, string SourceFileName, DateTime ImportedAt, string ImportedBy, int Revision);

public sealed record PartView(int Sequence, string Numeral, string Title, IReadOnlyList<ItemSummary> Items);

public sealed record PlanView(PlanInfo Plan, IReadOnlyList<PartView> Parts);

public sealed record ItemSummary(
    Guid Id, int Number, string Numeral, string Headline, int PartSequence, UnitRef? Lead, IReadOnlyList<UnitRef> CoUnits, bool UnitsConfirmed,
    int Tasks, int TasksDone, int AveragePercent, TaskColour Colour, int Version);

public sealed record TargetView(Guid Id, int Sequence, TargetKind Kind, decimal? Minimum, decimal? Maximum, string? Unit, string Subject, string Text, decimal? LatestFigure)
{
    public string Describe(bool chinese) => new Plans.DraftTarget { Kind = Kind, Minimum = Minimum, Maximum = Maximum, Unit = Unit, Subject = Subject }.Describe(chinese);
}

public sealed record ItemDetail(ItemSummary Summary, string Body, int Year, IReadOnlyList<TargetView> Targets, IReadOnlyList<TaskView> Tasks);

public sealed record TaskView(
    Guid Id, Guid ItemId, int ItemNumber, string ItemNumeral, string ItemHeadline, int Sequence, string? Label, string Text,
    DateOnly Deadline, DateOnly? PostponedTo, string? PostponeReason, int Percent, ShownStatus Status, TaskColour Colour,
    UnitRef? Lead, IReadOnlyList<UnitRef> CoUnits, DateTime? LastReportAt, IReadOnlyList<MilestoneView> Milestones, int Version)
{
    public DateOnly EffectiveDeadline => PostponedTo ?? Deadline;
}

public sealed record FigureView(Guid TargetId, string Subject, string? Unit, decimal Value);

public sealed record AttachmentRef(Guid Id, string FileName);

public sealed record ReportView(Guid Id, string UnitName, string AuthorName, string Text, int Percent, bool Done, DateTime ReportedAt, IReadOnlyList<FigureView> Figures, IReadOnlyList<AttachmentRef> Attachments);

public sealed record NoticeView(
    Guid Id, Guid TaskId, int ItemNumber, string TaskText, UnitRef Unit, string Text, DateTime SentAt, string SentBy, DateOnly AnswerDue,
    string? Answer, DateTime? AnsweredAt, string? AnsweredBy, bool AnswerOverdue);

public sealed record ReminderView(Guid Id, Guid TaskId, int ItemNumber, string TaskText, string Kind, DateOnly Deadline, DateTime CreatedAt);

public sealed record TaskDetail(TaskView Task, int Year, IReadOnlyList<TargetView> Targets, IReadOnlyList<ReportView> Reports, IReadOnlyList<NoticeView> Notices, bool CanReport);

public sealed record UnitOverdue(UnitRef Unit, IReadOnlyList<TaskView> Tasks);

/// <summary>One figure reported for a target of the item.</summary>
public sealed record FigureInput(Guid TargetId, decimal Value);

/// <summary>A file attached to a progress report.</summary>
public sealed record FileInput(Stream Content, string FileName);

/// <summary>A progress report as a unit files it.</summary>
public sealed record ReportInput(string Text, int Percent, bool Done, IReadOnlyList<FigureInput> Figures, IReadOnlyList<FileInput> Files);
