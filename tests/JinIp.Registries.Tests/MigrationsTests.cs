using JinIp.Platform.Data;
using JinIp.Registries.Data;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Registries.Tests;

public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void EachProvidersMigrations_MatchTheModel(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<RegistriesDbContext>();
        builder.UseJinIpDatabase(provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused", RegistriesDbContext.TablePrefix);
        using var db = new RegistriesDbContext(builder.Options);
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: add a migration.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}

public sealed class OpenApiTests(RegistriesWebFactory factory) : IClassFixture<RegistriesWebFactory>
{
    [Fact]
    public async Task TheOpenApiDocument_DescribesTheRegistryEndpoints()
    {
        var document = await factory.Anonymous().GetStringAsync("/openapi/v1.json");
        foreach (var name in new[] { "ListRegistries", "SearchRegistryRecords", "UpdateRegistryRecord", "ImportRegistryRecords", "DownloadRegistryTemplate", "SubmitTimeHonoredApplication", "FireTimeHonoredTransition", "RecordTimeHonoredObjection", "ListTimeHonoredNotices" })
        {
            Assert.Contains($"\"{name}\"", document, StringComparison.Ordinal);
        }

        Assert.Contains("/api/v1/registries/{registry}/records/{id}", document, StringComparison.Ordinal);
    }
}
