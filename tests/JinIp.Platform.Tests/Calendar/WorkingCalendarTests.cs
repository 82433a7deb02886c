using JinIp.Platform.Calendar;

namespace JinIp.Platform.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private readonly WorkingCalendar _calendar = WorkingCalendar.Default;

    [Theory]
    [InlineData("2021-10-01", false)] // 国庆节
    [InlineData("2021-10-07", false)]
    [InlineData("2021-10-09", true)] // Saturday, make-up working day
    [InlineData("2021-09-26", true)] // Sunday, make-up working day
    [InlineData("2021-10-10", false)] // ordinary Sunday
    [InlineData("2021-10-11", true)] // ordinary Monday
    [InlineData("2024-02-18", true)] // Sunday after Spring Festival, make-up
    [InlineData("2026-02-14", true)] // Saturday before Spring Festival 2026, make-up
    [InlineData("2026-02-23", false)] // last day of the 2026 Spring Festival break (a Monday)
    public void IsWorkingDay_FollowsStateCouncilArrangement(string day, bool expected) =>
        Assert.Equal(expected, _calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AddWorkingDays_SkipsNationalDayAndCountsMakeUpSaturday()
    {
        // 2021-09-30 (Thu) + 1 working day: 10-01…10-07 are holidays, so day 1 is Friday 10-08, day 2 the make-up Saturday 10-09.
        Assert.Equal(new DateOnly(2021, 10, 8), _calendar.AddWorkingDays(new DateOnly(2021, 9, 30), 1));
        Assert.Equal(new DateOnly(2021, 10, 9), _calendar.AddWorkingDays(new DateOnly(2021, 9, 30), 2));
    }

    [Fact]
    public void AddWorkingDays_ThirtyDaysAcrossSpringFestival2021()
    {
        // From 2021-02-01 (Mon): Feb 7 (Sun) and Feb 20 (Sat) are working days, Feb 11–17 are not.
        var due = _calendar.AddWorkingDays(new DateOnly(2021, 2, 1), 30);
        Assert.Equal(30, _calendar.WorkingDaysBetween(new DateOnly(2021, 2, 1), due));
        Assert.Equal(new DateOnly(2021, 3, 18), due);
    }

    [Fact]
    public void WorkingDaysBetween_IsNegativeBackwards() =>
        Assert.Equal(-5, _calendar.WorkingDaysBetween(new DateOnly(2021, 3, 8), new DateOnly(2021, 3, 1)));

    [Fact]
    public void HolidayName_NamesTheHoliday()
    {
        Assert.Equal("春节", _calendar.HolidayName(new DateOnly(2025, 1, 29)));
        Assert.Null(_calendar.HolidayName(new DateOnly(2025, 3, 3)));
    }

    [Fact]
    public void Constructor_RejectsDayThatIsBothHolidayAndWorkday()
    {
        var data = CalendarData.Parse("""{ "source": "t", "years": { "2030": { "holidays": [ { "name": "x", "from": "2030-01-01", "to": "2030-01-02" } ], "workdays": [ "2030-01-02" ] } } }""");
        var error = Assert.Throws<InvalidOperationException>(() => new WorkingCalendar(data));
        Assert.Contains("2030-01-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HasDataFor_KnowsConfiguredYearsOnly()
    {
        Assert.True(_calendar.HasDataFor(2021));
        Assert.True(_calendar.HasDataFor(2026));
        Assert.False(_calendar.HasDataFor(2035));
    }
}
