using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Reference;

namespace JinIp.PatentSearch.Tests.Records;

public class ClassificationTests
{
    [Theory]
    [InlineData("H01M 10/0525", "H01M10/0525", IpcLevel.Subgroup)]
    [InlineData("h01m10/0525", "H01M10/0525", IpcLevel.Subgroup)]
    [InlineData("H01M 0010/0525", "H01M10/0525", IpcLevel.Subgroup)]
    [InlineData("H01M0010052500", "H01M10/0525", IpcLevel.Subgroup)]
    [InlineData("H01M10/00", "H01M10/00", IpcLevel.MainGroup)]
    [InlineData("H01M", "H01M", IpcLevel.Subclass)]
    [InlineData("H01", "H01", IpcLevel.Class)]
    [InlineData("H", "H", IpcLevel.Section)]
    public void IpcCode_Parse_NormalizesAndKnowsLevel(string input, string code, IpcLevel level)
    {
        var ipc = IpcCode.Parse(input);

        Assert.Equal(code, ipc.Code);
        Assert.Equal(level, ipc.Level);
    }

    [Fact]
    public void IpcCode_Levels_ArePrefixesOfTheSubgroup()
    {
        var ipc = IpcCode.Parse("H01M10/0525");

        Assert.Equal(["H", "H01", "H01M", "H01M10/00", "H01M10/0525"], Enum.GetValues<IpcLevel>().Select(l => ipc.AtLevel(l)));
        Assert.Equal("H01M 10/0525", ipc.Display);
    }

    [Theory]
    [InlineData("Y02E60/10")]
    [InlineData("H1M")]
    [InlineData("H01M10")]
    [InlineData("H01M10/1234567")]
    public void IpcCode_TryParse_Invalid_ReturnsFalse(string input) => Assert.False(IpcCode.TryParse(input, out _));

    [Fact]
    public void IpcScheme_EmbeddedTable_HasChineseTitlesAtEveryLevel()
    {
        Assert.Equal("电学", IpcScheme.TitleOf("H"));
        Assert.NotNull(IpcScheme.TitleOf("H01M"));
        Assert.NotNull(IpcScheme.TitleOf("H01M10/00"));
        Assert.True(IpcScheme.Count > 70_000);
    }

    [Fact]
    public void StrategicEmergingIndustries_ExactCodeLookup_FindsIndustry()
    {
        var industries = StrategicEmergingIndustries.ForIpc(IpcCode.Parse("A01B1/02"));

        Assert.NotEmpty(industries);
        Assert.All(industries, code => Assert.NotNull(StrategicEmergingIndustries.Find(code)));
        Assert.Equal(40, StrategicEmergingIndustries.All.Count);
    }

    [Theory]
    [InlineData("PN", "CN113914863A", PatentType.Invention, false)]
    [InlineData("PN", "CN111504366B", PatentType.Invention, true)]
    [InlineData("PN", "CN 215792497 U", PatentType.UtilityModel, true)]
    [InlineData("PN", "1234567Y", PatentType.UtilityModel, true)]
    [InlineData("PN", "CN3012345D", PatentType.Design, true)]
    public void PublicationNumber_KindCode_ImpliesTypeAndGrant(string _, string input, PatentType type, bool grant)
    {
        var number = PublicationNumber.Parse(input);

        Assert.Equal(type, number.ImpliedType);
        Assert.Equal(grant, number.IsGrant);
        Assert.StartsWith("CN", number.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PatentTerm_DesignFiledBeforeJune2021_TenYears_AfterFifteen()
    {
        Assert.Equal(new DateOnly(2031, 5, 30), PatentTerm.LastDay(PatentType.Design, new DateOnly(2021, 5, 31)));
        Assert.Equal(new DateOnly(2036, 5, 31), PatentTerm.LastDay(PatentType.Design, new DateOnly(2021, 6, 1)));
        Assert.Equal(new DateOnly(2039, 12, 31), PatentTerm.LastDay(PatentType.Invention, new DateOnly(2020, 1, 1)));
        Assert.Equal(new DateOnly(2029, 12, 31), PatentTerm.LastDay(PatentType.UtilityModel, new DateOnly(2020, 1, 1)));
    }

    [Theory]
    [InlineData("天津大学", ApplicantType.University)]
    [InlineData("天津职业技术师范大学", ApplicantType.University)]
    [InlineData("中国科学院天津工业生物技术研究所", ApplicantType.Institute)]
    [InlineData("天津市滨海新区某某研究院有限公司", ApplicantType.Enterprise)]
    [InlineData("中海油能源发展股份有限公司", ApplicantType.Enterprise)]
    [InlineData("中国电子科技集团公司第十八研究所", ApplicantType.Institute)]
    [InlineData("张伟", ApplicantType.Individual)]
    [InlineData("欧阳明华", ApplicantType.Individual)]
    [InlineData("Siemens AG", ApplicantType.Enterprise)]
    [InlineData("John Smith", ApplicantType.Individual)]
    public void ApplicantTypes_Infer_ClassifiesByName(string name, ApplicantType expected) =>
        Assert.Equal(expected, ApplicantTypes.Infer(name));

    [Theory]
    [InlineData("300072 天津市南开区卫津路92号", "12", "1201", "120104")]
    [InlineData("天津市滨海新区海洋高新区黄海路", "12", "1201", "120116")]
    [InlineData("天津经济技术开发区第三大街", "12", "1201", "120116")]
    [InlineData("天津市塘沽区", "12", "1201", "120116")]
    [InlineData("广东省深圳市南山区科技园", "44", "4403", "440305")]
    [InlineData("北京市海淀区中关村", "11", "1101", "110108")]
    public void AddressResolver_Resolve_FindsProvinceCityDistrict(string address, string province, string city, string district)
    {
        var region = AddressResolver.Resolve(address);

        Assert.NotNull(region);
        Assert.Equal(province, region.Province);
        Assert.Equal(city, region.City);
        Assert.Equal(district, region.District);
    }

    [Fact]
    public void AddressResolver_NoProvince_ReturnsNull() => Assert.Null(AddressResolver.Resolve("卫津路92号"));

    [Fact]
    public void HighValueCriteria_ValidInventionInStrategicIndustry_Counts()
    {
        var record = new PatentRecord
        {
            Type = PatentType.Invention,
            Title = "锂离子电池",
            LegalStatus = LegalStatus.Valid,
            ApplicationDate = new DateOnly(2020, 1, 1),
            Ipcs = [IpcCode.Parse("A01B1/02")],
        };

        Assert.Equal(HighValueReasons.StrategicEmergingIndustry, HighValueCriteria.Evaluate(record, new DateOnly(2024, 1, 1)));
        Assert.Equal(HighValueReasons.None, HighValueCriteria.Evaluate(record with { LegalStatus = LegalStatus.Lapsed }, new DateOnly(2024, 1, 1)));
        Assert.Equal(HighValueReasons.None, HighValueCriteria.Evaluate(record with { Type = PatentType.UtilityModel }, new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void HighValueCriteria_OldPledgedAwarded_ReportsEachReason()
    {
        var record = new PatentRecord
        {
            Type = PatentType.Invention,
            Title = "x",
            LegalStatus = LegalStatus.Valid,
            ApplicationDate = new DateOnly(2010, 1, 1),
            HasOverseasGrant = true,
            Awards = [PatentAward.ChinaPatentAward],
            LegalEvents = [new LegalEvent(new DateOnly(2018, 3, 1), LegalEventKind.Pledge, null, 20_000_000m)],
        };

        var reasons = HighValueCriteria.Evaluate(record, false, new DateOnly(2024, 1, 1));

        Assert.Equal(HighValueReasons.OverseasGrant | HighValueReasons.MaintainedOverTenYears | HighValueReasons.HighValuePledge | HighValueReasons.Award, reasons);
    }
}
