using System.Collections.Frozen;

namespace JinIp.Platform.Workflow;

/// <summary>A record that moves through a declared state machine.</summary>
public interface IWorkflowSubject
{
    Guid Id { get; }

    string State { get; set; }

    /// <summary>Optimistic-concurrency token: every transition increments it.</summary>
    int Version { get; set; }

    /// <summary>The working-day deadline of the current state, if one runs.</summary>
    DateOnly? DueDate { get; set; }

    /// <summary>Working days left when the clock was stopped (e.g. while waiting for a correction).</summary>
    int? PausedWorkingDaysLeft { get; set; }
}

/// <summary>What a transition does to the deadline clock.</summary>
public abstract record ClockEffect
{
    private ClockEffect()
    {
    }

    /// <summary>Starts a new deadline of <paramref name="WorkingDays"/> working days from today.</summary>
    public sealed record Start(int WorkingDays) : ClockEffect;

    /// <summary>Stops the clock, remembering the working days left.</summary>
    public sealed record Pause : ClockEffect;

    /// <summary>Restarts a stopped clock (after a pause) with the working days that were left.</summary>
    public sealed record Restart : ClockEffect;

    /// <summary>No deadline any more (a final decision).</summary>
    public sealed record Clear : ClockEffect;
}

/// <summary>A guard answers null when the transition may fire, otherwise the reason in Chinese and English.</summary>
public sealed record GuardFailure(string MessageZh, string MessageEn);

public sealed record WorkflowTransition<TSubject>(
    string Name,
    IReadOnlyList<string> From,
    string To,
    IReadOnlyList<string> Roles,
    Func<TSubject, GuardFailure?>? Guard = null,
    ClockEffect? Clock = null,
    bool RequiresComment = false)
    where TSubject : IWorkflowSubject;

/// <summary>
/// A declared state machine: its states, and for each transition where it may start, where it
/// leads, which roles may fire it, its guard and what it does to the deadline. Declared once per
/// application or case type and checked when declared.
/// </summary>
public sealed class WorkflowDefinition<TSubject>
    where TSubject : IWorkflowSubject
{
    private readonly FrozenDictionary<string, WorkflowTransition<TSubject>> _transitions;

    public WorkflowDefinition(string name, string initialState, IReadOnlyList<string> states, IReadOnlyList<WorkflowTransition<TSubject>> transitions)
    {
        Name = name;
        InitialState = initialState;
        States = states;
        var known = states.ToHashSet(StringComparer.Ordinal);
        if (!known.Contains(initialState))
        {
            throw new ArgumentException($"Workflow {name}: initial state {initialState} is not declared.", nameof(initialState));
        }

        foreach (var transition in transitions)
        {
            var unknown = transition.From.Append(transition.To).FirstOrDefault(s => !known.Contains(s));
            if (unknown is not null)
            {
                throw new ArgumentException($"Workflow {name}: transition {transition.Name} names undeclared state {unknown}.", nameof(transitions));
            }

            if (transition.Roles.Count == 0)
            {
                throw new ArgumentException($"Workflow {name}: transition {transition.Name} names no role that may fire it.", nameof(transitions));
            }
        }

        _transitions = transitions.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public string Name { get; }

    public string InitialState { get; }

    public IReadOnlyList<string> States { get; }

    public IEnumerable<WorkflowTransition<TSubject>> Transitions => _transitions.Values;

    public WorkflowTransition<TSubject>? Find(string transitionName) => _transitions.GetValueOrDefault(transitionName);

    /// <summary>The transitions this actor could fire from the subject's current state (guards included), for showing buttons.</summary>
    public IEnumerable<WorkflowTransition<TSubject>> Available(TSubject subject, IReadOnlySet<string> roles) =>
        _transitions.Values.Where(t =>
            t.From.Contains(subject.State, StringComparer.Ordinal)
            && t.Roles.Any(roles.Contains)
            && t.Guard?.Invoke(subject) is null);
}
