using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using Microsoft.Extensions.Configuration;

namespace JinIp.Registries.TimeHonored;

/// <summary>
/// The 津门老字号 recognition process: the applicant files; the office checks the file formally; an expert
/// scores it against <see cref="RecognitionCriteria"/>; the office publishes it for a public notice period of
/// working days (objections recorded); after the period the office recognizes it or not.
/// </summary>
public sealed class RecognitionWorkflow
{
    public const string Submitted = "submitted";
    public const string ExpertReview = "expert-review";
    public const string Reviewed = "reviewed";
    public const string PublicNotice = "public-notice";
    public const string Recognized = "recognized";
    public const string NotRecognized = "not-recognized";
    public const string Withdrawn = "withdrawn";

    public const string Accept = "accept";
    public const string Refuse = "refuse";
    public const string Score = "score";
    public const string PublishNotice = "publish-notice";
    public const string Recognize = "recognize";
    public const string Decline = "decline";
    public const string Withdraw = "withdraw";

    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> StateNames = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [Submitted] = ("待形式审查", "Awaiting formal check"),
        [ExpertReview] = ("专家评审中", "Expert review"),
        [Reviewed] = ("已评审", "Reviewed"),
        [PublicNotice] = ("公示中", "Public notice"),
        [Recognized] = ("已认定", "Recognized"),
        [NotRecognized] = ("未予认定", "Not recognized"),
        [Withdrawn] = ("已撤回", "Withdrawn"),
    };

    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> TransitionNames = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["create"] = ("提交申请", "Filed"),
        [Accept] = ("形式审查通过", "Passed the formal check"),
        [Refuse] = ("形式审查不通过", "Failed the formal check"),
        [Score] = ("专家评分", "Expert scored"),
        [PublishNotice] = ("发布公示", "Published for notice"),
        [Recognize] = ("认定为津门老字号", "Recognized"),
        [Decline] = ("不予认定", "Not recognized"),
        [Withdraw] = ("撤回申请", "Withdrawn"),
    };

    private readonly TimeProvider _clock;

    public RecognitionWorkflow(TimeProvider clock, IConfiguration configuration)
    {
        _clock = clock;
        NoticeWorkingDays = configuration.GetValue("Registries:NoticeWorkingDays", 5);
        ExpertReviewWorkingDays = configuration.GetValue("Registries:ExpertReviewWorkingDays", 20);
        string[] office = [Roles.Admin, Roles.OfficeStaff];
        Definition = new WorkflowDefinition<TimeHonoredApplication>(
            "time-honored-recognition",
            Submitted,
            [Submitted, ExpertReview, Reviewed, PublicNotice, Recognized, NotRecognized, Withdrawn],
            [
                new(Accept, [Submitted], ExpertReview, office, Clock: new ClockEffect.Start(ExpertReviewWorkingDays)),
                new(Refuse, [Submitted], NotRecognized, office, Clock: new ClockEffect.Clear(), RequiresComment: true),
                new(Score, [ExpertReview], Reviewed, [Roles.Expert], Clock: new ClockEffect.Clear()),
                new(PublishNotice, [Reviewed], PublicNotice, office, Guard: PassedReview, Clock: new ClockEffect.Start(NoticeWorkingDays)),
                new(Recognize, [PublicNotice], Recognized, office, Guard: NoticeOver, Clock: new ClockEffect.Clear()),
                new(Decline, [Reviewed, PublicNotice], NotRecognized, office, Clock: new ClockEffect.Clear(), RequiresComment: true),
                new(Withdraw, [Submitted, ExpertReview, Reviewed], Withdrawn, [Roles.Applicant], Clock: new ClockEffect.Clear()),
            ]);
    }

    /// <summary>Length of the public notice period in working days (<c>Registries:NoticeWorkingDays</c>, 5 unless configured).</summary>
    public int NoticeWorkingDays { get; }

    /// <summary>Working days the expert has to score (<c>Registries:ExpertReviewWorkingDays</c>, 20 unless configured).</summary>
    public int ExpertReviewWorkingDays { get; }

    internal WorkflowDefinition<TimeHonoredApplication> Definition { get; }

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), WorkflowEngine.ChinaTime).DateTime);

    private static GuardFailure? PassedReview(TimeHonoredApplication application) =>
        application.ScoreTotal is { } total && total >= RecognitionCriteria.PassMark
            ? null
            : new GuardFailure(
                $"专家评分未达到 {RecognitionCriteria.PassMark} 分，不能公示。",
                $"The expert score is below {RecognitionCriteria.PassMark}; the application cannot be published for notice.");

    private GuardFailure? NoticeOver(TimeHonoredApplication application) =>
        application.DueDate is { } lastDay && Today > lastDay
            ? null
            : new GuardFailure(
                $"公示期至 {application.DueDate:yyyy-MM-dd} 届满，届满后方可认定。",
                $"The notice period runs until {application.DueDate:yyyy-MM-dd}; recognition is possible after it ends.");
}
