using JinIp.Creation.Data;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;

namespace JinIp.Creation.Registrations;

/// <summary>The states a registration passes through (stored as these strings).</summary>
public static class RegistrationStates
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Accepted = "accepted";
    public const string InReview = "in-review";
    public const string Correction = "correction";
    public const string Registered = "registered";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";

    /// <summary>The applicant did not correct within 60 days: the filing is deemed withdrawn (视为撤回).</summary>
    public const string Lapsed = "lapsed";

    public static readonly IReadOnlyList<string> All = [Draft, Submitted, Accepted, InReview, Correction, Registered, Rejected, Withdrawn, Lapsed];

    public static readonly IReadOnlyList<string> Open = [Submitted, Accepted, InReview, Correction];

    public static bool IsFinal(string state) => state is Registered or Rejected or Withdrawn or Lapsed;
}

/// <summary>The names of the transitions, as the API and the pages fire them.</summary>
public static class RegistrationActions
{
    public const string Submit = "submit";
    public const string Accept = "accept";
    public const string StartReview = "start-review";
    public const string RequestCorrection = "request-correction";
    public const string Correct = "correct";
    public const string Register = "register";
    public const string Reject = "reject";
    public const string Withdraw = "withdraw";
    public const string Lapse = "lapse";

    public static readonly IReadOnlyList<string> All = [Submit, Accept, StartReview, RequestCorrection, Correct, Register, Reject, Withdraw, Lapse];
}

/// <summary>
/// 作品登记 as a declared state machine (DESIGN.md): accept → formal review (corrections within 60 days,
/// the decision clock stopped meanwhile) → register or reject; decision within 30 working days of acceptance.
/// </summary>
internal sealed class CopyrightWorkflow
{
    public const int DecisionWorkingDays = 30;
    public const int CorrectionCalendarDays = 60;

    private static readonly string[] Reviewers = [Roles.Admin, Roles.OfficeStaff];
    private static readonly string[] Applicants = [Roles.Applicant];

    private readonly TimeProvider _clock;

    public CopyrightWorkflow(TimeProvider clock)
    {
        _clock = clock;
        Definition = new WorkflowDefinition<CopyrightRegistration>(
            "copyright-registration",
            RegistrationStates.Draft,
            RegistrationStates.All,
            [
                new(RegistrationActions.Submit, [RegistrationStates.Draft], RegistrationStates.Submitted, Applicants),
                new(RegistrationActions.Accept, [RegistrationStates.Submitted], RegistrationStates.Accepted, Reviewers, Clock: new ClockEffect.Start(DecisionWorkingDays)),
                new(RegistrationActions.StartReview, [RegistrationStates.Accepted], RegistrationStates.InReview, Reviewers),
                new(RegistrationActions.RequestCorrection, [RegistrationStates.InReview], RegistrationStates.Correction, Reviewers, Clock: new ClockEffect.Pause(), RequiresComment: true),
                new(RegistrationActions.Correct, [RegistrationStates.Correction], RegistrationStates.InReview, Applicants, CorrectionStillOpen, new ClockEffect.Restart()),
                new(RegistrationActions.Register, [RegistrationStates.InReview], RegistrationStates.Registered, Reviewers, Clock: new ClockEffect.Clear()),
                new(RegistrationActions.Reject, [RegistrationStates.Submitted, RegistrationStates.Accepted, RegistrationStates.InReview], RegistrationStates.Rejected, Reviewers, Clock: new ClockEffect.Clear(), RequiresComment: true),
                new(RegistrationActions.Withdraw, [RegistrationStates.Submitted, RegistrationStates.Accepted, RegistrationStates.InReview, RegistrationStates.Correction], RegistrationStates.Withdrawn, Applicants, Clock: new ClockEffect.Clear()),
                new(RegistrationActions.Lapse, [RegistrationStates.Correction], RegistrationStates.Lapsed, Reviewers, CorrectionExpired, new ClockEffect.Clear()),
            ]);
    }

    public WorkflowDefinition<CopyrightRegistration> Definition { get; }

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), WorkflowEngine.ChinaTime).DateTime);

    public bool IsCorrectionExpired(CopyrightRegistration registration) =>
        registration.State == RegistrationStates.Correction && registration.CorrectionDueDate is { } due && due < Today;

    private GuardFailure? CorrectionStillOpen(CopyrightRegistration registration) => IsCorrectionExpired(registration)
        ? new GuardFailure(
            $"补正期限已于 {registration.CorrectionDueDate:yyyy-MM-dd} 届满，不能再提交补正。",
            $"The correction period ended on {registration.CorrectionDueDate:yyyy-MM-dd}; a correction can no longer be made.")
        : null;

    private GuardFailure? CorrectionExpired(CopyrightRegistration registration) => IsCorrectionExpired(registration)
        ? null
        : new GuardFailure(
            "补正期限尚未届满，不能视为撤回。",
            "The correction period has not ended yet; the filing cannot be treated as withdrawn.");
}
