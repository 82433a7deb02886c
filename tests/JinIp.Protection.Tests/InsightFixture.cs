using JinIp.Platform.Data;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using JinIp.Protection.Cases;
using JinIp.Protection.Data;
using JinIp.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JinIp.Protection.Tests;

/// <summary>
/// The protection module over a migrated throwaway database with a fake clock (Monday 2026-03-02 09:00 Beijing),
/// the customs unit, a court, a district office and the office with one office user to warn.
/// </summary>
public sealed class InsightFixture : IAsyncLifetime
{
    public TestDatabase Database { get; } = TestDatabase.Create();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; private set; } = null!;

    public Actor Office { get; private set; } = null!;

    public Actor Customs { get; private set; } = null!;

    public Actor Court { get; private set; } = null!;

    public Actor Police { get; private set; } = null!;

    public Guid OfficeUserId { get; private set; }

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["Database:ConnectionString"] = Database.ConnectionString,
            [PlatformServices.DataDirectoryKey] = Database.Folder,
            ["ProtectionInsight:SpikeBaselineWeeks"] = "4",
            ["ProtectionInsight:SpikeFactor"] = "2",
            ["ProtectionInsight:SpikeMinimumCount"] = "5",
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
        Organization Org(string name) => new() { Id = Guid.NewGuid(), Name = name, Type = OrganizationType.MemberUnit, CreatedAt = DateTime.UtcNow };
        var office = Org("天津市知识产权局");
        var customs = Org("天津海关");
        var court = Org("天津市高级人民法院");
        var police = Org("天津市公安局");
        db.Organizations.AddRange(office, customs, court, police);
        var role = new AppRole(Roles.OfficeStaff) { Id = Guid.NewGuid(), NormalizedName = "OFFICE" };
        var user = new AppUser { Id = Guid.NewGuid(), UserName = "office-test", NormalizedUserName = "OFFICE-TEST", DisplayName = "市局业务员", OrganizationId = office.Id, SecurityStamp = Guid.NewGuid().ToString() };
        db.Roles.Add(role);
        db.Users.Add(user);
        db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
        await db.SaveChangesAsync();
        OfficeUserId = user.Id;
        Actor Member(string name, Organization org, string roleName) => new(Guid.NewGuid(), name, org.Id, null, new HashSet<string>([roleName], StringComparer.Ordinal));
        Office = Member("office", office, Roles.OfficeStaff);
        Customs = Member("customs", customs, Roles.MemberUnit);
        Court = Member("court", court, Roles.MemberUnit);
        Police = Member("police", police, Roles.MemberUnit);
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public static T Get<T>(AsyncServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Adds a case directly (the case workflow belongs to the case handling side of the module).</summary>
    internal async Task<ProtectionCase> AddCaseAsync(Guid unit, DateTime openedUtc, RightType right = RightType.Trademark, string? category = "服装", string infringer = "天津市某某贸易有限公司", string? district = "120104", string? platform = null, Action<ProtectionCase>? change = null)
    {
        await using var scope = Scope();
        var db = Get<ProtectionDbContext>(scope);
        var c = new ProtectionCase
        {
            Id = Guid.NewGuid(),
            CaseNumber = "T" + Guid.NewGuid().ToString("N")[..12],
            CaseType = right == RightType.Patent ? CaseType.PatentInfringementDispute : CaseType.TrademarkInfringement,
            Title = "测试案件",
            RightType = right,
            ProductCategory = category,
            InfringerName = infringer,
            InfringerKey = Matching.InfringerKey(infringer),
            DistrictCode = district,
            PlatformName = platform,
            HandlingOrganizationId = unit,
            State = "registered",
            OpenedAt = openedUtc,
        };
        change?.Invoke(c);
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c;
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
