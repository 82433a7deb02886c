using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JinIp.Platform.Calendar;

/// <summary>
/// The one place that knows which days are working days in mainland China: weekends, the public
/// holidays and the make-up working days (调休上班) announced each year by the State Council, read
/// from configured data. Every deadline in JinIP is counted here.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly FrozenDictionary<DateOnly, string> _holidays;
    private readonly FrozenSet<DateOnly> _makeUpWorkdays;
    private readonly FrozenSet<int> _yearsWithData;

    public WorkingCalendar(CalendarData data)
    {
        var holidays = new Dictionary<DateOnly, string>();
        var workdays = new HashSet<DateOnly>();
        var years = new HashSet<int>();
        foreach (var (yearText, year) in data.Years)
        {
            years.Add(int.Parse(yearText, CultureInfo.InvariantCulture));
            foreach (var holiday in year.Holidays)
            {
                if (holiday.To < holiday.From)
                {
                    throw new InvalidOperationException($"Holiday {holiday.Name} ends before it starts ({holiday.From:yyyy-MM-dd}).");
                }

                for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1))
                {
                    holidays[day] = holiday.Name;
                }
            }

            foreach (var day in year.Workdays)
            {
                workdays.Add(day);
            }
        }

        var clash = holidays.Keys.Where(workdays.Contains).ToList();
        if (clash.Count > 0)
        {
            throw new InvalidOperationException($"A day cannot be both a holiday and a make-up working day: {string.Join(", ", clash.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}.");
        }

        _holidays = holidays.ToFrozenDictionary();
        _makeUpWorkdays = workdays.ToFrozenSet();
        _yearsWithData = years.ToFrozenSet();
        Source = data.Source;
    }

    /// <summary>Where the holiday data comes from.</summary>
    public string Source { get; }

    /// <summary>The calendar shipped with JinIP (State Council notices 2021–2026).</summary>
    public static WorkingCalendar Default { get; } = new(CalendarData.LoadEmbedded());

    /// <summary>Whether the configured data covers this year; outside it only weekends are known.</summary>
    public bool HasDataFor(int year) => _yearsWithData.Contains(year);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_makeUpWorkdays.Contains(day))
        {
            return true;
        }

        if (_holidays.ContainsKey(day))
        {
            return false;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The holiday's name if the day is a public holiday, otherwise null.</summary>
    public string? HolidayName(DateOnly day) => _holidays.GetValueOrDefault(day);

    /// <summary>
    /// The day on which a period of <paramref name="workingDays"/> working days that starts on
    /// <paramref name="start"/> ends. As in Chinese administrative practice the start day itself is
    /// not counted: the first working day after it is day 1.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>Holiday arrangement data as configured (JSON).</summary>
public sealed class CalendarData
{
    public string Source { get; init; } = "";

    public Dictionary<string, CalendarYear> Years { get; init; } = [];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static CalendarData Parse(string json) =>
        JsonSerializer.Deserialize<CalendarData>(json, JsonOptions)
        ?? throw new InvalidOperationException("Calendar data is empty.");

    internal static CalendarData LoadEmbedded()
    {
        using var stream = typeof(CalendarData).Assembly.GetManifestResourceStream("JinIp.Platform.Calendar.holidays-cn.json")
            ?? throw new InvalidOperationException("Embedded calendar data is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

public sealed class CalendarYear
{
    public List<CalendarHoliday> Holidays { get; init; } = [];

    public List<DateOnly> Workdays { get; init; } = [];
}

public sealed class CalendarHoliday
{
    public string Name { get; init; } = "";

    [JsonPropertyName("from")]
    public DateOnly From { get; init; }

    [JsonPropertyName("to")]
    public DateOnly To { get; init; }
}
