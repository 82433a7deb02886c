using JinIp.Creation.Data;
using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Creation.Registrations;

/// <summary>
/// Synthetic registered works over last year and this year to date (growing, spread over types and
/// districts), so the notice list and the statistics have something to show on a first start. Owned by
/// organizations without demo accounts, so the demo applicants' own lists stay theirs.
/// </summary>
public static class CopyrightDemoData
{
    private static readonly string[] Owners = ["天津大学", "天津市海河专利代理事务所"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"];
    private static readonly string[] GivenNames = ["海燕", "建华", "津生", "晓明", "丽娟", "志强", "雨涵", "子轩", "思远", "欣怡"];
    private static readonly string[] Subjects = ["海河", "五大道", "古文化街", "天津之眼", "盘山", "北塘", "杨柳青", "大沽口", "意式风情区", "津门"];
    private static readonly string[] Forms = ["组图", "随笔", "组曲", "剧本", "相声", "舞蹈", "写生集", "设计图", "导览图", "模型", "纪录片", "诗集"];

    public static async Task<int> EnsureAsync(IServiceProvider services, int count, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<CreationDbContext>();
        if (count <= 0 || await db.Registrations.AnyAsync(ct))
        {
            return 0;
        }

        var platform = services.GetRequiredService<PlatformDbContext>();
        var organizations = await platform.Organizations.AsNoTracking().Where(o => Owners.Contains(o.Name)).ToListAsync(ct);
        if (organizations.Count == 0)
        {
            return 0;
        }

        var workflow = services.GetRequiredService<CopyrightWorkflow>();
        var today = workflow.Today;
        var random = new Random(20210301);
        var lastYear = today.Year - 1;
        var firstDay = new DateOnly(lastYear, 1, 1);
        var days = today.DayNumber - firstDay.DayNumber;
        var dates = Enumerable.Range(0, count)
            // Later days are likelier, so this year grows on last year.
            .Select(_ => firstDay.AddDays((int)(Math.Pow(random.NextDouble(), 0.8) * days)))
            .Order()
            .ToList();
        var serials = new Dictionary<int, long>();
        var types = Enum.GetValues<WorkType>();
        foreach (var registered in dates)
        {
            var serial = serials[registered.Year] = serials.GetValueOrDefault(registered.Year) + 1;
            var type = types[Math.Min(types.Length - 1, (int)(random.NextDouble() * random.NextDouble() * types.Length * 1.6))];
            var organization = organizations[random.Next(organizations.Count)];
            var author = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
            var at = registered.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            var id = Guid.NewGuid();
            db.Registrations.Add(new CopyrightRegistration
            {
                Id = id,
                State = RegistrationStates.Registered,
                Version = 6,
                OwnerOrganizationId = organization.Id,
                ApplicantUserId = Guid.Empty,
                DistrictCode = TianjinDistricts.All[random.Next(TianjinDistricts.All.Count)].Code,
                ApplicantName = organization.Name,
                ContactPhone = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1{random.Next(30, 90)}{random.Next(10_000_000, 99_999_999)}"),
                Title = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Subjects[random.Next(Subjects.Length)]}{Forms[random.Next(Forms.Length)]}（{serial}）"),
                WorkType = type,
                CompletedOn = registered.AddDays(-random.Next(60, 400)),
                CompletionPlace = "天津",
                RightAcquisition = RightAcquisition.Original,
                DeclarationAccepted = true,
                CreatedAt = at.AddDays(-25),
                UpdatedAt = at,
                SubmittedAt = at.AddDays(-25),
                AcceptedOn = registered.AddDays(-20),
                DecidedAt = at,
                RegisteredOn = registered,
                RegistrationYear = registered.Year,
                RegistrationSerial = serial,
                RegistrationNumber = RegistrationNumber.Format(registered.Year, type, serial),
                Authors = [new CopyrightAuthor { RegistrationId = id, Position = 0, Name = author }],
                Owners =
                [
                    new CopyrightOwner
                    {
                        RegistrationId = id,
                        Position = 0,
                        Name = author,
                        Kind = OwnerKind.Person,
                        DocumentType = IdentityDocumentType.ResidentId,
                        DocumentNumber = ResidentId(random),
                        Phone = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"13{random.Next(100_000_000, 999_999_999)}"),
                    },
                ],
            });
        }

        foreach (var (year, last) in serials)
        {
            db.Serials.Add(new RegistrationSerial { Year = year, LastSerial = last });
        }

        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>A synthetic but well-formed resident ID (Tianjin area code, a birth date, a valid check digit).</summary>
    private static string ResidentId(Random random)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 40));
        var body = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1201{random.Next(1, 20):D2}{birth:yyyyMMdd}{random.Next(0, 1000):D3}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
