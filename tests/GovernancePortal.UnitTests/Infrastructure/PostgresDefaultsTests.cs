using GovernancePortal.Infrastructure;
using Npgsql;

namespace GovernancePortal.UnitTests.Infrastructure;

public sealed class PostgresDefaultsTests
{
    private static NpgsqlConnectionStringBuilder Defaults(string connectionString) =>
        new(DependencyInjection.WithPostgresDefaults(connectionString));

    [Fact]
    public void WithPostgresDefaults_NothingSaid_FixedPoolAndPreparedStatements()
    {
        var builder = Defaults("Host=db;Database=portal;Username=portal");

        Assert.Equal(DependencyInjection.DefaultPostgresPoolSize, builder.MaxPoolSize);
        Assert.Equal(DependencyInjection.DefaultPostgresPoolSize, builder.MinPoolSize);
        Assert.Equal(100, builder.MaxAutoPrepare);
        Assert.Equal(2, builder.AutoPrepareMinUsages);
        Assert.Equal("db", builder.Host);
    }

    [Theory]
    [InlineData("Maximum Pool Size=8")]
    [InlineData("MaxPoolSize=8")]
    public void WithPostgresDefaults_MaximumGiven_KeptAndTheMinimumFollowsIt(string setting)
    {
        var builder = Defaults("Host=db;" + setting);

        Assert.Equal(8, builder.MaxPoolSize);
        Assert.Equal(8, builder.MinPoolSize);
    }

    [Theory]
    [InlineData("Minimum Pool Size=0")]
    [InlineData("minpoolsize=0")]
    public void WithPostgresDefaults_MinimumGiven_Kept(string setting)
    {
        var builder = Defaults("Host=db;" + setting);

        Assert.Equal(0, builder.MinPoolSize);
        Assert.Equal(DependencyInjection.DefaultPostgresPoolSize, builder.MaxPoolSize);
    }

    [Fact]
    public void WithPostgresDefaults_AutoPrepareGiven_Kept()
    {
        var builder = Defaults("Host=db;Max Auto Prepare=0");

        Assert.Equal(0, builder.MaxAutoPrepare);
    }
}
