using JinIp.Platform.Calendar;
using JinIp.Strategy.Supervision;
using TaskStatus = JinIp.Strategy.Data.TaskStatus;

namespace JinIp.Strategy.Tests.Supervision;

/// <summary>The status and colour rule of <see cref="TaskRules"/> on the 2021 calendar.</summary>
public sealed class TaskRulesTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;
    private static readonly DateOnly Deadline = TaskRules.DefaultDeadline(2021, Calendar);
    private static readonly IReadOnlyList<MilestoneView> Milestones = TaskRules.Milestones(2021, Deadline, Calendar);

    private static (ShownStatus, TaskColour) At(string today, TaskStatus status, int percent, DateOnly? postponedTo = null) =>
        TaskRules.Evaluate(status, percent, Deadline, postponedTo, Milestones, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Calendar);

    [Fact]
    public void DefaultDeadline_IsTheLastWorkingDayOfTheYear_AndMilestonesRiseQuarterlyTo100()
    {
        Assert.Equal(new DateOnly(2021, 12, 31), Deadline);
        Assert.Equal([1, 2, 3, 4], Milestones.Select(m => m.Quarter));
        Assert.Equal(new DateOnly(2021, 3, 31), Milestones[0].DueDate);
        Assert.Equal(new DateOnly(2021, 9, 30), Milestones[2].DueDate);
        Assert.Equal(100, Milestones[^1].ExpectedPercent);
        Assert.True(Milestones.Zip(Milestones.Skip(1)).All(p => p.First.ExpectedPercent < p.Second.ExpectedPercent));
        Assert.InRange(Milestones[1].ExpectedPercent, 45, 50);
    }

    [Fact]
    public void BeforeTheFirstMilestone_NothingDone_IsNotStartedAndGreen() =>
        Assert.Equal((ShownStatus.NotStarted, TaskColour.Green), At("2021-02-01", TaskStatus.NotStarted, 0));

    [Fact]
    public void BelowAPassedMilestone_IsBehind_YellowWithinTheGap_RedBeyondIt()
    {
        // On 2021-07-05 the Q2 milestone (about 45–50 %) is due.
        Assert.Equal((ShownStatus.Behind, TaskColour.Yellow), At("2021-07-05", TaskStatus.InProgress, 40));
        Assert.Equal((ShownStatus.Behind, TaskColour.Red), At("2021-07-05", TaskStatus.InProgress, 10));
        Assert.Equal((ShownStatus.InProgress, TaskColour.Green), At("2021-07-05", TaskStatus.InProgress, 60));
    }

    [Fact]
    public void NearTheDeadline_OnTrackButNotDone_IsYellow() =>
        Assert.Equal((ShownStatus.InProgress, TaskColour.Yellow), At("2021-12-24", TaskStatus.InProgress, 100 - 5));

    [Fact]
    public void PastTheDeadline_NotDone_IsBehindAndRed_DoneIsGreen()
    {
        Assert.Equal((ShownStatus.Behind, TaskColour.Red), At("2022-01-04", TaskStatus.InProgress, 90));
        Assert.Equal((ShownStatus.Done, TaskColour.Green), At("2022-01-04", TaskStatus.Done, 100));
    }

    [Fact]
    public void Postponed_CountsFromTheNewDate()
    {
        var newDate = new DateOnly(2022, 3, 31);
        Assert.Equal((ShownStatus.Postponed, TaskColour.Green), At("2022-01-04", TaskStatus.Postponed, 50, newDate));
        Assert.Equal((ShownStatus.Postponed, TaskColour.Yellow), At("2022-03-25", TaskStatus.Postponed, 50, newDate));
        Assert.Equal((ShownStatus.Behind, TaskColour.Red), At("2022-04-01", TaskStatus.Postponed, 50, newDate));
    }
}
