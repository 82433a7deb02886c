using System.Globalization;
using System.Text;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Reference;
using static JinIp.PatentSearch.Generation.GeneratorVocabulary;

namespace JinIp.PatentSearch.Generation;

/// <summary>
/// Writes a deterministic synthetic corpus of Tianjin patent records for demos and benchmarks. The same seed
/// gives the same records on every machine; record i depends only on (seed, i). Distributions are calibrated on
/// the real files (see <see cref="GeneratorVocabulary"/>): subclass frequencies and co-occurrence, kind mix,
/// title and abstract length, 13 % yearly growth 2000–2024; applicants and addresses lie in Tianjin's 16 districts.
/// </summary>
public sealed class PatentCorpusGenerator
{
    /// <summary>Legal status is computed as of this day so the corpus does not change with the wall clock.</summary>
    public static readonly DateOnly AsOf = new(2025, 6, 30);

    private const int FirstYear = 2000;
    private const int LastYear = 2024;
    private const int EnterprisePool = 8_000;

    private static readonly Lazy<Dictionary<string, string[]>> GroupsBySubclass = new(LoadGroups);
    private static readonly string[] ExtraGivenChars = ["", "", "", "宁", "文", "春", "晓", "国", "永", "玉", "红", "小", "德", "佳", "子", "雪", "俊", "海", "丹", "阳"];

    private readonly int seed;
    private readonly double[] yearCumulative;
    private readonly double[] subclassCumulative;
    private readonly int districtTotal = Districts.Sum(d => d.Weight);

    public PatentCorpusGenerator(int seed)
    {
        this.seed = seed;
        yearCumulative = Cumulative(Enumerable.Range(0, LastYear - FirstYear + 1).Select(i => Math.Pow(1.13, i)));
        subclassCumulative = Cumulative(Subclasses.Select(s => (double)s.Weight));
    }

    /// <summary>Separates the same-day twin draw from the record's own random stream.</summary>
    private const int TwinSalt = 0x7A15;

    public IEnumerable<PatentRecord> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Generate((long)i);
        }
    }

    /// <summary>Record number <paramref name="index"/> of the corpus; thread-safe.</summary>
    public PatentRecord Generate(long index)
    {
        var r = DeterministicRandom.For(seed, index);
        var year = FirstYear + PickCumulative(r, yearCumulative);
        var filed = new DateOnly(year, 1, 1).AddDays(r.Next(365));
        var kindRoll = r.NextDouble();

        // Real file: A 48 %, U 46 %, B 5 % (B rows are grants whose A was published too); designs are absent
        // there, 3 % are added so the design paths of the product have data.
        var type = kindRoll < 0.03 ? PatentType.Design : kindRoll < 0.54 ? PatentType.Invention : PatentType.UtilityModel;
        var typeDigit = type switch { PatentType.Invention => 1, PatentType.UtilityModel => 2, _ => 3 };
        var digits = string.Create(CultureInfo.InvariantCulture, $"{year:D4}{typeDigit}{index % 10_000_000:D7}");
        var applicationNumber = ApplicationNumber.Parse(digits + ApplicationNumber.ComputeCheck(digits));

        var main = Subclasses[PickCumulative(r, subclassCumulative)];
        var subclasses = new List<string> { main.Subclass };
        if (r.Chance(0.46))
        {
            subclasses.Add(r.Pick(main.With));
            if (r.Chance(0.35))
            {
                subclasses.Add(r.Pick(main.With));
            }
        }

        var ipcs = subclasses.Distinct(StringComparer.Ordinal).Select(s => PickGroup(r, s)).ToList();
        var domain = For(main.Subclass);

        // 一案双申: about one utility model in seven is filed the same day as the invention just before it, same
        // title and applicants, one family (the invention's number), as applicants do to get protection early.
        if (type == PatentType.UtilityModel && index > 0 && DeterministicRandom.For(seed ^ TwinSalt, index).Chance(0.15)
            && Generate(index - 1) is { Type: PatentType.Invention, ApplicationDate: { } twinFiled } invention
            && !invention.Title.EndsWith("方法", StringComparison.Ordinal))
        {
            var twinDigits = string.Create(CultureInfo.InvariantCulture, $"{twinFiled.Year:D4}2{index % 10_000_000:D7}");
            var (twinStatus, twinGrant, twinEvents) = LegalHistory(r, PatentType.UtilityModel, twinFiled);
            return invention with
            {
                ApplicationNumber = ApplicationNumber.Parse(twinDigits + ApplicationNumber.ComputeCheck(twinDigits)),
                Type = PatentType.UtilityModel,
                Publications = Publications(PatentType.UtilityModel, index, twinFiled, twinGrant),
                GrantDate = twinGrant,
                LegalStatus = twinStatus,
                LegalEvents = twinEvents,
                RightHolders = [],
                HasOverseasGrant = false,
                Awards = [],
            };
        }

        var title = Title(r, domain, type);
        var (applicants, region, address) = Applicants(r);
        var (status, grantDate, events) = LegalHistory(r, type, filed);
        var publications = Publications(type, index, filed, grantDate);

        return new PatentRecord
        {
            ApplicationNumber = applicationNumber,
            Publications = publications,
            Type = type,
            Title = title,
            Abstract = Abstract(r, domain, type, title),
            Claims = type == PatentType.Design ? null : Claim(r, domain, title),
            Applicants = applicants,
            RightHolders = events.Any(e => e.Kind == LegalEventKind.Transfer) ? [new Party(CompanyName(r.Next(EnterprisePool)), ApplicantType.Enterprise)] : [],
            Inventors = type == PatentType.Design ? [PersonName(r)] : [.. Enumerable.Range(0, r.Next(1, 7)).Select(_ => PersonName(r)).Distinct(StringComparer.Ordinal)],
            Agency = r.Chance(0.7) ? AgencyName(r.Next(40)) : null,
            Agents = r.Chance(0.7) ? [PersonName(r)] : [],
            MainIpc = ipcs[0],
            Ipcs = ipcs,
            ApplicationDate = filed,
            GrantDate = grantDate,
            Address = address,
            Region = region,
            LegalStatus = status,
            LegalEvents = events,
            FamilyId = applicationNumber.Digits,
            HasOverseasGrant = type == PatentType.Invention && grantDate is not null && r.Chance(0.03),
            Awards = type == PatentType.Invention && grantDate is not null && r.Chance(0.002) ? [PatentAward.ChinaPatentAward] : [],
        };
    }

    private static string Title(DeterministicRandom r, Domain domain, PatentType type)
    {
        var subject = r.Pick(domain.Subjects);
        var modifier = r.Chance(0.5) ? r.Pick(Modifiers) : string.Empty;
        if (type == PatentType.Design)
        {
            return modifier + r.Pick(domain.Parts);
        }

        var suffix = type == PatentType.Invention ? r.Pick(InventionSuffixes) : r.Pick(UtilitySuffixes);
        var opening = r.NextDouble();
        return opening switch
        {
            < 0.76 => "一种" + modifier + subject + suffix,
            < 0.81 when type == PatentType.Invention => "基于" + r.Pick(Computing.Subjects) + "的" + subject + suffix,
            < 0.84 => "用于" + subject + "的" + modifier + r.Pick(domain.Parts) + suffix,
            _ => modifier + subject + suffix,
        };
    }

    private static string Abstract(DeterministicRandom r, Domain domain, PatentType type, string title)
    {
        var b = new StringBuilder(320);
        var subject = type switch { PatentType.Invention => "本发明", PatentType.UtilityModel => "本实用新型", _ => "本外观设计产品" };
        if (type == PatentType.Design)
        {
            return b.Append(subject).Append('为').Append(title).Append("，用于").Append(r.Pick(domain.Subjects))
                .Append("。设计要点在于形状与图案的结合，最能表明设计要点的图片为立体图。").ToString();
        }

        b.Append(subject).Append(r.Chance(0.6) ? "公开了" : r.Chance(0.5) ? "涉及" : "提供了").Append(title.StartsWith("一种", StringComparison.Ordinal) ? string.Empty : "一种").Append(title).Append("，包括");
        var parts = Enumerable.Range(0, r.Next(3, 6)).Select(_ => r.Pick(domain.Parts)).Distinct(StringComparer.Ordinal).ToList();
        b.AppendJoin("、", parts.Take(parts.Count - 1)).Append(parts.Count > 1 ? "和" : string.Empty).Append(parts[^1]).Append('。');

        // Sentences until the abstract reaches its drawn length (real abstracts: mean 250 characters).
        var target = Math.Clamp(150 + r.Next(200), 120, 480);
        while (b.Length < target)
        {
            var p1 = r.Pick(parts);
            var p2 = r.Pick(domain.Parts);
            switch (r.Next(6))
            {
                case 0:
                    b.Append("所述").Append(p1).Append('与').Append(p2).Append("固定连接，").Append(p2).Append("的一侧设置有").Append(r.Pick(domain.Parts)).Append('。');
                    break;
                case 1:
                    b.Append("通过").Append(r.Pick(domain.Subjects)).Append('对').Append(p1).Append("进行处理，获取").Append(p2).Append("的状态数据。");
                    break;
                case 2:
                    b.Append(p1).Append("的温度为").Append(r.Next(20, 120).ToString(CultureInfo.InvariantCulture)).Append('～').Append(r.Next(120, 400).ToString(CultureInfo.InvariantCulture)).Append("℃，压力为").Append((r.Next(1, 50) / 10.0).ToString("0.0", CultureInfo.InvariantCulture)).Append("MPa。");
                    break;
                case 3:
                    b.Append("所述").Append(p1).Append("采用").Append(r.Pick(Modifiers)).Append(p2).Append("，粒径为").Append(r.Next(10, 500).ToString(CultureInfo.InvariantCulture)).Append("nm，pH值为").Append(r.Next(5, 9).ToString(CultureInfo.InvariantCulture)).Append('。');
                    break;
                // Networked monitoring belongs to computing patents, and only to some: this sentence once went into
                // every domain and put "5G" in 76 % and "服务器" in 81 % of abstracts (KPPatent: 0.16 % and 2.3 %).
                case 4 when ReferenceEquals(domain, Computing) && r.Chance(0.1):
                    b.Append("采用5G网络将").Append(p1).Append("的数据上传至服务器，实现远程监控。");
                    break;
                default:
                    b.Append(r.Chance(0.1) ? "与现有技术相比，" : string.Empty).Append(subject).Append(r.Pick(domain.Effects)).Append('，').Append(r.Pick(domain.Effects)).Append('。');
                    break;
            }
        }

        return b.ToString();
    }

    private static string Claim(DeterministicRandom r, Domain domain, string title)
    {
        var parts = Enumerable.Range(0, r.Next(2, 5)).Select(_ => r.Pick(domain.Parts)).Distinct(StringComparer.Ordinal).ToList();
        var b = new StringBuilder(200);
        b.Append("1.").Append(title.StartsWith("一种", StringComparison.Ordinal) ? string.Empty : "一种").Append(title).Append("，其特征在于，包括").AppendJoin("、", parts).Append("；所述")
            .Append(parts[0]).Append("设置于").Append(r.Pick(domain.Parts)).Append("的上方，所述").Append(parts[^1]).Append('与').Append(r.Pick(domain.Parts)).Append("连接。\n2.根据权利要求1所述的")
            .Append(title).Append("，其特征在于，所述").Append(parts[0]).Append('为').Append(r.Pick(Modifiers)).Append(r.Pick(domain.Parts)).Append('。');
        return b.ToString();
    }

    private (List<Party> Applicants, RegionCode Region, string Address) Applicants(DeterministicRandom r)
    {
        var roll = r.NextDouble();
        Party first;
        int districtSeed;
        if (roll < 0.55)
        {
            var k = (int)(EnterprisePool * Math.Pow(r.NextDouble(), 2.5));
            first = new Party(CompanyName(k), ApplicantType.Enterprise);
            districtSeed = k;
        }
        else if (roll < 0.75)
        {
            var k = (int)(Universities.Length * Math.Pow(r.NextDouble(), 2));
            first = new Party(Universities[k], ApplicantType.University);
            districtSeed = k * 7919;
        }
        else if (roll < 0.83)
        {
            var k = r.Next(Institutes.Length);
            first = new Party(Institutes[k], ApplicantType.Institute);
            districtSeed = k * 104_729;
        }
        else if (roll < 0.93)
        {
            first = new Party(PersonName(r), ApplicantType.Individual);
            districtSeed = r.Next(1_000_000);
        }
        else
        {
            var place = r.Pick(OtherPlaces);
            var name = place.Address[..2] + r.Pick(BrandSyllables) + r.Pick(BrandSyllables) + r.Pick(Industries) + r.Pick(CompanyForms);
            var outside = new List<Party> { new(name, ApplicantType.Enterprise) };
            AddCoApplicants(r, outside);
            return (outside, new RegionCode(place.Province, place.City, place.District), place.Address + r.Next(1, 300).ToString(CultureInfo.InvariantCulture) + "号");
        }

        var applicants = new List<Party> { first };
        AddCoApplicants(r, applicants);

        // An organization always files from the same district; the weights follow Tianjin's filing shares.
        var pick = (int)((uint)(districtSeed * 2_654_435_761L) % (uint)districtTotal);
        var district = Districts[0];
        foreach (var d in Districts)
        {
            if (pick < d.Weight)
            {
                district = d;
                break;
            }

            pick -= d.Weight;
        }

        var address = "天津市" + district.Name + r.Pick(RoadWords) + (r.Chance(0.5) ? "路" : "道") + r.Next(1, 500).ToString(CultureInfo.InvariantCulture) + "号";
        return (applicants, new RegionCode(TianjinDistricts.ProvinceCode, TianjinDistricts.CityCode, district.Code), address);
    }

    private static void AddCoApplicants(DeterministicRandom r, List<Party> applicants)
    {
        // Real files: 46 % of patents carry more than one subclass; co-filing is rarer, about 15 % two, 3 % three.
        var extra = r.NextDouble() switch { < 0.03 => 2, < 0.18 => 1, _ => 0 };
        for (var i = 0; i < extra; i++)
        {
            var party = r.Chance(0.5)
                ? new Party(Universities[(int)(Universities.Length * Math.Pow(r.NextDouble(), 2))], ApplicantType.University)
                : new Party(CompanyName((int)(EnterprisePool * Math.Pow(r.NextDouble(), 2.5))), ApplicantType.Enterprise);
            if (applicants.All(a => a.Name != party.Name))
            {
                applicants.Add(party);
            }
        }
    }

    private static (LegalStatus Status, DateOnly? Granted, List<LegalEvent> Events) LegalHistory(DeterministicRandom r, PatentType type, DateOnly filed)
    {
        var events = new List<LegalEvent>();
        var grantChance = type == PatentType.Invention ? 0.6 : 0.95;
        var decisionDelay = type == PatentType.Invention ? r.Next(540, 1460) : r.Next(120, 300);
        var decided = filed.AddDays(decisionDelay);
        if (decided > AsOf)
        {
            return (LegalStatus.Pending, null, events);
        }

        if (!r.Chance(grantChance))
        {
            var refused = r.Chance(0.5) ? LegalStatus.Rejected : LegalStatus.Withdrawn;
            events.Add(new LegalEvent(decided, refused == LegalStatus.Rejected ? LegalEventKind.Rejection : LegalEventKind.Withdrawal));
            return (refused, null, events);
        }

        events.Add(new LegalEvent(decided, LegalEventKind.Grant));
        if (r.Chance(0.04))
        {
            events.Add(new LegalEvent(decided.AddDays(r.Next(100, 1500)), LegalEventKind.Transfer, "权利转移"));
        }

        if (r.Chance(0.03))
        {
            var amount = (decimal)r.Next(50, 3000) * 10_000m;
            events.Add(new LegalEvent(decided.AddDays(r.Next(30, 1000)), LegalEventKind.Pledge, "专利权质押", amount));
        }

        if (r.Chance(0.02))
        {
            events.Add(new LegalEvent(decided.AddDays(r.Next(30, 1000)), LegalEventKind.License, "实施许可"));
        }

        events.RemoveAll(e => e.Date > AsOf);
        if (PatentTerm.IsExpired(type, filed, AsOf))
        {
            return (LegalStatus.Expired, decided, events);
        }

        var years = AsOf.Year - filed.Year;
        if (years > 4 && r.Chance(type == PatentType.Invention ? 0.25 : 0.45))
        {
            var lapse = filed.AddYears(r.Next(4, Math.Max(5, years)));
            if (lapse > decided && lapse <= AsOf)
            {
                events.Add(new LegalEvent(lapse, LegalEventKind.LapseForNonPayment));
                return (LegalStatus.Lapsed, decided, events);
            }
        }

        if (r.Chance(0.003))
        {
            events.Add(new LegalEvent(decided.AddDays(r.Next(200, 900)) is var d && d <= AsOf ? d : AsOf, LegalEventKind.Invalidation));
            return (LegalStatus.Invalidated, decided, events);
        }

        return (LegalStatus.Valid, decided, events);
    }

    private static List<Publication> Publications(PatentType type, long index, DateOnly filed, DateOnly? granted)
    {
        var serial = (100_000_000 + (index % 100_000_000)).ToString(CultureInfo.InvariantCulture);
        var publications = new List<Publication>(2);
        switch (type)
        {
            case PatentType.Invention:
                var published = filed.AddMonths(18);
                if (published <= AsOf)
                {
                    publications.Add(new Publication(PublicationNumber.Parse("CN" + serial + "A"), published));
                }

                if (granted is { } g)
                {
                    publications.Add(new Publication(PublicationNumber.Parse("CN" + serial + "B"), g));
                }

                break;
            case PatentType.UtilityModel when granted is { } u:
                publications.Add(new Publication(PublicationNumber.Parse("CN2" + serial[1..] + "U"), u));
                break;
            case PatentType.Design when granted is { } s:
                publications.Add(new Publication(PublicationNumber.Parse("CN3" + serial[1..] + "S"), s));
                break;
        }

        return publications;
    }

    private static IpcCode PickGroup(DeterministicRandom r, string subclass)
    {
        if (GroupsBySubclass.Value.TryGetValue(subclass, out var groups) && groups.Length > 0)
        {
            return IpcCode.Parse(r.PickSkewed(groups));
        }

        return IpcCode.Parse(subclass);
    }

    private static string CompanyName(int k) =>
        "天津" + BrandSyllables[k % BrandSyllables.Length] + BrandSyllables[(k / BrandSyllables.Length) % BrandSyllables.Length]
        + Industries[(k / 900) % Industries.Length] + CompanyForms[(k / 7) % CompanyForms.Length];

    private static string AgencyName(int k) =>
        "天津" + BrandSyllables[(k * 7) % BrandSyllables.Length] + BrandSyllables[(k * 11 + 3) % BrandSyllables.Length]
        + (k % 2 == 0 ? "专利代理事务所（普通合伙）" : "知识产权代理有限公司");

    private static string PersonName(DeterministicRandom r) =>
        r.PickSkewed(Surnames) + r.Pick(GivenNames) + (r.Chance(0.4) ? r.Pick(ExtraGivenChars) : string.Empty);

    private static int PickCumulative(DeterministicRandom r, double[] cumulative)
    {
        var u = r.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, u);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var total = 0.0;
        return [.. weights.Select(w => total += w)];
    }

    private static Dictionary<string, string[]> LoadGroups()
    {
        var wanted = Subclasses.SelectMany(s => s.With.Append(s.Subclass)).ToHashSet(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Read("ipc-zh.tsv.gz"))
        {
            var code = row[0];
            // The source table has a few malformed rows (E01D101/0); only codes that parse are used.
            if (code.Length > 4 && wanted.Contains(code[..4]) && IpcCode.TryParse(code, out var parsed) && parsed.Code == code)
            {
                if (!groups.TryGetValue(code[..4], out var list))
                {
                    groups[code[..4]] = list = [];
                }

                list.Add(code);
            }
        }

        // Sorted so the pick order, and with it the corpus, does not depend on the table's row order.
        return groups.ToDictionary(g => g.Key, g => g.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
