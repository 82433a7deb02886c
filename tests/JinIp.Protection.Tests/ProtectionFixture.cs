using JinIp.Platform.Data;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using JinIp.Protection.Cases;
using JinIp.Protection.Intake;
using JinIp.Protection.Referrals;
using JinIp.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JinIp.Protection.Tests;

/// <summary>
/// The protection module's real services over a migrated throwaway database, with a fake clock starting Monday
/// 2021-03-01 09:00 Beijing time and one user (with an account, so notifications reach someone) per agency.
/// </summary>
public sealed class ProtectionFixture : IAsyncLifetime
{
    public TestDatabase Database { get; } = TestDatabase.Create();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2021, 3, 1, 1, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; private set; } = null!;

    public Actor Office { get; private set; } = null!;

    public Actor Police { get; private set; } = null!;

    public Actor Procurator { get; private set; } = null!;

    public Actor Court { get; private set; } = null!;

    public Actor Nankai { get; private set; } = null!;

    public Actor Binhai { get; private set; } = null!;

    public Actor ApplicantA { get; private set; } = null!;

    public Actor ApplicantB { get; private set; } = null!;

    public Guid NankaiOfficeId { get; private set; }

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["Database:ConnectionString"] = Database.ConnectionString,
            [PlatformServices.DataDirectoryKey] = Database.Folder,
            ["Protection:Complaints:MaxEvidenceFiles"] = "3",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddJinIpPlatform();
        services.AddJinIpProtection();
        services.AddSingleton<IActorAccessor>(new FixedActorAccessor(Actor.System("test")));
        Services = services.BuildServiceProvider();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

        async Task<Actor> AddAsync(string user, string organization, OrganizationType type, string? district, string role)
        {
            var org = await db.Organizations.FirstOrDefaultAsync(o => o.Name == organization);
            if (org is null)
            {
                org = new Organization { Id = Guid.NewGuid(), Name = organization, Type = type, DistrictCode = district, CreatedAt = DateTime.UtcNow };
                db.Organizations.Add(org);
            }

            var account = new AppUser { Id = Guid.NewGuid(), UserName = user, NormalizedUserName = user.ToUpperInvariant(), DisplayName = user, OrganizationId = org.Id, CreatedAt = DateTime.UtcNow };
            db.Users.Add(account);
            await db.SaveChangesAsync();
            return new Actor(account.Id, user, org.Id, district, new HashSet<string>([role], StringComparer.Ordinal));
        }

        Office = await AddAsync("office", "天津市知识产权局", OrganizationType.Office, null, Roles.OfficeStaff);
        Police = await AddAsync("police", "天津市公安局", OrganizationType.MemberUnit, null, Roles.MemberUnit);
        Procurator = await AddAsync("procurator", "天津市人民检察院", OrganizationType.MemberUnit, null, Roles.MemberUnit);
        Court = await AddAsync("court", "天津市高级人民法院", OrganizationType.MemberUnit, null, Roles.MemberUnit);
        Nankai = await AddAsync("nankai", "天津市南开区知识产权局", OrganizationType.DistrictOffice, "120104", Roles.DistrictOffice);
        Binhai = await AddAsync("binhai", "天津市滨海新区知识产权局", OrganizationType.DistrictOffice, "120116", Roles.DistrictOffice);
        ApplicantA = await AddAsync("applicant-a", "天津甲科技有限公司", OrganizationType.Enterprise, "120104", Roles.Applicant);
        ApplicantB = await AddAsync("applicant-b", "天津乙贸易有限公司", OrganizationType.Enterprise, "120116", Roles.Applicant);
        NankaiOfficeId = Nankai.OrganizationId!.Value;
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task<T> CasesAsync<T>(Func<CaseService, Task<T>> use)
    {
        await using var scope = Scope();
        return await use(scope.ServiceProvider.GetRequiredService<CaseService>());
    }

    public async Task<T> ComplaintsAsync<T>(Func<ComplaintService, Task<T>> use)
    {
        await using var scope = Scope();
        return await use(scope.ServiceProvider.GetRequiredService<ComplaintService>());
    }

    public async Task<T> ReferralsAsync<T>(Func<ReferralService, Task<T>> use)
    {
        await using var scope = Scope();
        return await use(scope.ServiceProvider.GetRequiredService<ReferralService>());
    }

    /// <summary>A case opened by <paramref name="actor"/> for their own unit.</summary>
    public Task<CaseView> OpenAsync(Actor actor, CaseType type = CaseType.TrademarkInfringement, string infringer = "天津市恒达商贸有限公司", string? rightNumber = "第12345678号", string? district = "120104", decimal? volume = null, int technical = 0, string? otherParties = null) =>
        CasesAsync(c => c.CreateAsync(actor, new CaseInput
        {
            CaseType = type,
            Source = CaseSource.ExOfficio,
            Title = "测试案件",
            RightType = type == CaseType.PatentInfringementDispute || type == CaseType.CounterfeitPatentMarking ? RightType.Patent : RightType.Trademark,
            RightNumber = rightNumber,
            InfringerName = infringer,
            RightHolderName = "天津甲科技有限公司",
            OtherParties = otherParties,
            DistrictCode = district,
            IllegalBusinessVolume = volume,
            TechnicalComplexity = technical,
        }));

    public Task<CaseView> FireAsync(Actor actor, CaseView subject, string action, Action<CaseActionInput>? fill = null) =>
        CasesAsync(c =>
        {
            var input = new CaseActionInput { Version = subject.Version, Comment = "测试" };
            fill?.Invoke(input);
            return c.FireAsync(actor, subject.Id, action, input);
        });

    public static ComplaintInput Complaint(string infringer = "天津市恒达商贸有限公司", string? rightNumber = null, bool anonymous = true) => new()
    {
        RightType = RightType.Trademark,
        RightNumber = rightNumber,
        InfringerName = infringer,
        DistrictCode = "120104",
        PlatformName = "淘宝",
        Description = "该店铺销售假冒我公司注册商标的运动鞋，价格明显低于正品。",
        Anonymous = anonymous,
        ContactName = anonymous ? null : "张三",
        ContactPhone = anonymous ? null : "13812345678",
    };

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}

public static class Samples
{
    /// <summary>The smallest valid PNG: one transparent pixel.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A Windows executable's first bytes, named as if it were a picture.</summary>
    public static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8, 0x00, 0x01, 0x02];
}
