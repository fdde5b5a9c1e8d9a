using System.Globalization;
using System.Text.Json;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Domain.Time;

namespace GovernancePortal.Application.Features.Audit;

/// <summary>One field of an audit entry: its name and the old and new values as text (null when there was none).</summary>
public sealed record FieldChange(string Field, string? Old, string? New)
{
    /// <summary>Text too long (or too many lines) to show inline: shown as both versions in full.</summary>
    public bool IsLong => Longer(Old) || Longer(New);

    private static bool Longer(string? value) => value is not null && (value.Length > AuditDisplay.LongTextLength || value.Contains('\n', StringComparison.Ordinal));
}

/// <summary>How audit entries read to people: London times, field names in words, Created / Changed / Deleted.</summary>
public static class AuditDisplay
{
    public const int LongTextLength = 120;

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"1 December 2026 at 2:05pm", in London time.</summary>
    public static string When(DateTime utc)
    {
        var london = LondonClock.ToLondon(utc);
        return london.ToString("d MMMM yyyy 'at' h:mm", EnGb) + (london.Hour < 12 ? "am" : "pm");
    }

    /// <summary>"2026-12-01 14:05:00" in London time (for exports).</summary>
    public static string Timestamp(DateTime utc) => LondonClock.ToLondon(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"GovernanceAreaId" → "Governance area id", "RAGStatus" → "RAG status"; names with spaces ("Role added") stay as they are.</summary>
    public static string Humanise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }

        var words = new List<string>();
        var start = 0;
        for (var i = 1; i < name.Length; i++)
        {
            var boundary = char.IsUpper(name[i])
                && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (boundary)
            {
                words.Add(name[start..i]);
                start = i;
            }
        }

        words.Add(name[start..]);
        return string.Join(' ', words.Select((word, index) =>
            word.Length > 1 && word.All(char.IsUpper) ? word
            : index == 0 ? char.ToUpperInvariant(word[0]) + word[1..]
            : word.ToLowerInvariant()));
    }

    /// <summary>Created, Changed, Deleted, and the account events in words.</summary>
    public static string Verb(AuditAction action) => action switch
    {
        AuditAction.Insert => "Created",
        AuditAction.Update => "Changed",
        AuditAction.Delete => "Deleted",
        AuditAction.SignedIn => "Signed in",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.LockedOut => "Locked out",
        AuditAction.SignedOut => "Signed out",
        AuditAction.PasswordChanged => "Password changed",
        AuditAction.SessionsEnded => "Sessions ended",
        _ => action.ToString(),
    };

    /// <summary>The fields of an entry's Changes JSON ({"Field": {"old": …, "new": …}} or, for account events, {"email": …}).</summary>
    public static IReadOnlyList<FieldChange> ParseChanges(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            var fields = new List<FieldChange>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Object
                    && (property.Value.TryGetProperty("old", out _) || property.Value.TryGetProperty("new", out _)))
                {
                    fields.Add(new FieldChange(
                        property.Name,
                        property.Value.TryGetProperty("old", out var old) ? Text(old) : null,
                        property.Value.TryGetProperty("new", out var @new) ? Text(@new) : null));
                }
                else
                {
                    fields.Add(new FieldChange(property.Name, null, Text(property.Value)));
                }
            }

            return fields;
        }
        catch (JsonException)
        {
            return [new FieldChange("Changes", null, json)];
        }
    }

    /// <summary>A JSON value as text: null stays null, true/false become Yes/No.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "Yes",
        JsonValueKind.False => "No",
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    /// <summary>A stored value made readable: ISO dates and times in words (London time), anything else as it is.</summary>
    public static string? FormatValue(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("d MMMM yyyy", EnGb);
        }

        if (value.Length >= 19 && value[4] == '-' && value[10] == 'T'
            && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
        {
            return When(time);
        }

        return value;
    }

    /// <summary>True when the field's old or new value is this number (a child row pointing at a record, before or after).</summary>
    public static bool Refers(IReadOnlyList<FieldChange> changes, string field, int id)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var text = id.ToString(CultureInfo.InvariantCulture);
        return changes.Any(c => c.Field == field && (c.Old == text || c.New == text));
    }
}
