using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Tests.Records;

public class ApplicationNumberTests
{
    [Theory]
    [InlineData("201710117081.7")]
    [InlineData("2017101170817")]
    [InlineData("CN201710117081.7")]
    [InlineData("ZL 2017 1011 7081.7")]
    [InlineData("ＣＮ２０１７１０１１７０８１．７")]
    public void Parse_AcceptedSpellings_NormalizeToDottedForm(string input)
    {
        var number = ApplicationNumber.Parse(input);

        Assert.Equal("201710117081.7", number.ToString());
        Assert.Equal("ZL201710117081.7", number.PatentNumber);
        Assert.Equal(2017, number.Year);
        Assert.Equal(PatentType.Invention, number.PatentType);
    }

    [Fact]
    public void TryParse_WrongCheckDigit_ReportsWrongCheck()
    {
        Assert.False(ApplicationNumber.TryParse("201710117081.6", out _, out var error));
        Assert.Equal(ApplicationNumberError.WrongCheck, error);
        Assert.Contains("校验位", error.MessageZh(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_TwelveDigitsWithoutCheck_ReportsMissingCheck()
    {
        Assert.False(ApplicationNumber.TryParse("201710117081", out _, out var error));
        Assert.Equal(ApplicationNumberError.MissingCheck, error);
    }

    [Fact]
    public void ComputeCheck_SumModElevenIsTen_WritesX()
    {
        // Find a serial whose weighted sum is 10 mod 11 and check it round-trips with X.
        for (var serial = 0; serial < 100; serial++)
        {
            var digits = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"20201{serial:D7}");
            if (ApplicationNumber.ComputeCheck(digits) == 'X')
            {
                Assert.Equal(digits + ".X", ApplicationNumber.Parse(digits + "x").ToString());
                return;
            }
        }

        Assert.Fail("no serial with check X in the first 100");
    }

    [Fact]
    public void Parse_OldEightDigitNumber_UsesWeightsTwoToNine()
    {
        // 98 1 23456: 9·2+8·3+1·4+2·5+3·6+4·7+5·8+6·9 = 196, 196 mod 11 = 9.
        var number = ApplicationNumber.Parse("98123456.9");

        Assert.True(number.IsOldFormat);
        Assert.Equal(1998, number.Year);
        Assert.Equal(PatentType.Invention, number.PatentType);
    }

    [Theory]
    [InlineData("202120123456", PatentType.UtilityModel)]
    [InlineData("202130123456", PatentType.Design)]
    [InlineData("202180123456", PatentType.Invention)]
    [InlineData("202190123456", PatentType.UtilityModel)]
    public void PatentType_FollowsTypeDigit(string digits, PatentType expected)
    {
        var number = ApplicationNumber.Parse(digits + ApplicationNumber.ComputeCheck(digits));

        Assert.Equal(expected, number.PatentType);
    }

    [Fact]
    public void TryParse_TypeDigitFour_IsRejected()
    {
        var digits = "202140123456";
        Assert.False(ApplicationNumber.TryParse(digits + ApplicationNumber.ComputeCheck(digits), out _, out var error));
        Assert.Equal(ApplicationNumberError.UnknownType, error);
    }
}
