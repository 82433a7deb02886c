using JinIp.Creation.Registrations;
using JinIp.Platform.Errors;

namespace JinIp.Creation.Tests;

public sealed class IdentityAndMaskingTests(CreationFixture fixture) : IClassFixture<CreationFixture>
{
    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("120104199001011238", true)]
    [InlineData("120104199001011234", false)] // wrong check digit
    [InlineData("120104199013011231", false)] // month 13
    [InlineData("12010419900101123", false)]  // 17 characters
    [InlineData("1201041990010112A8", false)]
    public void ResidentId_CheckDigitAndBirthDate(string number, bool valid) =>
        Assert.Equal(valid, IdentityNumbers.IsValidResidentId(number));

    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91120116MA05JTX310", true)]
    [InlineData("91120116ma05jtx310", true)]
    [InlineData("91350100M000100Y44", false)] // wrong check character
    [InlineData("91350100M000100YI3", false)] // I is not in the alphabet
    [InlineData("91350100M000100Y4", false)]
    public void UnifiedSocialCreditCode_CheckCharacter(string code, bool valid) =>
        Assert.Equal(valid, IdentityNumbers.IsValidUnifiedSocialCreditCode(code));

    [Fact]
    public void Masking_KeepsOnlyTheEnds()
    {
        Assert.Equal("110*************2X", Masking.DocumentNumber("11010519491231002X"));
        Assert.Equal("138****5678", Masking.Phone("138-1234-5678"));
        Assert.Equal("022****6789", Masking.Phone("022-23456789"));
        Assert.Equal("****", Masking.Phone("1234"));
    }

    [Fact]
    public async Task WrongNumbers_GetMessagesBesideTheirFields_InBothLanguages()
    {
        var input = CreationFixture.CompleteInput() with
        {
            Owners =
            [
                new OwnerInput { Name = "张三", Kind = OwnerKind.Person, DocumentType = IdentityDocumentType.ResidentId, DocumentNumber = "120104199001011234" },
                new OwnerInput { Name = "某公司", Kind = OwnerKind.Organization, DocumentType = IdentityDocumentType.UnifiedSocialCreditCode, DocumentNumber = "91350100M000100Y44", Phone = "abc" },
            ],
            CompletedOn = new DateOnly(2999, 1, 1),
        };
        var error = await Assert.ThrowsAsync<ValidationException>(() => fixture.WithAsync(r => r.CreateDraftAsync(fixture.ApplicantA, input)));
        var byField = error.Errors.ToDictionary(e => e.Field);
        Assert.Contains("校验位", byField["owners[0].documentNumber"].MessageZh, StringComparison.Ordinal);
        Assert.Contains("check digit", byField["owners[0].documentNumber"].MessageEn, StringComparison.Ordinal);
        Assert.Contains("统一社会信用代码", byField["owners[1].documentNumber"].MessageZh, StringComparison.Ordinal);
        Assert.True(byField.ContainsKey("owners[1].phone"));
        Assert.True(byField.ContainsKey("completedOn"));
    }

    [Fact]
    public async Task PublicViews_ShowOwnerNames_MaskPersonalNumbersAndPhones()
    {
        var review = await fixture.InReviewAsync(fixture.ApplicantA, "公开核验测试");
        var registered = await fixture.WithAsync(r => r.FireAsync(fixture.Reviewer, review.Id, RegistrationActions.Register, review.Version, null));

        var verified = await fixture.WithAsync(r => r.VerifyAsync(registered.RegistrationNumber!.ToLowerInvariant().Replace("-", " - ", StringComparison.Ordinal)));
        Assert.NotNull(verified);
        var person = verified.Owners.Single(o => o.Kind == OwnerKind.Person);
        Assert.Equal("张三", person.Name);
        Assert.Equal("110*************2X", person.DocumentNumber);
        Assert.Equal("138****5678", person.Phone);
        var organization = verified.Owners.Single(o => o.Kind == OwnerKind.Organization);
        Assert.Equal("91350100M000100Y43", organization.DocumentNumber);

        var notices = await fixture.WithAsync(r => r.NoticesAsync(1, 100));
        var listed = Assert.Single(notices.Items, n => n.RegistrationNumber == registered.RegistrationNumber);
        Assert.DoesNotContain(listed.Owners, o => o.DocumentNumber.Contains("19491231", StringComparison.Ordinal) || (o.Phone?.Contains("1234", StringComparison.Ordinal) ?? false));

        // Files not (yet) registered are not verifiable.
        var open = await fixture.SubmittedAsync(fixture.ApplicantA, "未登记");
        Assert.Null(await fixture.WithAsync(r => r.VerifyAsync("津作登字-1999-A-00000001")));
        Assert.DoesNotContain(notices.Items, n => n.Title == open.Title);
    }

    [Fact]
    public async Task ApplicantB_CannotSeeOrActOnApplicantAsFiles()
    {
        var submitted = await fixture.SubmittedAsync(fixture.ApplicantA, "甲公司的作品");
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.WithAsync(r => r.GetAsync(fixture.ApplicantB, submitted.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.WithAsync(r => r.FireAsync(fixture.ApplicantB, submitted.Id, RegistrationActions.Withdraw, submitted.Version, null)));
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.WithAsync(r => r.AddSampleAsync(fixture.ApplicantB, submitted.Id, new MemoryStream(Samples.Png), "x.png")));
        var draft = await fixture.WithAsync(r => r.CreateDraftAsync(fixture.ApplicantA, new RegistrationInput { Title = "甲的草稿" }));
        var sample = await fixture.WithAsync(r => r.AddSampleAsync(fixture.ApplicantA, draft.Id, new MemoryStream(Samples.Png), "a.png"));
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.WithAsync(async r => { await r.RemoveSampleAsync(fixture.ApplicantB, sample.Id); return 0; }));
        await fixture.WithAsync(async r => { await r.RemoveSampleAsync(fixture.ApplicantA, sample.Id); return 0; });
        Assert.Empty((await fixture.WithAsync(r => r.GetAsync(fixture.ApplicantA, draft.Id))).Samples);
        var listB = await fixture.WithAsync(r => r.ListAsync(fixture.ApplicantB, new RegistrationFilter()));
        Assert.DoesNotContain(listB, s => s.Id == submitted.Id);
        var listA = await fixture.WithAsync(r => r.ListAsync(fixture.ApplicantA, new RegistrationFilter()));
        Assert.Contains(listA, s => s.Id == submitted.Id);
    }
}
