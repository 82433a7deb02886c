using JinIp.Creation.Registrations;
using JinIp.Platform.Errors;

namespace JinIp.Creation.Tests;

/// <summary>Registration numbers: format, a serial without gaps per year, given in the deciding transaction, under concurrency.</summary>
public sealed class NumberingTests(CreationFixture fixture) : IClassFixture<CreationFixture>
{
    [Fact]
    public void Format_IsTheDocumentedOne()
    {
        Assert.Equal("津作登字-2021-A-00000001", RegistrationNumber.Format(2021, WorkType.Written, 1));
        Assert.Equal("津作登字-2021-J-00012345", RegistrationNumber.Format(2021, WorkType.Photography, 12345));
        Assert.Equal("津作登字-2021-O-00000007", RegistrationNumber.Format(2021, WorkType.Other, 7));
        Assert.Equal(15, Enum.GetValues<WorkType>().Select(WorkTypes.Letter).Distinct().Count());
        Assert.Equal("津作登字-2021-A-00000001", RegistrationNumber.Normalize(" 津作登字－2021－a－00000001 "));
        Assert.Null(RegistrationNumber.Normalize("津作登字-2021-Z-00000001"));
        Assert.Null(RegistrationNumber.Normalize("国作登字-2021-A-00000001"));
    }

    [Fact]
    public async Task ConcurrentDecisions_GetConsecutiveSerials_AndTwoReviewersOnOneFile_OneWins()
    {
        var files = new List<RegistrationView>();
        for (var i = 0; i < 6; i++)
        {
            files.Add(await fixture.InReviewAsync(i % 2 == 0 ? fixture.ApplicantA : fixture.ApplicantB, $"并发登记 {i}", i % 2 == 0 ? WorkType.Written : WorkType.FineArt));
        }

        var contested = files[0];
        var decisions = files.Select(f => Decide(fixture.Reviewer, f)).Append(Decide(fixture.SecondReviewer, contested)).ToList();
        var outcomes = await Task.WhenAll(decisions);

        var conflicts = outcomes.Where(o => o.Error is not null).ToList();
        var conflict = Assert.Single(conflicts);
        Assert.IsType<ConflictException>(conflict.Error);
        var numbers = outcomes.Where(o => o.View is not null).Select(o => o.View!.RegistrationNumber!).ToList();
        Assert.Equal(6, numbers.Count);
        var serials = numbers.Select(n => int.Parse(n[^8..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        var year = (await fixture.WithAsync(r => Task.FromResult(r.Today))).Year;
        var first = serials[0];
        Assert.Equal(Enumerable.Range(first, 6), serials);
        Assert.All(numbers, n => Assert.StartsWith($"津作登字-{year}-", n, StringComparison.Ordinal));

        var written = await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantA, files[2].Id));
        Assert.Matches(@"^津作登字-\d{4}-A-\d{8}$", written.RegistrationNumber!);
        var art = await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantB, files[1].Id));
        Assert.Matches(@"^津作登字-\d{4}-H-\d{8}$", art.RegistrationNumber!);

        // The losing reviewer's attempt used no serial: the next registration continues the sequence.
        var next = await fixture.InReviewAsync(fixture.ApplicantA, "下一个");
        var decided = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, next.Id, RegistrationActions.Register, next.Version, null));
        Assert.EndsWith((first + 6).ToString("D8", System.Globalization.CultureInfo.InvariantCulture), decided.RegistrationNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SerialsStartAgainEachYear()
    {
        var thisYear = await fixture.InReviewAsync(fixture.ApplicantA, "跨年前");
        var before = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, thisYear.Id, RegistrationActions.Register, thisYear.Version, null));
        var year = int.Parse(before.RegistrationNumber!.AsSpan(5, 4), System.Globalization.CultureInfo.InvariantCulture);

        var today = await fixture.WithAsync(r => Task.FromResult(r.Today));
        fixture.Clock.Advance(TimeSpan.FromDays(new DateOnly(today.Year + 1, 1, 4).DayNumber - today.DayNumber));
        var nextYear = await fixture.InReviewAsync(fixture.ApplicantB, "跨年后");
        var after = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, nextYear.Id, RegistrationActions.Register, nextYear.Version, null));
        Assert.Equal($"津作登字-{year + 1}-J-00000001", after.RegistrationNumber);
    }

    private async Task<(RegistrationView? View, Exception? Error)> Decide(JinIp.Platform.Identity.Actor reviewer, RegistrationView file)
    {
        await Task.Yield();
        try
        {
            return (await fixture.WithAsync(r => r.FireAsync(reviewer, file.Id, RegistrationActions.Register, file.Version, null)), null);
        }
        catch (UserFacingException ex)
        {
            return (null, ex);
        }
    }
}
