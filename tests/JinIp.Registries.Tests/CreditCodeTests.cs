using JinIp.Registries.Validation;

namespace JinIp.Registries.Tests;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43", true)] // a published example code
    [InlineData("91350100m000100y43", true)]
    [InlineData("91350100M000100Y44", false)]
    [InlineData("91350100M000100I43", false)] // I is not in the alphabet
    [InlineData("9135010", false)]
    public void TheCheckCharacter_IsVerified(string code, bool valid) =>
        Assert.Equal(valid, UnifiedSocialCreditCode.Normalize(code) is not null);

    [Fact]
    public void Complete_AddsTheCheckCharacterThatValidates() =>
        Assert.True(UnifiedSocialCreditCode.IsValid(UnifiedSocialCreditCode.Complete("91120116MA05JX000")));
}
