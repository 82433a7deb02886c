using System.Collections.Frozen;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;

namespace JinIp.Protection.Cases;

/// <summary>The states a case moves through (the same names for every type; each type uses a subset).</summary>
public static class CaseStates
{
    public const string Registered = "registered";
    public const string Investigating = "investigating";
    public const string Mediating = "mediating";
    public const string Hearing = "hearing";
    public const string Decided = "decided";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> Open = [Registered, Investigating, Mediating, Hearing, Decided];

    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Names = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [Registered] = ("已立案", "Registered"),
        [Investigating] = ("调查取证", "Investigating"),
        [Mediating] = ("调解中", "Mediating"),
        [Hearing] = ("审理中", "Hearing"),
        [Decided] = ("已作出决定", "Decided"),
        [Closed] = ("已结案", "Closed"),
    };
}

/// <summary>The steps staff can take on a case.</summary>
public static class CaseActions
{
    public const string Investigate = "investigate";
    public const string Mediate = "mediate";
    public const string MediationAgreed = "mediation-agreed";
    public const string MediationFailed = "mediation-failed";
    public const string Hear = "hear";
    public const string Decide = "decide";
    public const string Close = "close";
    public const string Terminate = "terminate";

    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Names = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["create"] = ("立案", "Registered"),
        [Investigate] = ("开始调查", "Start investigation"),
        [Mediate] = ("组织调解", "Start mediation"),
        [MediationAgreed] = ("调解成功（达成协议）", "Mediation agreed"),
        [MediationFailed] = ("调解不成", "Mediation failed"),
        [Hear] = ("进入审理", "Start hearing"),
        [Decide] = ("作出决定", "Decide"),
        [Close] = ("结案", "Close"),
        [Terminate] = ("撤销立案/终止", "Terminate"),
    };
}

/// <summary>
/// One workflow per case type on the platform engine. Disputes and infringement cases may be mediated
/// (a mediation agreement closes them; a failed mediation goes on to the hearing); counterfeit patent
/// marking is a pure penalty case; customs seizures and online takedowns are decided straight after the
/// investigation. The time limit runs from registration and stops when the decision is made.
/// </summary>
public sealed class CaseWorkflows
{
    /// <summary>Who may act on cases; that they belong to the handling unit is checked by the case service.</summary>
    internal static readonly string[] Handlers = [Roles.Admin, Roles.OfficeStaff, Roles.DistrictOffice, Roles.MemberUnit];

    private readonly FrozenDictionary<CaseType, WorkflowDefinition<ProtectionCase>> _definitions;

    public CaseWorkflows()
    {
        _definitions = Enum.GetValues<CaseType>().ToFrozenDictionary(t => t, Build);
    }

    public static bool CanMediate(CaseType type) => type is CaseType.PatentInfringementDispute or CaseType.TrademarkInfringement
        or CaseType.CopyrightPiracy or CaseType.GeographicIndicationMisuse or CaseType.PlantVarietyInfringement;

    public static bool HasHearing(CaseType type) => type is not (CaseType.CustomsSeizure or CaseType.OnlineTakedown);

    internal WorkflowDefinition<ProtectionCase> For(CaseType type) => _definitions[type];

    /// <summary>The actions of a type, in order, for documentation and tests.</summary>
    public IReadOnlyList<string> ActionsOf(CaseType type) => _definitions[type].Transitions.Select(t => t.Name).ToList();

    private static WorkflowDefinition<ProtectionCase> Build(CaseType type)
    {
        var transitions = new List<WorkflowTransition<ProtectionCase>>
        {
            new(CaseActions.Investigate, [CaseStates.Registered], CaseStates.Investigating, Handlers),
        };
        if (CanMediate(type))
        {
            transitions.Add(new(CaseActions.Mediate, [CaseStates.Investigating, CaseStates.Hearing], CaseStates.Mediating, Handlers));
            transitions.Add(new(CaseActions.MediationAgreed, [CaseStates.Mediating], CaseStates.Closed, Handlers, Guard: HasAgreement, Clock: new ClockEffect.Clear()));
            transitions.Add(new(CaseActions.MediationFailed, [CaseStates.Mediating], CaseStates.Hearing, Handlers, RequiresComment: true));
        }

        if (HasHearing(type))
        {
            transitions.Add(new(CaseActions.Hear, [CaseStates.Investigating], CaseStates.Hearing, Handlers));
            transitions.Add(new(CaseActions.Decide, [CaseStates.Hearing], CaseStates.Decided, Handlers, Guard: HasDecision, Clock: new ClockEffect.Clear()));
        }
        else
        {
            transitions.Add(new(CaseActions.Decide, [CaseStates.Investigating], CaseStates.Decided, Handlers, Guard: HasDecision, Clock: new ClockEffect.Clear()));
        }

        transitions.Add(new(CaseActions.Close, [CaseStates.Decided], CaseStates.Closed, Handlers));
        var states = new List<string> { CaseStates.Registered, CaseStates.Investigating };
        if (CanMediate(type))
        {
            states.Add(CaseStates.Mediating);
        }

        if (HasHearing(type))
        {
            states.Add(CaseStates.Hearing);
        }

        transitions.Add(new(CaseActions.Terminate, states.ToList(), CaseStates.Closed, Handlers, Clock: new ClockEffect.Clear(), RequiresComment: true));
        states.AddRange([CaseStates.Decided, CaseStates.Closed]);
        return new WorkflowDefinition<ProtectionCase>("protection-case-" + type.ToString().ToLowerInvariant(), CaseStates.Registered, states, transitions);
    }

    private static GuardFailure? HasAgreement(ProtectionCase c) => string.IsNullOrWhiteSpace(c.MediationAgreement)
        ? new GuardFailure("请填写调解协议内容。", "Enter the mediation agreement.")
        : null;

    private static GuardFailure? HasDecision(ProtectionCase c) => string.IsNullOrWhiteSpace(c.DecisionText)
        ? new GuardFailure("请填写决定内容。", "Enter the decision.")
        : null;
}
