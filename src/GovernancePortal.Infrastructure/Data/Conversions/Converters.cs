using GovernancePortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GovernancePortal.Infrastructure.Data.Conversions;

/// <summary>Stores a reporting year as its starting calendar year (2016 for 2016/17).</summary>
public sealed class ReportingYearConverter() : ValueConverter<ReportingYear, int>(y => y.StartYear, v => new ReportingYear(v));

/// <summary>All timestamps are UTC: written as UTC, read back with <see cref="DateTimeKind.Utc"/>.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

/// <summary>Stores an organisation's RAG rule as a small JSON object (the rule's settings, not its wording).</summary>
public sealed class RagRuleConverter() : ValueConverter<Domain.Improvement.RagRule, string>(
    rule => System.Text.Json.JsonSerializer.Serialize(rule, RagRuleJson.Options),
    json => System.Text.Json.JsonSerializer.Deserialize<Domain.Improvement.RagRule>(json, RagRuleJson.Options) ?? Domain.Improvement.RagRule.Standard);

internal static class RagRuleJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true,
    };
}
